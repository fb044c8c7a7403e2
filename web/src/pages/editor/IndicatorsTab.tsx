// 指标自评表: 一级/二级/三级 indicators with targets, actuals, weights, stated and live scores, and
// deviation reasons. Indicator names and weights come from the framework (GET /api/frameworks/:id).
import { Alert, Input, Table, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { add, isDecimal } from '../../../../src/domain/decimal.js';
import { parseNumber } from '../../../../src/domain/scoring/numbers.js';
import { scoreAtLeast, scoreAtMost, scoreEqual, scoreQualitative, readAchievement, type RuleResult } from '../../../../src/domain/scoring/rules.js';
import type { Framework, IndicatorDef, IndicatorValue } from '../../../../src/domain/types.js';
import { api, type Evaluation } from '../../api.js';
import { DecimalInput } from '../../components/DecimalInput.js';
import { useI18n } from '../../i18n/index.js';
import { useEditor } from './context.js';

export const indicatorFieldId = (code: string, field: string) => `indicator-${code}-${field}`;

/** The score the rules give now, for the operators that need nothing but target/actual/weight. */
export function liveScore(def: IndicatorDef | undefined, v: IndicatorValue): RuleResult | null {
  if (!def?.weight || !isDecimal(def.weight) || !v.applicable) return null;
  const target = parseNumber(v.target);
  const actual = parseNumber(v.actual);
  try {
    if (def.operator === '>=' && target && actual) return scoreAtLeast(actual, target, def.weight);
    if (def.operator === '<=' && target && actual) return scoreAtMost(actual, target, def.weight);
    if (def.operator === '=' && target && actual) return scoreEqual(actual, target, def.weight);
    if (def.operator === 'qualitative') {
      const a = v.achievement ?? readAchievement(v.actual, v.target);
      return a ? scoreQualitative(a, def.weight) : null;
    }
  } catch {
    return null; // e.g. a zero target
  }
  return null;
}

interface Row {
  value: IndicatorValue;
  index: number;
  def?: IndicatorDef;
  l1?: string;
  l2?: string;
}

export function IndicatorsTab({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useI18n();
  const { content, update, readOnly, focus } = useEditor();
  const [framework, setFramework] = useState<Framework | null>(null);
  const [defsError, setDefsError] = useState<string | null>(null);

  useEffect(() => {
    api<Framework>('GET', `/api/frameworks/${encodeURIComponent(evaluation.framework.id)}`).then(setFramework, (e: Error) => setDefsError(e.message));
  }, [evaluation.framework.id]);

  const rows: Row[] = useMemo(() => {
    const byCode = new Map((framework?.indicators ?? []).map((d) => [d.code, d]));
    return content.indicators.map((value, index) => {
      const def = byCode.get(value.indicatorCode);
      const p2 = def?.parentCode ? byCode.get(def.parentCode) : undefined;
      const p1 = p2?.parentCode ? byCode.get(p2.parentCode) : undefined;
      return { value, index, def, l1: p1?.name, l2: p2?.name };
    });
  }, [content.indicators, framework]);

  const set = (index: number, patch: Partial<IndicatorValue>) => update((c) => ({ ...c, indicators: c.indicators.map((v, i) => (i === index ? { ...v, ...patch } : v)) }));
  const total = rows.reduce((s, r) => add(s, liveScore(r.def, r.value)?.score ?? '0'), '0');
  const text = (r: Row, field: 'target' | 'actual' | 'deviationReason', label: string) => {
    const id = indicatorFieldId(r.value.indicatorCode, field);
    const props = {
      id,
      'aria-label': `${r.def?.name ?? r.value.indicatorCode} ${label}`,
      disabled: readOnly,
      status: focus === id ? ('warning' as const) : undefined,
      value: r.value[field] ?? '',
      onChange: (e: { target: { value: string } }) => set(r.index, { [field]: e.target.value || null }),
    };
    return field === 'deviationReason' ? <Input.TextArea {...props} autoSize={{ maxRows: 4 }} /> : <Input {...props} />;
  };

  if (!content.indicators.length) return <Alert type="info" title={t('ind.empty')} />;
  return (
    <>
      {defsError && <Alert type="warning" title={t('ind.noDefs', { message: defsError })} style={{ marginBottom: 8 }} />}
      <Table<Row>
        size="small"
        rowKey={(r) => r.value.indicatorCode}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('ind.level1'), key: 'l1', width: 90, render: (_, r) => r.l1 ?? '' },
          { title: t('ind.level2'), key: 'l2', width: 90, render: (_, r) => r.l2 ?? '' },
          { title: t('ind.level3'), key: 'l3', width: 160, render: (_, r) => r.def?.name ?? <Typography.Text code>{r.value.indicatorCode}</Typography.Text> },
          { title: t('ind.operator'), key: 'op', width: 70, render: (_, r) => [r.def?.operator, r.def?.unit].filter(Boolean).join(' ') },
          { title: t('ind.target'), key: 'target', width: 110, render: (_, r) => text(r, 'target', t('ind.target')) },
          { title: t('ind.actual'), key: 'actual', width: 110, render: (_, r) => text(r, 'actual', t('ind.actual')) },
          { title: t('ind.weight'), key: 'weight', width: 60, render: (_, r) => r.def?.weight ?? '' },
          {
            title: t('ind.score'),
            key: 'score',
            width: 90,
            render: (_, r) => (
              <DecimalInput
                id={indicatorFieldId(r.value.indicatorCode, 'score')}
                label={`${r.def?.name ?? r.value.indicatorCode} ${t('ind.score')}`}
                value={r.value.score}
                nullable
                onChange={(v) => set(r.index, { score: v })}
                highlight={focus === indicatorFieldId(r.value.indicatorCode, 'score')}
                invalidText={t('ed.budget.invalid')}
              />
            ),
          },
          {
            title: t('ind.liveScore'),
            key: 'live',
            width: 80,
            render: (_, r) => {
              const s = liveScore(r.def, r.value);
              if (!s) return '—';
              const differs = r.value.score !== null && isDecimal(r.value.score) && Number(r.value.score) !== Number(s.score);
              return (
                <Tooltip title={s.explanation}>
                  <Typography.Text type={differs ? 'danger' : undefined} strong={differs}>
                    {s.score}
                  </Typography.Text>
                </Tooltip>
              );
            },
          },
          { title: t('ind.deviation'), key: 'dev', render: (_, r) => text(r, 'deviationReason', t('ind.deviation')) },
        ]}
        summary={() =>
          framework ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={8}>
                {t('ind.total')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={8}>{total}</Table.Summary.Cell>
              <Table.Summary.Cell index={9} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}
