// One 绩效目标: 年度总体目标, the indicator table (指标值 + progress kind), budget lines, the
// workflow buttons, the adjustment batches (propose / decide) and the history.
import { Alert, App, Button, Card, Grid, Input, Modal, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api.js';
import { useLeaveWarning } from '../../lib/useLeaveWarning.js';
import { useLoad } from '../../lib/useLoad.js';
import { planApi, type TargetDetail } from './api.js';
import type { PT } from './i18n.js';
import { ActionButtons } from './ReasonButton.js';
import { scopeLabel, TargetCards } from './TargetCards.js';
import { isTextTarget, targetPlaceholder, unitSuffix } from './targetValue.js';
import { statusColor } from './UnitYearBar.js';
import { fmtTime } from '../../lib/time.js';

type Row = TargetDetail['indicators'][number];
type Line = TargetDetail['budgetLines'][number];

export function TargetEditor({ pt, id, onChanged }: { pt: PT; id: string; onChanged: () => void }) {
  const { message } = App.useApp();
  const phone = Grid.useBreakpoint().md === false;
  const t = useLoad(() => planApi.target(id), [id]);
  // the last refusal stays on the page (a toast is gone in 3 s, and on a phone often unseen)
  const [problem, setProblem] = useState<string | null>(null);
  const [goal, setGoal] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [lines, setLines] = useState<Line[]>([]);
  const [proposing, setProposing] = useState(false);
  // typed but not saved: a reload or a menu link asks first (targets are saved by 保存 only)
  const [dirty, setDirty] = useState(false);
  // one save at a time: a double click sent the same version twice, and the second was refused
  const [saving, setSaving] = useState(false);
  useLeaveWarning(dirty);
  useEffect(() => {
    if (!t.data) return;
    setGoal(t.data.goal);
    setRows(t.data.indicators);
    setLines(t.data.budgetLines);
    setDirty(false);
  }, [t.data]);
  if (t.error) return <Alert type="error" title={t.error.message} />;
  if (!t.data) return null;
  const d = t.data;
  const editable = (d.status === 'draft' || d.status === 'returned') && d.actions.includes('submit');
  const fail = (e: unknown) => {
    const text = e instanceof ApiError ? e.message : String(e);
    // shown above the form only: a toast over the sticky 保存 stays open while the pointer rests on it
    setProblem(text);
  };
  /** Whether the save went through: a 提交 after a refused save would send the last saved figures, not the typed ones. */
  const save = async (): Promise<boolean> => {
    if (saving) return false;
    setSaving(true);
    try {
      const values = rows
        .filter((r) => r.operator !== null)
        .map((r) => ({ indicatorCode: r.code, value: r.value?.trim() ? r.value.trim() : null, progress: r.progress }));
      await planApi.saveTarget(id, { version: d.version, goal, values, budgetLines: lines.filter((l) => l.label.trim() || l.amount.trim()) });
      setDirty(false);
      setProblem(null);
      message.success(pt('saved'));
      await t.reload();
      return true;
    } catch (e) {
      fail(e);
      return false;
    } finally {
      setSaving(false);
    }
  };
  const act = async (action: string, reason?: string) => {
    try {
      if (action === 'submit' && editable && !(await save())) return;
      const fresh = await planApi.target(id);
      await planApi.targetAction(id, { action: action as TargetDetail['actions'][number], version: fresh.version, reason });
      await t.reload();
      onChanged();
    } catch (e) {
      fail(e);
    }
  };
  const setRow = (code: string, patch: Partial<Row>) => {
    setDirty(true);
    setRows((rs) => rs.map((r) => (r.code === code ? { ...r, ...patch } : r)));
  };
  const editLines = (f: (ls: Line[]) => Line[]) => {
    setDirty(true);
    setLines(f);
  };
  const size = phone ? 'large' : undefined;
  const valueInput = (r: Row) =>
    r.operator === null ? null : isTextTarget(r.operator) ? (
      // words ("妇女儿童合法权益得到保障") wrap in a growing box instead of being cut off
      <Input.TextArea
        aria-label={`${pt('tg.value')} ${r.code}`}
        value={r.value ?? ''}
        size={size}
        disabled={!editable}
        autoSize={{ minRows: 1, maxRows: 4 }}
        maxLength={200}
        placeholder={r.operator === 'yesNo' ? pt('tg.yesNoHint') : pt('tg.wordsHint')}
        onChange={(e) => setRow(r.code, { value: e.target.value })}
      />
    ) : (
      <Input
        aria-label={`${pt('tg.value')} ${r.code}`}
        value={r.value ?? ''}
        size={size}
        disabled={!editable}
        placeholder={((k) => (k ? pt(k) : undefined))(targetPlaceholder(r.operator, r.progress))}
        // an empty suffix rather than none: the box would remount (and lose the caret) as "%" is typed
        suffix={r.unit ? (unitSuffix(r.value, r.unit) ?? <span />) : undefined}
        onChange={(e) => setRow(r.code, { value: e.target.value })}
      />
    );
  const progressSelect = (r: Row) =>
    r.operator === '>=' || r.operator === '<=' || r.operator === '=' ? (
      <Select
        aria-label={`${pt('tg.progress')} ${r.code}`}
        size={phone ? 'large' : 'small'}
        disabled={!editable}
        value={r.progress}
        style={{ width: '100%' }}
        onChange={(v) => setRow(r.code, { progress: v })}
        options={[
          { value: 'cumulative', label: pt('tg.cumulative') },
          { value: 'level', label: pt('tg.level') },
        ]}
      />
    ) : null;
  return (
    <Card
      title={
        // the card head cuts its title to one line: a long project name wraps instead
        <Space wrap style={{ whiteSpace: 'normal' }}>
          <span data-testid="target-title">{`${d.year} · ${scopeLabel(pt, d)} · ${d.framework.name}`}</span>
          <Tag color={statusColor[d.status]}>{pt(`st.${d.status}`)}</Tag>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        {editable && (
          <Button size={size} onClick={save} disabled={saving}>
            {pt('save')}
          </Button>
        )}
        <ActionButtons pt={pt} actions={d.actions} run={act} />
      </Space>
      {problem && <Alert type="error" showIcon role="alert" data-testid="target-problem" style={{ marginBottom: 12 }} title={problem} />}
      {d.status === 'returned' && d.lastReason && <Alert type="warning" style={{ marginBottom: 12 }} title={pt('returnedBecause', { reason: d.lastReason })} />}
      {d.status === 'approved' && <Alert type="info" style={{ marginBottom: 12 }} title={pt('tg.frozen')} />}
      <Typography.Text strong style={{ display: 'block' }}>
        {pt('tg.goal')}
      </Typography.Text>
      <Input.TextArea
        aria-label={pt('tg.goal')}
        value={goal}
        disabled={!editable}
        onChange={(e) => {
          setDirty(true);
          setGoal(e.target.value);
        }}
        rows={2}
        maxLength={4000}
        style={{ marginBlock: 8 }}
      />
      {phone ? (
        <TargetCards pt={pt} rows={rows} value={valueInput} progress={progressSelect} />
      ) : (
        <Table<Row>
          size="small"
          rowKey="code"
          pagination={false}
          scroll={{ x: 640 }}
          dataSource={rows}
          columns={[
            { title: pt('tg.code'), dataIndex: 'code', width: 80 },
            {
              title: pt('tg.indicator'),
              dataIndex: 'name',
              render: (v: string, r) => (r.level < 3 && r.operator === null ? <Typography.Text strong>{v}</Typography.Text> : v),
            },
            { title: pt('tg.value'), width: 280, render: (_: unknown, r) => valueInput(r) },
            { title: pt('tg.progress'), width: 190, render: (_: unknown, r) => progressSelect(r) },
          ]}
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {pt('tg.budget')}
      </Typography.Title>
      {lines.map((l, i) => (
        <Space key={i} style={{ display: 'flex', marginBottom: 6 }} wrap>
          <Input
            aria-label={`${pt('tg.lineLabel')} ${i + 1}`}
            placeholder={pt('tg.lineLabel')}
            value={l.label}
            disabled={!editable}
            onChange={(e) => editLines((ls) => ls.map((x, k) => (k === i ? { ...x, label: e.target.value } : x)))}
          />
          <Input
            aria-label={`${pt('tg.amount')} ${i + 1}`}
            placeholder={pt('tg.amount')}
            value={l.amount}
            disabled={!editable}
            inputMode="decimal"
            style={{ width: 140 }}
            onChange={(e) => editLines((ls) => ls.map((x, k) => (k === i ? { ...x, amount: e.target.value } : x)))}
          />
          {editable && <Button onClick={() => editLines((ls) => ls.filter((_, k) => k !== i))}>{pt('tg.remove')}</Button>}
        </Space>
      ))}
      {editable && <Button onClick={() => editLines((ls) => [...ls, { key: `line${Date.now()}`, label: '', amount: '' }])}>{pt('tg.addLine')}</Button>}
      <Adjustments pt={pt} d={d} onChanged={() => void t.reload()} proposing={proposing} setProposing={setProposing} fail={fail} />
      {d.history.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {pt('tg.history')}
          </Typography.Title>
          <Timeline
            items={d.history.map((h) => ({
              content: `${fmtTime(h.at)} ${h.user ?? ''} ${pt(`st.${h.fromStatus}` as 'st.draft')} → ${pt(`st.${h.toStatus}` as 'st.draft')}${h.reason ? `：${h.reason}` : ''}`,
            }))}
          />
        </>
      )}
    </Card>
  );
}

function Adjustments({
  pt,
  d,
  onChanged,
  proposing,
  setProposing,
  fail,
}: {
  pt: PT;
  d: TargetDetail;
  onChanged: () => void;
  proposing: boolean;
  setProposing: (v: boolean) => void;
  fail: (e: unknown) => void;
}) {
  const [reason, setReason] = useState('');
  const [changes, setChanges] = useState<{ indicatorCode: string; to: string }[]>([{ indicatorCode: '', to: '' }]);
  const leaves = d.indicators.filter((i) => i.operator !== null);
  const name = (code: string) => d.indicators.find((i) => i.code === code)?.name ?? code;
  const decide = async (batchId: string, version: number, action: string, why?: string) => {
    try {
      await planApi.decide(batchId, { action: action as 'approve', version, reason: why });
      onChanged();
    } catch (e) {
      fail(e);
    }
  };
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {pt('tg.adjustments')}{' '}
        {d.canAdjust && (
          <Button size="small" onClick={() => setProposing(true)}>
            {pt('tg.propose')}
          </Button>
        )}
      </Typography.Title>
      {d.adjustments.length === 0 && <Typography.Text type="secondary">{pt('tg.noAdjustments')}</Typography.Text>}
      {d.adjustments.map((b) => (
        <Card
          key={b.id}
          size="small"
          style={{ marginBottom: 8 }}
          title={
            <Space>
              {pt('tg.batch', { n: b.batchNo })}
              <Tag color={statusColor[b.status]}>{pt(`st.${b.status}`)}</Tag>
            </Space>
          }
          extra={
            b.status === 'submitted' && d.canDecideAdjustment ? (
              <Space>
                <ActionButtons pt={pt} actions={['return', 'approve']} run={(a, r) => decide(b.id, b.version, a, r)} />
              </Space>
            ) : null
          }
        >
          {b.changes.map((c) => (
            <div key={c.indicatorCode}>{`${c.indicatorCode} ${name(c.indicatorCode)}：${c.from ?? '—'} → ${c.to ?? '—'}`}</div>
          ))}
          <Typography.Text type="secondary">
            {`${pt('reason')}：${b.reason}`}
            {b.decisionReason ? `；${b.decisionReason}` : ''}
          </Typography.Text>
        </Card>
      ))}
      <Modal
        open={proposing}
        title={pt('tg.propose')}
        okText={pt('act.submit')}
        cancelText={pt('cancel')}
        okButtonProps={{ disabled: !reason.trim() || !changes.some((c) => c.indicatorCode) }}
        onCancel={() => setProposing(false)}
        onOk={async () => {
          try {
            await planApi.propose(d.id, {
              reason: reason.trim(),
              changes: changes.filter((c) => c.indicatorCode).map((c) => ({ indicatorCode: c.indicatorCode, to: c.to.trim() || null })),
            });
            setProposing(false);
            setReason('');
            setChanges([{ indicatorCode: '', to: '' }]);
            onChanged();
          } catch (e) {
            fail(e);
          }
        }}
      >
        {changes.map((c, i) => (
          <Space key={i} style={{ display: 'flex', marginBottom: 6 }} wrap>
            <Select
              aria-label={`${pt('tg.indicator')} ${i + 1}`}
              style={{ minWidth: 220 }}
              value={c.indicatorCode || undefined}
              showSearch={{ optionFilterProp: 'label' }}
              options={leaves.map((l) => ({ value: l.code, label: `${l.code} ${l.name}（${l.value ?? '—'}）` }))}
              onChange={(v) => setChanges((cs) => cs.map((x, k) => (k === i ? { ...x, indicatorCode: v } : x)))}
            />
            <Input
              aria-label={`${pt('tg.newValue')} ${i + 1}`}
              placeholder={pt('tg.newValue')}
              value={c.to}
              style={{ width: 140 }}
              onChange={(e) => setChanges((cs) => cs.map((x, k) => (k === i ? { ...x, to: e.target.value } : x)))}
            />
          </Space>
        ))}
        <Button size="small" onClick={() => setChanges((cs) => [...cs, { indicatorCode: '', to: '' }])}>
          {pt('tg.addChange')}
        </Button>
        <Input.TextArea
          aria-label={pt('reason')}
          placeholder={pt('reasonRequired')}
          style={{ marginTop: 8 }}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
          maxLength={2000}
        />
      </Modal>
    </>
  );
}
