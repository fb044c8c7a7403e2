// 历年趋势 as a small table: with one or two years a two-axis line chart says less than the figures.
import { Card, Table, Typography } from 'antd';
import { fmtPeople, fmtRate } from './format.js';
import { useDt } from './i18n.js';
import type { Dashboard } from './types.js';

type Point = Dashboard['trend'][number];

export function TrendTable({ d }: { d: Dashboard }) {
  const dt = useDt();
  return (
    <Card size="small" title={dt('dash.trend')} style={{ height: '100%' }} data-testid="trend-table">
      <Table<Point>
        rowKey="year"
        size="small"
        pagination={false}
        aria-label={dt('dash.trend')}
        dataSource={[...d.trend].reverse()}
        columns={[
          { title: dt('dash.year'), dataIndex: 'year', width: 70 },
          { title: dt('dash.target'), dataIndex: 'target', align: 'right', render: (v: string | null) => fmtPeople(v, dt.lang) },
          { title: dt('dash.actual'), dataIndex: 'actual', align: 'right', render: (v: string | null) => fmtPeople(v, dt.lang) },
          { title: dt('dash.rate'), dataIndex: 'rate', align: 'right', render: fmtRate },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
        {dt('dash.trendFew')}
      </Typography.Paragraph>
      <TrendApartNote d={d} />
    </Card>
  );
}

/** The years of another scope (a province's own count beside its counties' sum), named instead of joined. */
export function TrendApartNote({ d }: { d: Dashboard }) {
  const dt = useDt();
  const scope = d.trend.at(-1)?.scope;
  if (!d.trendApart.length || !scope) return null;
  const items = d.trendApart.map((p) => dt('dash.trendApartItem', { year: p.year, scope: dt(`dash.scope.${p.scope}`), actual: fmtPeople(p.actual, dt.lang) }));
  return (
    <Typography.Paragraph type="warning" style={{ margin: '8px 0 0', fontSize: 12 }} data-testid="trend-apart">
      {dt('dash.trendApart', { items: items.join(dt.lang === 'en' ? '; ' : '；'), scope: dt(`dash.scope.${scope}`) })}
    </Typography.Paragraph>
  );
}
