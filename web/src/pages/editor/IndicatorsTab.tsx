// 指标自评表: every leaf of the evaluation's framework, editable (target, actual, qualitative grade,
// deviation reason), scored live as you type by the domain's own buildIndicatorTable — the function
// the server scores with on save — with each score's arithmetic, the total and the grade.
// Desktop: one table, the name column fixed. Phone: one card per indicator under its group.
import { Alert, Card, Descriptions, Grid, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState, type HTMLAttributes } from 'react';
import { add, normalize } from '../../../../src/domain/decimal.js';
import { EMPTY_CONTEXT, type ComputeContext } from '../../../../src/domain/indicators/compute.js';
import { buildIndicatorTable, type IndicatorRow } from '../../../../src/domain/indicators/table.js';
import { validateIndicatorValues } from '../../../../src/domain/indicators/validate.js';
import type { Framework, IndicatorValue } from '../../../../src/domain/types.js';
import { getFramework, getIndicatorTable, type Evaluation } from '../../api.js';
import { useI18n } from '../../i18n/index.js';
import { scoreExplanation } from '../../lib/scoreExplanation.js';
import { useEditor } from './context.js';
import { useEt } from './i18n.js';
import {
  ActualCell,
  indicatorFieldId,
  missed,
  needsReason,
  NameCell,
  ReasonCell,
  ScoreCell,
  TargetCell,
  unreadableProblem,
  type FieldProps,
  type Patch,
} from './IndicatorFields.js';
import { emptyIndicatorValue } from '../../../../src/domain/indicators/emptyValue.js';

export { indicatorFieldId };

/** Sets fields of one leaf; a leaf the content does not hold yet gets its row. */
export function patchValues(values: IndicatorValue[], code: string, patch: Patch): IndicatorValue[] {
  return values.some((v) => v.indicatorCode === code)
    ? values.map((v) => (v.indicatorCode === code ? { ...v, ...patch } : v))
    : [...values, emptyIndicatorValue(code, patch)];
}

function Summary({ table, weightSum }: { table: ReturnType<typeof buildIndicatorTable>; weightSum: string }) {
  const et = useEt();
  const { lang } = useI18n();
  const leaves = table.rows.filter((r) => r.leaf && r.applicable);
  const scored = leaves.filter((r) => r.score !== null);
  const partial = normalize(scored.reduce((s, r) => add(s, r.score!), '0'));
  const missedNoReason = table.rows.filter(needsReason).length;
  const line = (
    <Space wrap size={[16, 0]} align="center">
      <span>
        <Typography.Text type="secondary">{et('ind.totalLabel')} </Typography.Text>
        <Typography.Text strong style={{ fontSize: 22 }} data-testid="indicator-total">
          {table.total ?? '—'}
        </Typography.Text>
        <Typography.Text type="secondary"> / {weightSum}</Typography.Text>
      </span>
      <span>
        <Typography.Text type="secondary">{et('ind.gradeLabel')} </Typography.Text>
        <Tag
          color={table.grade === 'excellent' ? 'green' : table.grade === 'good' ? 'blue' : table.grade ? 'orange' : 'default'}
          style={{ fontSize: 16, padding: '2px 10px' }}
          data-testid="indicator-grade"
          data-grade={table.grade ?? ''}
        >
          {table.grade ? et(`grade.${table.grade}`) : '—'}
        </Tag>
      </span>
      <Typography.Text type="secondary" data-testid="indicator-progress">
        {et('ind.progress', { scored: scored.length, all: leaves.length, partial })}
      </Typography.Text>
    </Space>
  );
  return (
    <>
      {/* Sticky: the total and grade stay in sight while typing far down the table (one line, also on a phone). */}
      <div
        data-testid="indicator-summary"
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 5,
          background: '#f5f9ff',
          border: '1px solid #d6e4ff',
          borderRadius: 8,
          padding: '6px 12px',
          boxShadow: '0 2px 6px rgba(0,0,0,0.06)',
        }}
      >
        {line}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {table.complete ? scoreExplanation(table.totalExplanation ?? '', lang) : et('ind.totalWaits')}
      </Typography.Text>
      {missedNoReason > 0 && <Alert type="warning" showIcon title={et('ind.reasonsMissing', { n: missedNoReason })} />}
    </>
  );
}

function PhoneCards({ rows, fields }: { rows: IndicatorRow[]; fields: Omit<FieldProps, 'row'> }) {
  const { t, lang } = useI18n();
  const et = useEt();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="small">
      {rows.map((row) =>
        !row.leaf ? (
          <div key={row.code} style={{ padding: row.level === 1 ? '8px 0 0' : '4px 0 0 8px', display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            <Typography.Text strong={row.level === 1} type={row.level === 1 ? undefined : 'secondary'}>
              {row.name}
            </Typography.Text>
            <ScoreCell row={row} />
          </div>
        ) : (
          <Card key={row.code} size="small" data-indicator-card={row.code} styles={{ body: { padding: 10 } }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
              <NameCell row={row} {...fields} />
              <div style={{ textAlign: 'right', minWidth: 64 }}>
                {/* the score only: a long "cannot read" note beside the name squeezed it to a letter a line */}
                <ScoreCell row={{ ...row, explanation: null, problem: null }} />
              </div>
            </div>
            <Descriptions size="small" column={1} layout="vertical" style={{ marginTop: 6 }} colon={false}>
              <Descriptions.Item label={t('ind.target')}>
                <TargetCell row={row} {...fields} />
              </Descriptions.Item>
              <Descriptions.Item label={t('ind.actual')}>
                <ActualCell row={row} {...fields} />
              </Descriptions.Item>
            </Descriptions>
            {unreadableProblem(row) && (
              <Typography.Text type="warning" style={{ fontSize: 12, display: 'block' }} data-explanation={row.code}>
                {unreadableProblem(row)}
              </Typography.Text>
            )}
            {row.score !== null && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {et('ind.how')}
                {scoreExplanation(row.explanation ?? '', lang)}
              </Typography.Text>
            )}
            {(row.deviationReason || missed(row)) && (
              <div style={{ marginTop: 6 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('ind.deviation')}
                </Typography.Text>
                <ReasonCell row={row} {...fields} />
              </div>
            )}
          </Card>
        ),
      )}
    </Space>
  );
}

export function IndicatorsTab({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useI18n();
  const et = useEt();
  const { content, update, readOnly, focus } = useEditor();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [framework, setFramework] = useState<Framework | null>(null);
  const [context, setContext] = useState<ComputeContext>(EMPTY_CONTEXT);
  const [defsError, setDefsError] = useState<string | null>(null);

  useEffect(() => {
    getFramework(evaluation.framework.id).then(setFramework, (e: Error) => setDefsError(e.message));
  }, [evaluation.framework.id]);
  // Figures from outside this evaluation (last year's 三公 actual); without them those sources say what is missing.
  useEffect(() => {
    getIndicatorTable(evaluation.id).then(
      (r) => setContext(r.context ?? EMPTY_CONTEXT),
      () => setContext(EMPTY_CONTEXT),
    );
  }, [evaluation.id]);

  const table = useMemo(() => (framework ? buildIndicatorTable(framework, content, context) : null), [framework, content, context]);
  // The server refuses a target/actual that is not a number on a quantitative leaf: shown here (the editor marks it for the save).
  const invalid = useMemo(() => {
    if (!framework) return new Set<string>();
    return new Set(validateIndicatorValues(framework, content.indicators).problems.map((p) => indicatorFieldId(p.indicatorCode, p.field)));
  }, [framework, content.indicators]);

  const set = (code: string, patch: Patch) => update((c) => ({ ...c, indicators: patchValues(c.indicators, code, patch) }));
  const fields = { set, readOnly, focus, invalid };

  if (defsError) return <Alert type="warning" title={t('ind.noDefs', { message: defsError })} />;
  if (!framework || !table) return <Spin style={{ display: 'block', margin: 32 }} />;
  const leaves = table.rows.filter((r) => r.leaf);
  if (!leaves.length) return <Alert type="info" title={et('ind.noLeaves', { name: framework.name })} />;
  const weightSum = normalize(table.rows.filter((r) => r.level === 1 && r.weight).reduce((s, r) => add(s, r.weight!), '0'));

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {evaluation.sample && <Alert type="warning" showIcon title={et('sample.evaluation')} />}
      <Summary table={table} weightSum={weightSum} />
      {phone ? (
        <PhoneCards rows={table.rows} fields={fields} />
      ) : (
        <Table<IndicatorRow>
          size="small"
          rowKey="code"
          dataSource={table.rows}
          pagination={false}
          scroll={{ x: 910 }}
          aria-label={et('ind.tableLabel')}
          onRow={(r) =>
            ({
              'data-row': r.code,
              ...(r.leaf ? {} : { style: { background: r.level === 1 ? '#f5f5f5' : '#fafafa' } }),
            }) as unknown as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: et('ind.indicator'),
              key: 'name',
              fixed: 'left',
              width: 190,
              render: (_, r) => (
                <div style={{ paddingInlineStart: (r.level - 1) * 12 }}>
                  <NameCell row={r} {...fields} />
                </div>
              ),
            },
            // wide enough for “Weight” on one line (it broke as “Weig / ht” at 50 px)
            { title: t('ind.weight'), key: 'weight', width: 72, align: 'right', render: (_, r) => r.weight ?? '' },
            { title: t('ind.target'), key: 'target', width: 120, render: (_, r) => <TargetCell row={r} {...fields} /> },
            { title: t('ind.actual'), key: 'actual', width: 160, render: (_, r) => <ActualCell row={r} {...fields} /> },
            { title: t('ind.score'), key: 'score', width: 190, render: (_, r) => <ScoreCell row={r} /> },
            { title: t('ind.deviation'), key: 'dev', width: 200, render: (_, r) => <ReasonCell row={r} {...fields} /> },
          ]}
        />
      )}
    </Space>
  );
}
