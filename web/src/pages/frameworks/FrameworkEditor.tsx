// One framework: name, year and the indicator tree. Administrators edit an unfrozen version and save
// it whole (PUT with the revision loaded); a 400 marks the rows, a 409 shows the server's version, a
// 423 says it is frozen and offers a copy. Everyone else, and any frozen version, reads.
import { Alert, App, Button, Card, Input, InputNumber, Modal, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Framework } from '../../../../src/domain/types.js';
import { ApiError, getFramework, updateFramework } from '../../api.js';
import { useLoad } from '../../lib/useLoad.js';
import { ConflictModal } from './ConflictModal.js';
import { CopyDialog } from './CopyDialog.js';
import { useIsAdmin } from './FrameworksPage.js';
import { kindLabel, useFt } from './i18n.js';
import { IndicatorTable } from './IndicatorTable.js';
import { addChild, fromFramework, liveCheck, removeRow, toInput, updateRow, type Problems, type Row } from './model.js';
import { mayLeave, useLeaveWarning } from '../../lib/useLeaveWarning.js';

interface Draft {
  name: string;
  year: number | null;
  rows: Row[];
}

const draftOf = (f: Framework): Draft => ({ name: f.name, year: f.year, rows: fromFramework(f) });
const snapshot = (d: Draft) => JSON.stringify([d.name.trim(), d.year, toInput(d.rows)]);

export default function FrameworkEditor() {
  const { id = '' } = useParams();
  const ft = useFt();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const admin = useIsAdmin();
  const load = useLoad(() => getFramework(id), [id]);
  const detail = load.data;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [base, setBase] = useState<{ revision: number; snap: string }>({ revision: 0, snap: '' });
  const [serverProblems, setServerProblems] = useState<Problems>(new Map());
  const [conflict, setConflict] = useState<(Framework & { revision?: number }) | null>(null);
  const [locked, setLocked] = useState<string | null>(null);
  const [copying, setCopying] = useState(false);
  const [saving, setSaving] = useState(false);

  const adopt = useCallback((f: Framework & { revision?: number }) => {
    const d = draftOf(f);
    setDraft(d);
    setBase({ revision: f.revision ?? 1, snap: snapshot(d) });
    setServerProblems(new Map());
  }, []);
  useEffect(() => {
    if (detail) adopt(detail);
  }, [detail, adopt]);

  const readOnly = !admin || !!detail?.frozen;
  const live = useMemo(() => (draft ? liveCheck(ft, draft.rows) : null), [ft, draft]);
  const problems = useMemo(() => {
    const m: Problems = new Map();
    for (const src of [live?.problems ?? new Map(), serverProblems]) for (const [k, v] of src) m.set(k, [...new Set([...(m.get(k) ?? []), ...v])]);
    return m;
  }, [live, serverProblems]);
  const liveCount = live ? [...live.problems.values()].reduce((n, l) => n + l.length, 0) : 0;
  const dirty = draft !== null && snapshot(draft) !== base.snap;
  useLeaveWarning(dirty);

  const edit = (change: (d: Draft) => Draft) => {
    setDraft((d) => (d ? change(d) : d));
    setServerProblems(new Map());
  };

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    setServerProblems(new Map());
    try {
      const saved = await updateFramework(id, {
        revision: base.revision,
        name: draft.name.trim(),
        year: draft.year,
        indicators: toInput(draft.rows),
      });
      adopt(saved);
      message.destroy();
      message.success(ft('fw.saved', { revision: saved.revision }));
    } catch (e) {
      if (!(e instanceof ApiError)) return void message.error(ft('fw.failed', { message: (e as Error).message }));
      if (e.status === 409 && e.body.current) setConflict(e.body.current as Framework);
      else if (e.status === 423) setLocked(e.message);
      else if (e.status === 400) {
        const m: Problems = new Map();
        const list = Array.isArray(e.body.problems) ? (e.body.problems as { code: string | null; message: string }[]) : [{ code: null, message: e.message }];
        for (const p of list) m.set(p.code, [...(m.get(p.code) ?? []), p.message]);
        setServerProblems(m);
        message.error(ft('fw.serverProblems', { n: list.length }));
      } else message.error(ft('fw.failed', { message: e.message }));
    } finally {
      setSaving(false);
    }
  };

  if (load.error) return <Alert type="error" showIcon title={ft('fw.loadFailed', { message: load.error.message })} />;
  if (!detail || !draft) return <Card loading />;

  const general = problems.get(null) ?? [];
  const serverCount = [...serverProblems.values()].reduce((n, l) => n + l.length, 0);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space wrap>
            <Link to="/frameworks" onClick={(e) => !mayLeave(ft('fw.leaveUnsaved')) && e.preventDefault()}>
              ← {ft('fw.back')}
            </Link>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {detail.name}
            </Typography.Title>
            {detail.frozen && (
              <Tag color="blue" data-frozen="true">
                {ft('fw.frozen')}
              </Tag>
            )}
          </Space>
        }
        extra={
          !readOnly && (
            <Space>
              <Tag data-dirty={String(dirty)} color={dirty ? 'orange' : undefined}>
                {dirty ? ft('fw.dirty') : ft('fw.clean')}
              </Tag>
              <Button type="primary" data-testid="fw-save" loading={saving} disabled={!dirty} onClick={save}>
                {ft('fw.save')}
              </Button>
            </Space>
          )
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          <span data-testid="fw-meta" data-revision={base.revision}>
            {ft('fw.meta', { code: detail.code, kind: kindLabel(ft, detail.kind), version: detail.version, revision: base.revision })}
          </span>
          {' · '}
          {ft('fw.usage', { n: detail.usage.evaluations, submitted: detail.usage.submitted })}
        </Typography.Paragraph>
        {detail.frozen && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={ft('fw.frozenHint')}
            action={
              admin && (
                <Button size="small" onClick={() => setCopying(true)}>
                  {ft('fw.copy')}
                </Button>
              )
            }
          />
        )}
        {!admin && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={ft('fw.readOnly')} />}
        <Space wrap size="large">
          <label>
            {ft('fw.name')}{' '}
            {readOnly ? (
              <Typography.Text strong>{draft.name}</Typography.Text>
            ) : (
              <Input aria-label={ft('fw.name')} style={{ width: 360 }} value={draft.name} onChange={(e) => edit((d) => ({ ...d, name: e.target.value }))} />
            )}
          </label>
          <label>
            {ft('fw.yearLabel')}{' '}
            {readOnly ? (
              <Typography.Text strong>{draft.year === null ? ft('fw.noYear') : ft('fw.year', { year: draft.year })}</Typography.Text>
            ) : (
              <InputNumber
                aria-label={ft('fw.yearLabel')}
                min={1949}
                max={2200}
                precision={0}
                value={draft.year}
                onChange={(v) => edit((d) => ({ ...d, year: typeof v === 'number' ? v : null }))}
              />
            )}
          </label>
          {live && (
            <Tag color={live.totalOk ? 'green' : 'orange'} data-testid="fw-total" data-ok={String(live.totalOk)}>
              {live.totalOk ? ft('fw.total', { sum: live.total }) : ft('fw.totalBad', { sum: live.total })}
            </Tag>
          )}
        </Space>
      </Card>
      {!readOnly && serverCount > 0 && <Alert type="error" showIcon data-testid="fw-server-problems" title={ft('fw.serverProblems', { n: serverCount })} />}
      {!readOnly && serverCount === 0 && liveCount > 0 && (
        <Alert type="warning" showIcon data-testid="fw-live-problems" title={ft('fw.liveProblems', { n: liveCount })} />
      )}
      {general.length > 0 && <Alert type="error" showIcon title={ft('fw.general')} description={general.join('；')} />}
      <IndicatorTable
        rows={draft.rows}
        readOnly={readOnly}
        problems={problems}
        onChange={(code, patch) => edit((d) => ({ ...d, rows: updateRow(d.rows, code, patch) }))}
        onAdd={(parent) => edit((d) => ({ ...d, rows: addChild(d.rows, parent).rows }))}
        onRemove={(code) => edit((d) => ({ ...d, rows: removeRow(d.rows, code) }))}
      />
      {!readOnly && <Button onClick={() => edit((d) => ({ ...d, rows: addChild(d.rows, null).rows }))}>{ft('fw.addRoot')}</Button>}
      <ConflictModal
        current={conflict}
        mine={draft.rows}
        myName={draft.name}
        myRevision={base.revision}
        onClose={() => setConflict(null)}
        onReload={() => {
          if (conflict) adopt(conflict);
          setConflict(null);
        }}
        onKeep={() => {
          if (conflict) {
            const rev = conflict.revision ?? base.revision;
            setBase((b) => ({ revision: rev, snap: b.snap }));
            message.info(ft('fw.conflict.kept', { revision: rev }));
          }
          setConflict(null);
        }}
      />
      <Modal
        open={locked !== null}
        title={ft('fw.lockedTitle')}
        onCancel={() => setLocked(null)}
        footer={[
          <Button key="close" onClick={() => setLocked(null)}>
            {ft('fw.conflict.close')}
          </Button>,
          <Button key="copy" type="primary" onClick={() => setCopying(true)}>
            {ft('fw.copy')}
          </Button>,
        ]}
      >
        <Typography.Paragraph data-testid="fw-locked">{ft('fw.lockedBody', { message: locked ?? '' })}</Typography.Paragraph>
      </Modal>
      <CopyDialog
        source={copying ? { id: detail.id, name: detail.name, year: detail.year } : null}
        onClose={() => setCopying(false)}
        onCopied={(f) => {
          setCopying(false);
          setLocked(null);
          navigate(`/frameworks/${encodeURIComponent(f.id)}`);
        }}
      />
    </Space>
  );
}
