// 序时进度 on the 看板 (issue 15 item 5): the subtree's budget execution at each monitoring round
// against the share of the year elapsed — a line through every month's end, the rounds as points —
// with the same figures as a table (readable without the chart, and on a phone).
import { Grid, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { MonitoringProgress } from '../../../../src/domain/monitoring/wire.js';
import { planApi } from '../../api.js';
import { useDictionary } from '../../i18n/index.js';
import { useLoad } from '../../lib/useLoad.js';
import { ChartCard } from './ChartCard.js';

type Point = MonitoringProgressData['points'][number];
export type MonitoringProgressData = MonitoringProgress;

const zh = {
  title: '预算执行与序时进度',
  time: '序时进度',
  execution: '预算执行率',
  round: '监控轮次',
  asOf: '截至',
  units: '已报单位',
  budget: '预算（万元）',
  executed: '已执行（万元）',
  gap: '偏差（百分点）',
  red: '红色预警',
  yellow: '黄色预警',
  open: '查看监控',
  month: '{m}月',
  notTyped: '未填写',
};
const en: typeof zh = {
  title: 'Budget execution against time elapsed',
  time: 'Time elapsed',
  execution: 'Budget execution',
  round: 'Monitoring round',
  asOf: 'As of',
  units: 'Units filed',
  budget: 'Budget (10k yuan)',
  executed: 'Executed (10k yuan)',
  gap: 'Gap (points)',
  red: 'Red',
  yellow: 'Yellow',
  open: 'Open monitoring',
  month: 'M{m}',
  notTyped: 'Not filled in',
};

const num = (s: string | null) => (s === null ? null : Number(s));

/** The chart: 序时进度 at month ends (a dashed line), each round's execution rate at its month. */
export function progressOption(d: MonitoringProgressData, t: (k: keyof typeof zh, v?: Record<string, string | number>) => string) {
  const months = d.months.map((m) => t('month', { m: m.month }));
  const atMonth = (p: Point) => Number(p.asOf.slice(5, 7)) - 1;
  const execution: (number | null)[] = d.months.map(() => null);
  for (const p of d.points) if (p.executionRate !== null) execution[atMonth(p)] = num(p.executionRate);
  return {
    color: ['#7a7a7a', '#b5232f'],
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v == null ? '—' : `${v.toFixed(2)}%`) },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 24, bottom: 36, containLabel: true },
    xAxis: { type: 'category', data: months, boundaryGap: false },
    yAxis: { type: 'value', name: '%', min: 0, max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10) },
    series: [
      { type: 'line', name: t('time'), data: d.months.map((m) => num(m.timeProgress)), lineStyle: { type: 'dashed' }, symbol: 'none' },
      { type: 'line', name: t('execution'), data: execution, connectNulls: true, symbolSize: 10 },
    ],
  };
}

export function MonitoringProgress({ unitId, year, fileBase }: { unitId: string; year: number; fileBase: string }) {
  const t = useDictionary(zh, en);
  const { data } = useLoad(() => planApi.progress(unitId, year), [unitId, year]);
  const option = useMemo(() => (data ? progressOption(data, t) : null), [data, t]);
  const narrow = Grid.useBreakpoint().md === false;
  const gapCell = (p: Point) => (
    <span data-progress-gap={p.roundId}>
      {p.gap ?? '—'} {p.warning && <Tag color={p.warning === 'red' ? 'error' : 'warning'}>{t(p.warning)}</Tag>}
    </span>
  );
  const roundLink = (p: Point) => <Link to={`/monitoring?year=${year}`}>{p.name}</Link>;
  const wideColumns: ColumnsType<Point> = [
    { title: t('round'), key: 'name', render: (_, p) => roundLink(p) },
    { title: t('asOf'), dataIndex: 'asOf' },
    { title: t('units'), dataIndex: 'units', align: 'right' },
    { title: t('budget'), dataIndex: 'budget', align: 'right' },
    // no rate with nothing executed: no amount typed yet, not an execution of 0
    {
      title: t('executed'),
      key: 'executed',
      align: 'right',
      render: (_, p) => (p.executionRate === null && Number(p.executed) === 0 ? t('notTyped') : p.executed),
    },
    { title: `${t('execution')} %`, dataIndex: 'executionRate', align: 'right', render: (x: string | null) => x ?? '—' },
    { title: `${t('time')} %`, dataIndex: 'timeProgress', align: 'right' },
    { title: t('gap'), key: 'gap', align: 'right', render: (_, p) => gapCell(p) },
  ];
  // A phone: the round with its date, execution against time, and the gap — no sideways scrolling.
  const narrowColumns: ColumnsType<Point> = [
    {
      title: t('round'),
      key: 'name',
      render: (_, p) => (
        <div>
          {roundLink(p)}
          <div style={{ fontSize: 12, color: '#595959' }}>{p.asOf}</div>
        </div>
      ),
    },
    { title: `${t('execution')} / ${t('time')} %`, key: 'rates', align: 'right', render: (_, p) => `${p.executionRate ?? '—'} / ${p.timeProgress}` },
    { title: t('gap'), key: 'gap', align: 'right', render: (_, p) => gapCell(p) },
  ];
  // No round covers this unit this year: nothing to draw, and no empty card either.
  if (!data || !option || data.points.length === 0) return null;
  return (
    <div id="dash-monitoring-progress">
      <ChartCard title={t('title')} fileName={`${fileBase}-${t('title')}`} option={option} testId="chart-monitoring-progress" />
      <Table<Point>
        size="small"
        rowKey="roundId"
        pagination={false}
        scroll={narrow ? undefined : { x: 'max-content' }}
        style={{ marginTop: 8 }}
        aria-label={t('title')}
        dataSource={data.points}
        columns={narrow ? narrowColumns : wideColumns}
      />
    </div>
  );
}
