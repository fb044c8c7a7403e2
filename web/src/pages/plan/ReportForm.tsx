// A unit's answer to a monitoring round: per indicator 截至目前完成值, 全年预计, 偏差原因,
// 完成目标可能性 (the computed one shown; a different one needs a reason), 纠偏措施; per budget line
// the amount executed. Figures and warnings come back from the server after each save.
import { Alert, App, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { parseNumber } from '../../../../src/domain/scoring/numbers.js';
import { readWanYuan } from '../../../../src/domain/typedAmount.js';
import { ApiError } from '../../api.js';
import { useLoad } from '../../lib/useLoad.js';
import { planApi, WARNING_COLOR, type Answer, type ReportView, type Warning } from './api.js';
import type { PT } from './i18n.js';
import { ActionButtons } from './ReasonButton.js';
import { statusColor } from './UnitYearBar.js';

type Ind = ReportView['indicators'][number];
const LIKELIHOODS = ['确定能', '有可能', '完全不可能'];
const key = (i: { targetId: string; code: string }) => `${i.targetId}/${i.code}`;

/** A figure typed here must be one number; the server takes plain decimals, so it is read first. */
class TypedError extends Error {}
const figure = (x: string | null | undefined, what: string, read: (s: string) => string | null | undefined): string | null => {
  if (!x?.trim()) return null;
  const v = read(x);
  if (v === null || v === undefined) throw new TypedError(what);
  return v;
};
const readAmount = (s: string) => {
  const r = readWanYuan(s);
  return r.ok ? r.value : undefined;
};

export function WarningTag({ pt, w }: { pt: PT; w: Warning }) {
  if (!w) return null;
  return <Tag style={{ background: WARNING_COLOR[w], color: '#000', borderColor: 'transparent' }}>{w === 'red' ? pt('mo.redW') : pt('mo.yellowW')}</Tag>;
}
const cellStyle = (w: Warning) => (w ? { background: WARNING_COLOR[w] } : {});

export function ReportForm({ pt, roundId, unitId, onChanged }: { pt: PT; roundId: string; unitId: string; onChanged?: () => void }) {
  const { message } = App.useApp();
  const r = useLoad(() => planApi.report(roundId, unitId), [roundId, unitId]);
  const [answers, setAnswers] = useState<Record<string, Partial<Answer>>>({});
  const [executed, setExecuted] = useState<Record<string, string>>({});
  // The last refusal stays on the page (a toast is gone in 3 s, and on a phone often unseen).
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!r.data) return;
    setAnswers(Object.fromEntries(r.data.indicators.map((i) => [key(i), { ...i.answer }])));
    setExecuted(Object.fromEntries(r.data.budget.map((b) => [`${b.targetId}/${b.key}`, b.executed ?? ''])));
  }, [r.data]);
  if (r.error) return <Alert type="error" title={r.error.message} />;
  if (!r.data) return null;
  const v = r.data;
  const fail = (e: unknown) => {
    const text = e instanceof TypedError ? pt('mo.notNumber', { what: e.message }) : e instanceof ApiError ? e.message : String(e);
    setProblem(text);
    message.error(text);
  };
  const set = (i: Ind, patch: Partial<Answer>) => setAnswers((a) => ({ ...a, [key(i)]: { ...a[key(i)], ...patch } }));
  const body = (version: number) => ({
    version,
    indicators: v.indicators.map((i) => {
      const a = answers[key(i)] ?? {};
      const s = (x: string | null | undefined) => (x?.trim() ? x.trim() : null);
      return {
        targetId: i.targetId,
        indicatorCode: i.code,
        // as typed: ９６, 1,200, 420人 (one number; a unit after it is read off)
        actualToDate: figure(a.actualToDate, `${i.code} ${i.name} ${pt('mo.actual')}：“${a.actualToDate}”`, parseNumber),
        forecastDeclared: figure(a.forecastDeclared, `${i.code} ${i.name} ${pt('mo.forecastDeclared')}：“${a.forecastDeclared}”`, parseNumber),
        deviationCategory: a.deviationCategory ?? null,
        deviationReason: s(a.deviationReason),
        likelihoodDeclared: a.likelihoodDeclared ?? null,
        likelihoodReason: s(a.likelihoodReason),
        correctiveMeasures: s(a.correctiveMeasures),
      };
    }),
    budget: v.budget.map((b) => {
      const typed = executed[`${b.targetId}/${b.key}`];
      return { targetId: b.targetId, key: b.key, executed: figure(typed, `${b.label} ${pt('mo.executed')}：“${typed}”`, readAmount) };
    }),
  });
  const save = async () => {
    try {
      await planApi.saveReport(roundId, unitId, body(v.report.version));
      setProblem(null);
      message.success(pt('saved'));
      await r.reload();
      onChanged?.();
    } catch (e) {
      fail(e);
    }
  };
  const act = async (action: string, reason?: string) => {
    let savedFirst = false;
    try {
      let version = v.report.version;
      if (action === 'submit' && v.editable) {
        version = (await planApi.saveReport(roundId, unitId, body(version))).version;
        savedFirst = true;
      }
      await planApi.reportAction(roundId, unitId, { action: action as ReportView['actions'][number], version, reason });
      setProblem(null);
      await r.reload();
      onChanged?.();
    } catch (e) {
      // The save before a refused 提交 went through: take its new version, or the next 提交 is a conflict.
      if (savedFirst) await r.reload().catch(() => undefined);
      fail(e);
    }
  };
  const ro = !v.editable;
  return (
    <Card
      title={
        <Space wrap>
          <span>{`${v.report.unitName} · ${v.round.name}`}</span>
          <Tag color={statusColor[v.report.status]}>{pt(`st.${v.report.status}`)}</Tag>
          <Typography.Text type="secondary">{pt('mo.timeProgress', { tp: v.timeProgress ?? '—' })}</Typography.Text>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        {v.editable && <Button onClick={save}>{pt('save')}</Button>}
        <ActionButtons pt={pt} actions={v.actions} run={act} />
        <Button href={planApi.reportXlsx(roundId, unitId)}>{pt('mo.export')}</Button>
      </Space>
      {problem && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problem} data-testid="report-problem" />}
      {v.report.status === 'returned' && v.report.lastReason && (
        <Alert type="warning" style={{ marginBottom: 12 }} title={pt('returnedBecause', { reason: v.report.lastReason })} />
      )}
      {v.indicators.length === 0 && <Alert type="info" style={{ marginBottom: 12 }} title={pt('mo.noTargets')} />}
      {v.indicators.length > 0 && (
        <Table<Ind>
          size="small"
          rowKey={key}
          pagination={false}
          scroll={{ x: 1560 }}
          dataSource={v.indicators}
          columns={[
            { title: pt('tg.indicator'), fixed: 'left', width: 170, render: (_: unknown, i) => `${i.code} ${i.name}` },
            { title: pt('mo.target'), dataIndex: 'targetText', width: 90 },
            {
              title: pt('mo.actual'),
              width: 120,
              render: (_: unknown, i) => (
                <Input
                  aria-label={`${pt('mo.actual')} ${i.code}`}
                  disabled={ro}
                  inputMode="decimal"
                  value={answers[key(i)]?.actualToDate ?? ''}
                  placeholder={i.computedActual ?? undefined}
                  title={i.computedActual ? pt('mo.computedActual', { v: i.computedActual }) : undefined}
                  onChange={(e) => set(i, { actualToDate: e.target.value })}
                />
              ),
            },
            { title: pt('mo.progressPct'), dataIndex: 'progress', width: 90, render: (x: string | null) => x ?? '—' },
            {
              title: pt('mo.gap'),
              width: 160,
              onCell: (i) => ({ style: cellStyle(i.warning) }),
              render: (_: unknown, i) => (
                <Space size={4}>
                  {i.gap ?? '—'}
                  <WarningTag pt={pt} w={i.warning} />
                </Space>
              ),
            },
            { title: pt('mo.forecast'), dataIndex: 'forecast', width: 100, render: (x: string | null) => x ?? '—' },
            {
              title: pt('mo.forecastDeclared'),
              width: 110,
              render: (_: unknown, i) => (
                <Input
                  aria-label={`${pt('mo.forecastDeclared')} ${i.code}`}
                  disabled={ro}
                  inputMode="decimal"
                  value={answers[key(i)]?.forecastDeclared ?? ''}
                  onChange={(e) => set(i, { forecastDeclared: e.target.value })}
                />
              ),
            },
            {
              title: pt('mo.likelihood'),
              width: 200,
              render: (_: unknown, i) => {
                const a = answers[key(i)] ?? {};
                const declared = a.likelihoodDeclared ?? i.likelihood ?? undefined;
                return (
                  <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                    <Select
                      aria-label={`${pt('mo.likelihood')} ${i.code}`}
                      size="small"
                      disabled={ro}
                      style={{ width: '100%' }}
                      value={declared}
                      allowClear
                      options={LIKELIHOODS.map((l) => ({ value: l, label: l }))}
                      onChange={(x) => set(i, { likelihoodDeclared: x ?? null })}
                    />
                    {i.likelihood && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {pt('mo.computed', { v: i.likelihood })}
                      </Typography.Text>
                    )}
                    {/* before the first save nothing is computed yet: the box is offered at once, or
                        the server's "须说明理由" would name a box the filler cannot see */}
                    {declared && declared !== i.likelihood && (
                      <Input
                        size="small"
                        aria-label={`${pt('mo.overrideReason')} ${i.code}`}
                        placeholder={pt('mo.overrideReason')}
                        disabled={ro}
                        status={a.likelihoodReason?.trim() || !i.likelihood ? undefined : 'error'}
                        value={a.likelihoodReason ?? ''}
                        onChange={(e) => set(i, { likelihoodReason: e.target.value })}
                      />
                    )}
                  </Space>
                );
              },
            },
            {
              title: pt('mo.category'),
              width: 120,
              render: (_: unknown, i) => (
                <Select
                  aria-label={`${pt('mo.category')} ${i.code}`}
                  size="small"
                  disabled={ro}
                  allowClear
                  style={{ width: '100%' }}
                  value={answers[key(i)]?.deviationCategory ?? undefined}
                  options={v.deviationCategories.map((c) => ({ value: c, label: c }))}
                  onChange={(x) => set(i, { deviationCategory: x ?? null })}
                />
              ),
            },
            {
              title: pt('mo.deviation'),
              width: 180,
              render: (_: unknown, i) => (
                <Input.TextArea
                  aria-label={`${pt('mo.deviation')} ${i.code}`}
                  autoSize
                  disabled={ro}
                  value={answers[key(i)]?.deviationReason ?? ''}
                  onChange={(e) => set(i, { deviationReason: e.target.value })}
                />
              ),
            },
            {
              title: pt('mo.measures'),
              width: 180,
              render: (_: unknown, i) => (
                <Input.TextArea
                  aria-label={`${pt('mo.measures')} ${i.code}`}
                  autoSize
                  disabled={ro}
                  value={answers[key(i)]?.correctiveMeasures ?? ''}
                  onChange={(e) => set(i, { correctiveMeasures: e.target.value })}
                />
              ),
            },
          ]}
        />
      )}
      {v.budget.length > 0 && (
        <Table
          style={{ marginTop: 16 }}
          size="small"
          rowKey={(b) => `${b.targetId}/${b.key}`}
          pagination={false}
          scroll={{ x: 640 }}
          dataSource={v.budget}
          columns={[
            { title: pt('mo.budgetLine'), dataIndex: 'label' },
            { title: pt('mo.budgetAmount'), dataIndex: 'budget', width: 120 },
            {
              title: pt('mo.executed'),
              width: 140,
              render: (_: unknown, b) => (
                <Input
                  aria-label={`${pt('mo.executed')} ${b.label}`}
                  disabled={ro}
                  inputMode="decimal"
                  value={executed[`${b.targetId}/${b.key}`] ?? ''}
                  onChange={(e) => setExecuted((x) => ({ ...x, [`${b.targetId}/${b.key}`]: e.target.value }))}
                />
              ),
            },
            { title: pt('mo.rate'), dataIndex: 'executionRate', width: 100, render: (x: string | null) => x ?? '—' },
            {
              title: pt('mo.gap'),
              width: 140,
              onCell: (b) => ({ style: cellStyle(b.warning) }),
              render: (_: unknown, b) => (
                <Space size={4}>
                  {b.gap ?? '—'}
                  <WarningTag pt={pt} w={b.warning} />
                </Space>
              ),
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{pt('mo.overall')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1}>{v.overall.budget}</Table.Summary.Cell>
              <Table.Summary.Cell index={2}>{v.overall.executed}</Table.Summary.Cell>
              <Table.Summary.Cell index={3}>{v.overall.executionRate ?? '—'}</Table.Summary.Cell>
              <Table.Summary.Cell index={4}>
                <Space size={4}>
                  {v.overall.gap ?? '—'}
                  <WarningTag pt={pt} w={v.overall.warning} />
                </Space>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      )}
    </Card>
  );
}
