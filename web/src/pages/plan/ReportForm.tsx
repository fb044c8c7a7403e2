// A unit's answer to a monitoring round: per indicator 截至目前完成值, 全年预计, 偏差原因,
// 完成目标可能性 (the computed one shown; a different one needs a reason), 纠偏措施; per budget line
// the amount executed. Figures and warnings come back from the server after each save.
import { LoadingOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, ConfigProvider, Grid, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { parseNumber } from '../../../../src/domain/scoring/numbers.js';
import { readWanYuan } from '../../../../src/domain/typedAmount.js';
import { ApiError } from '../../api.js';
import { useLeaveWarning } from '../../lib/useLeaveWarning.js';
import { useLoad } from '../../lib/useLoad.js';
import { planApi, WARNING_COLOR, type Answer, type ReportView, type Warning } from './api.js';
import {
  BudgetCards,
  gapTitle,
  IndicatorGap,
  indKey,
  reachedOf,
  lineKey,
  OverallExecuted,
  ReportCards,
  reportFields,
  WarningTag,
  type Ind,
} from './ReportFields.js';
import type { PT } from './i18n.js';
import { ActionButtons } from './ReasonButton.js';
import { statusColor } from './UnitYearBar.js';

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

export { WarningTag };
const cellStyle = (w: Warning) => (w ? { background: WARNING_COLOR[w] } : {});

export function ReportForm({ pt, roundId, unitId, onChanged }: { pt: PT; roundId: string; unitId: string; onChanged?: () => void }) {
  const { message } = App.useApp();
  // below md the 1560 px table becomes a card per indicator (same inputs, same state)
  const phone = Grid.useBreakpoint().md === false;
  const r = useLoad(() => planApi.report(roundId, unitId), [roundId, unitId]);
  const [answers, setAnswers] = useState<Record<string, Partial<Answer>>>({});
  const [executed, setExecuted] = useState<Record<string, string>>({});
  // The last refusal stays on the page (a toast is gone in 3 s, and on a phone often unseen).
  const [problem, setProblem] = useState<string | null>(null);
  // typed but not saved: a reload or a menu link asks first (the report has no autosave)
  const [dirty, setDirty] = useState(false);
  // one save at a time: a double click sent the same version twice, and the second was told 已被他人修改
  const [saving, setSaving] = useState(false);
  useLeaveWarning(dirty && r.data?.editable === true);
  useEffect(() => {
    if (!r.data) return;
    setAnswers(Object.fromEntries(r.data.indicators.map((i) => [indKey(i), { ...i.answer }])));
    setExecuted(Object.fromEntries(r.data.budget.map((b) => [lineKey(b), b.executed ?? ''])));
    setDirty(false);
  }, [r.data]);
  if (r.error) return <Alert type="error" title={r.error.message} />;
  if (!r.data) return null;
  const v = r.data;
  const fail = (e: unknown) => {
    const text = e instanceof TypedError ? pt('mo.notNumber', { what: e.message }) : e instanceof ApiError ? e.message : String(e);
    setProblem(text);
    message.error(text);
  };
  const set = (i: Ind, patch: Partial<Answer>) => {
    setDirty(true);
    setAnswers((a) => ({ ...a, [indKey(i)]: { ...a[indKey(i)], ...patch } }));
  };
  const body = (version: number) => ({
    version,
    indicators: v.indicators.map((i) => {
      const a = answers[indKey(i)] ?? {};
      const s = (x: string | null | undefined) => (x?.trim() ? x.trim() : null);
      return {
        targetId: i.targetId,
        indicatorCode: i.code,
        // as typed: ９６, 1,200, 420人 (one number; a unit after it is read off)
        actualLevel: i.levels ? (a.actualLevel ?? null) : null,
        actualToDate: i.levels ? null : figure(a.actualToDate, `${i.code} ${i.name} ${pt('mo.actual')}：“${a.actualToDate}”`, parseNumber),
        forecastDeclared: i.levels
          ? null
          : figure(a.forecastDeclared, `${i.code} ${i.name} ${pt('mo.forecastDeclared')}：“${a.forecastDeclared}”`, parseNumber),
        deviationCategory: a.deviationCategory ?? null,
        deviationReason: s(a.deviationReason),
        likelihoodDeclared: a.likelihoodDeclared ?? null,
        likelihoodReason: s(a.likelihoodReason),
        correctiveMeasures: s(a.correctiveMeasures),
      };
    }),
    budget: v.budget.map((b) => {
      const typed = executed[lineKey(b)];
      return { targetId: b.targetId, key: b.key, executed: figure(typed, `${b.label} ${pt('mo.executed')}：“${typed}”`, readAmount) };
    }),
  });
  const save = async () => {
    if (saving) return;
    setSaving(true);
    try {
      await planApi.saveReport(roundId, unitId, body(v.report.version));
      setDirty(false);
      setProblem(null);
      // on a phone the toast would sit on 提交 / 导出 of the sticky bar: shown below it
      message.success(phone ? { content: pt('saved'), style: { marginTop: 56 } } : pt('saved'));
      await r.reload();
      onChanged?.();
    } catch (e) {
      fail(e);
    } finally {
      setSaving(false);
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
  const f = reportFields({
    pt,
    ro,
    phone,
    answers,
    set,
    executed,
    setExecuted: (k, x) => {
      setDirty(true);
      setExecuted((old) => ({ ...old, [k]: x }));
    },
    categories: v.deviationCategories,
    indicators: v.indicators,
  });
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
      {/* on a phone the cards run long: 保存 and 提交 stay at the top of the screen */}
      <ConfigProvider componentSize={phone ? 'large' : undefined}>
        <Space
          wrap
          data-testid="report-actions"
          style={
            phone
              ? {
                  position: 'sticky',
                  top: 0,
                  zIndex: 3,
                  background: '#fff',
                  padding: '8px 0',
                  marginBottom: 4,
                  width: '100%',
                  boxShadow: '0 4px 4px -4px rgba(0,0,0,.15)',
                }
              : { marginBottom: 12 }
          }
        >
          {v.editable && (
            // no `loading`: antd lets its loading icon leave with a width transition and keeps it (and the name
            // “loading 保存”) until a transitionend that a busy page may not deliver; this icon goes with the state
            <Button onClick={save} disabled={saving} icon={saving ? <LoadingOutlined /> : undefined}>
              {pt('save')}
            </Button>
          )}
          <ActionButtons pt={pt} actions={v.actions} run={act} />
          <Button href={planApi.reportXlsx(roundId, unitId)}>{pt('mo.export')}</Button>
        </Space>
      </ConfigProvider>
      {problem && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problem} data-testid="report-problem" />}
      {v.report.status === 'returned' && v.report.lastReason && (
        <Alert type="warning" style={{ marginBottom: 12 }} title={pt('returnedBecause', { reason: v.report.lastReason })} />
      )}
      {v.indicators.length === 0 && <Alert type="info" style={{ marginBottom: 12 }} title={pt('mo.noTargets')} />}
      {v.indicators.length > 0 && phone && <ReportCards pt={pt} view={v} f={f} />}
      {v.indicators.length > 0 && !phone && (
        <Table<Ind>
          size="small"
          rowKey={indKey}
          pagination={false}
          scroll={{ x: 1560 }}
          dataSource={v.indicators}
          columns={[
            { title: pt('tg.indicator'), fixed: 'left', width: 170, render: (_: unknown, i) => `${i.code} ${i.name}` },
            { title: pt('mo.target'), dataIndex: 'targetText', width: 90 },
            { title: pt('mo.actual'), width: 120, render: (_: unknown, i) => f.actual(i) },
            { title: pt('mo.progressPct'), dataIndex: 'progress', width: 90, render: (x: string | null) => x ?? '—' },
            {
              title: gapTitle(
                pt,
                v.indicators.map((i) => i.levels !== null || i.progressKind === 'level'),
              ),
              width: 160,
              onCell: (i) => ({ style: cellStyle(i.warning) }),
              render: (_: unknown, i) => <IndicatorGap pt={pt} i={{ ...i, reached: reachedOf(i), isLevel: i.levels !== null }} />,
            },
            { title: pt('mo.forecast'), dataIndex: 'forecast', width: 100, render: (x: string | null) => x ?? '—' },
            { title: pt('mo.forecastDeclared'), width: 110, render: (_: unknown, i) => (i.levels ? '—' : f.forecastDeclared(i)) },
            { title: pt('mo.likelihood'), width: 200, render: (_: unknown, i) => f.likelihood(i) },
            { title: pt('mo.category'), width: 120, render: (_: unknown, i) => f.category(i) },
            { title: pt('mo.deviation'), width: 180, render: (_: unknown, i) => f.deviation(i) },
            { title: pt('mo.measures'), width: 180, render: (_: unknown, i) => f.measures(i) },
          ]}
        />
      )}
      {v.budget.length > 0 && phone && <BudgetCards pt={pt} view={v} f={f} />}
      {v.budget.length > 0 && !phone && (
        <Table
          style={{ marginTop: 16 }}
          size="small"
          rowKey={lineKey}
          pagination={false}
          scroll={{ x: 640 }}
          dataSource={v.budget}
          columns={[
            { title: pt('mo.budgetLine'), dataIndex: 'label' },
            { title: pt('mo.budgetAmount'), dataIndex: 'budget', width: 120 },
            { title: pt('mo.executed'), width: 140, render: (_: unknown, b) => f.executed(b) },
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
              <Table.Summary.Cell index={2}>
                <OverallExecuted pt={pt} view={v} />
              </Table.Summary.Cell>
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
