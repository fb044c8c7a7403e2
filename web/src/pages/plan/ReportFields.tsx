// The inputs of a monitoring report, one renderer per field: the desktop table and the phone cards
// draw the same inputs (same aria-labels) from the same state, so switching layout loses nothing.
import { Card, Input, Select, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { DEVIATION_CATEGORIES } from '../../../../src/domain/monitoring/likelihood.js';
import { WARNING_COLOR, type Answer, type ReportView, type Warning } from './api.js';
import type { PT } from './i18n.js';

export type Ind = ReportView['indicators'][number];
export type Line = ReportView['budget'][number];
export const LIKELIHOODS = ['确定能', '有可能', '完全不可能'] as const;
/** The stored value stays Chinese (it is the report's word); the English UI shows it in English. */
export const likelihoodLabel = (pt: PT, v: string): string =>
  (LIKELIHOODS as readonly string[]).includes(v) ? pt(`lk.${v as (typeof LIKELIHOODS)[number]}`) : v;
/** A deviation category as shown: the stored word stays Chinese, the English UI names it in English. */
export const categoryLabel = (pt: PT, v: string): string =>
  (DEVIATION_CATEGORIES as readonly string[]).includes(v) ? pt(`dc.${v as (typeof DEVIATION_CATEGORIES)[number]}`) : v;
export const indKey = (i: { targetId: string; code: string }) => `${i.targetId}/${i.code}`;
export const lineKey = (b: { targetId: string; key: string }) => `${b.targetId}/${b.key}`;

export function WarningTag({ pt, w }: { pt: PT; w: Warning }) {
  if (!w) return null;
  return <Tag style={{ background: WARNING_COLOR[w], color: '#000', borderColor: 'transparent' }}>{w === 'red' ? pt('mo.redW') : pt('mo.yellowW')}</Tag>;
}

/**
 * The server keeps 2,000 characters of each text: the box counts once near the limit and turns red
 * past it, instead of a save refused for a reason the filler cannot see. Nothing typed is cut.
 */
const TEXT_COUNT = { max: 2000, show: ({ count }: { count: number }) => (count > 1800 ? `${count} / 2000` : '') } as const;

export interface FieldState {
  pt: PT;
  ro: boolean;
  /** phone: full-size controls (≥ 40 px touch targets) */
  phone: boolean;
  answers: Record<string, Partial<Answer>>;
  set: (i: Ind, patch: Partial<Answer>) => void;
  executed: Record<string, string>;
  setExecuted: (k: string, v: string) => void;
  categories: readonly string[];
  /** the report's indicators: a code that two targets share gets its scope in every label */
  indicators: readonly Ind[];
}

/** What names an indicator in a field's label: its code, with its target's scope when the code repeats. */
export function labelsOf(pt: PT, indicators: readonly Ind[]): (i: Ind) => string {
  const count = new Map<string, number>();
  for (const i of indicators) count.set(i.code, (count.get(i.code) ?? 0) + 1);
  return (i) => ((count.get(i.code) ?? 0) > 1 ? pt('mo.codeInScope', { code: i.code, scope: i.scopeName }) : i.code);
}

export function reportFields(s: FieldState) {
  const { pt, ro, phone, answers, set } = s;
  const size = phone ? 'large' : 'small';
  const a = (i: Ind) => answers[indKey(i)] ?? {};
  const name = labelsOf(pt, s.indicators);
  return {
    actual: (i: Ind) =>
      i.levels ? (
        // 定性 / 是否: a level of the indicator's scale, best first
        <Select
          aria-label={`${pt('mo.actual')} ${name(i)}`}
          size={size}
          disabled={ro}
          allowClear
          style={{ width: '100%', minWidth: 96 }}
          placeholder={pt('mo.chooseLevel')}
          value={a(i).actualLevel ?? undefined}
          options={i.levels.map((l) => ({ value: l, label: l }))}
          onChange={(x) => set(i, { actualLevel: x ?? null })}
        />
      ) : (
        <Input
          aria-label={`${pt('mo.actual')} ${name(i)}`}
          disabled={ro}
          inputMode="decimal"
          size={phone ? 'large' : undefined}
          value={a(i).actualToDate ?? ''}
          placeholder={i.computedActual ?? undefined}
          title={i.computedActual ? pt('mo.computedActual', { v: i.computedActual }) : undefined}
          onChange={(e) => set(i, { actualToDate: e.target.value })}
        />
      ),
    forecastDeclared: (i: Ind) => (
      <Input
        aria-label={`${pt('mo.forecastDeclared')} ${name(i)}`}
        disabled={ro}
        inputMode="decimal"
        size={phone ? 'large' : undefined}
        value={a(i).forecastDeclared ?? ''}
        onChange={(e) => set(i, { forecastDeclared: e.target.value })}
      />
    ),
    likelihood: (i: Ind) => {
      const declared = a(i).likelihoodDeclared ?? i.likelihood ?? undefined;
      return (
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          <Select
            aria-label={`${pt('mo.likelihood')} ${name(i)}`}
            size={size}
            disabled={ro}
            style={{ width: '100%' }}
            value={declared}
            allowClear
            options={LIKELIHOODS.map((l) => ({ value: l, label: likelihoodLabel(pt, l) }))}
            onChange={(x) => set(i, { likelihoodDeclared: x ?? null })}
          />
          {i.likelihood && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {pt('mo.computed', { v: likelihoodLabel(pt, i.likelihood) })}
            </Typography.Text>
          )}
          {/* before the first save nothing is computed yet: the box is offered at once, or
              the server's "须说明理由" would name a box the filler cannot see */}
          {declared && declared !== i.likelihood && (
            <Input
              size={size}
              aria-label={`${pt('mo.overrideReason')} ${name(i)}`}
              placeholder={pt('mo.overrideReason')}
              disabled={ro}
              status={a(i).likelihoodReason?.trim() || !i.likelihood ? undefined : 'error'}
              value={a(i).likelihoodReason ?? ''}
              count={TEXT_COUNT}
              onChange={(e) => set(i, { likelihoodReason: e.target.value })}
            />
          )}
        </Space>
      );
    },
    category: (i: Ind) => (
      <Select
        aria-label={`${pt('mo.category')} ${name(i)}`}
        size={size}
        disabled={ro}
        allowClear
        style={{ width: '100%' }}
        value={a(i).deviationCategory ?? undefined}
        options={s.categories.map((c) => ({ value: c, label: categoryLabel(pt, c) }))}
        onChange={(x) => set(i, { deviationCategory: x ?? null })}
      />
    ),
    deviation: (i: Ind) => (
      <Input.TextArea
        aria-label={`${pt('mo.deviation')} ${name(i)}`}
        autoSize={phone ? { minRows: 2 } : true}
        disabled={ro}
        value={a(i).deviationReason ?? ''}
        count={TEXT_COUNT}
        onChange={(e) => set(i, { deviationReason: e.target.value })}
      />
    ),
    measures: (i: Ind) => (
      <Input.TextArea
        aria-label={`${pt('mo.measures')} ${name(i)}`}
        autoSize={phone ? { minRows: 2 } : true}
        disabled={ro}
        value={a(i).correctiveMeasures ?? ''}
        count={TEXT_COUNT}
        onChange={(e) => set(i, { correctiveMeasures: e.target.value })}
      />
    ),
    executed: (b: Line) => (
      <Input
        aria-label={`${pt('mo.executed')} ${b.label}`}
        disabled={ro}
        inputMode="decimal"
        size={phone ? 'large' : undefined}
        value={s.executed[lineKey(b)] ?? ''}
        onChange={(e) => s.setExecuted(lineKey(b), e.target.value)}
      />
    ),
  };
}

export type ReportFieldRenderers = ReturnType<typeof reportFields>;

const gapOf = (pt: PT, gap: string | null, w: Warning) => (
  <Space size={4} wrap>
    {gap ?? '—'}
    <WarningTag pt={pt} w={w} />
  </Space>
);

/**
 * The gap cell of an indicator. A level (满意度, 达标率: reached at any time of the year) has no
 * gap to the time elapsed: it shows the level reached against the target, warned only below it.
 */
/**
 * The header over the gap cells: 偏差（百分点） means nothing on a row answered by level, whose cell
 * tells the level reached against the target instead; a table mixing both says both.
 */
export function gapTitle(pt: PT, levelRows: boolean[]): string {
  if (levelRows.length > 0 && levelRows.every(Boolean)) return pt('mo.reachedLabel');
  return pt(levelRows.some(Boolean) ? 'mo.gapOrReached' : 'mo.gap');
}

/** The level an answer states (typed, else computed from the budget lines). */
export const reachedOf = (i: Ind) => (i.levels ? (i.answer?.actualLevel ?? null) : (i.answer?.actualToDate ?? i.computedActual ?? null));

export function IndicatorGap({
  pt,
  i,
  tag = true,
}: {
  pt: PT;
  i: {
    progressKind: string;
    gap: string | null;
    warning: Warning;
    forecast: string | null;
    targetText: string | null;
    reached: string | null;
    /** a 定性 / 是否 row: reached is a level of its scale */
    isLevel?: boolean;
  };
  /** false where a column of its own shows the warning */
  tag?: boolean;
}) {
  const level = i.isLevel || (i.progressKind === 'level' && i.forecast !== null);
  if (!level || i.reached === null) return tag ? gapOf(pt, i.gap, i.warning) : <>{i.gap ?? '—'}</>;
  return (
    <Space size={4} wrap data-level={i.warning ? 'below' : 'met'}>
      {pt(i.warning ? 'mo.levelBelow' : 'mo.levelMet', { v: i.reached, t: i.targetText ?? '—' })}
      {tag && <WarningTag pt={pt} w={i.warning} />}
    </Space>
  );
}

/** Read-only figures, label then value, wrapping by pairs (a value never breaks digit by digit). */
/** The total executed to date; while no line has an amount, 未填写 (0.00 would read as a fact). */
export function OverallExecuted({ pt, view }: { pt: PT; view: ReportView }) {
  const none = view.budget.length > 0 && view.budget.every((b) => b.executed === null);
  return none ? (
    <Typography.Text type="secondary" data-testid="overall-executed">
      {pt('mo.notTyped')}
    </Typography.Text>
  ) : (
    <span data-testid="overall-executed">{view.overall.executed}</span>
  );
}

export function Figures({ items }: { items: [string, ReactNode][] }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}>
      {items.map(([label, value]) => (
        <span key={label} style={{ display: 'inline-flex', alignItems: 'baseline', gap: 6, maxWidth: '100%' }}>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', flex: 'none' }}>
            {label}
          </Typography.Text>
          <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{value}</span>
        </span>
      ))}
    </div>
  );
}

/** One labelled input, label above (a phone has no room for a column header). */
function Stacked({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ marginTop: 10 }}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
        {label}
      </Typography.Text>
      {children}
    </div>
  );
}

/** The phone layout: a card per indicator, its figures on top, its inputs stacked. */
export function ReportCards({ pt, view, f }: { pt: PT; view: ReportView; f: ReportFieldRenderers }) {
  const warnStyle = (w: Warning) => (w ? { borderColor: WARNING_COLOR[w], borderWidth: 2 } : {});
  return (
    <div data-testid="report-cards">
      {view.indicators.map((i) => (
        <Card
          key={indKey(i)}
          size="small"
          style={{ marginBottom: 12, ...warnStyle(i.warning) }}
          title={<span style={{ whiteSpace: 'normal' }}>{`${i.code} ${i.name}`}</span>}
        >
          {/* a level (定性 / 是否) has no percentage nor a forecast figure: only its target and the level reached */}
          <Figures
            items={[
              [pt('mo.target'), i.targetText ?? '—'],
              ...(i.levels ? [] : [[pt('mo.progressPct'), i.progress ?? '—'] as [string, ReactNode]]),
              // a level's 偏差 is the level reached against the target, not points
              [
                pt(i.levels || i.progressKind === 'level' ? 'mo.reachedLabel' : 'mo.gap'),
                <IndicatorGap key="gap" pt={pt} i={{ ...i, reached: reachedOf(i), isLevel: i.levels !== null }} />,
              ],
              ...(i.levels ? [] : [[pt('mo.forecast'), i.forecast ?? '—'] as [string, ReactNode]]),
            ]}
          />
          <Stacked label={pt('mo.actual')}>{f.actual(i)}</Stacked>
          {!i.levels && <Stacked label={pt('mo.forecastDeclared')}>{f.forecastDeclared(i)}</Stacked>}
          <Stacked label={pt('mo.likelihood')}>{f.likelihood(i)}</Stacked>
          <Stacked label={pt('mo.category')}>{f.category(i)}</Stacked>
          <Stacked label={pt('mo.deviation')}>{f.deviation(i)}</Stacked>
          <Stacked label={pt('mo.measures')}>{f.measures(i)}</Stacked>
        </Card>
      ))}
    </div>
  );
}

/** The phone layout of the budget lines: one card each, then the overall line. */
export function BudgetCards({ pt, view, f }: { pt: PT; view: ReportView; f: ReportFieldRenderers }) {
  return (
    <div data-testid="budget-cards" style={{ marginTop: 16 }}>
      {view.budget.map((b) => (
        <Card key={lineKey(b)} size="small" style={{ marginBottom: 12 }} title={<span style={{ whiteSpace: 'normal' }}>{b.label}</span>}>
          <Figures
            items={[
              [pt('mo.budgetAmount'), b.budget ?? '—'],
              [pt('mo.rate'), b.executionRate ?? '—'],
              [pt('mo.gap'), gapOf(pt, b.gap, b.warning)],
            ]}
          />
          <Stacked label={pt('mo.executed')}>{f.executed(b)}</Stacked>
        </Card>
      ))}
      <Card size="small" title={pt('mo.overall')}>
        <Figures
          items={[
            [pt('mo.budgetAmount'), view.overall.budget],
            [pt('mo.executed'), <OverallExecuted key="executed" pt={pt} view={view} />],
            [pt('mo.rate'), view.overall.executionRate ?? '—'],
            [pt('mo.gap'), gapOf(pt, view.overall.gap, view.overall.warning)],
          ]}
        />
      </Card>
    </div>
  );
}
