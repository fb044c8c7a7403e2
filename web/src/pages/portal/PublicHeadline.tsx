// The headline figures of published units, rolled up to each root (GET /api/public/headline).
import { Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { fmtPeople, fmtRate } from '../dashboard/format.js';
import { useDt } from '../dashboard/i18n.js';
import type { PublicHeadline as Headline } from '../dashboard/types.js';
import { headlineState } from './headlineState.js';

export function PublicHeadline({ data }: { data: Headline }) {
  const dt = useDt();
  if (!data.roots.length) return <Empty description={dt('pub.none')} />;
  return (
    <Row gutter={[16, 16]}>
      {data.roots.map((r) => {
        const p = r.project;
        const name = dt(`dash.project.${p.code}` as 'dash.project.liangai');
        return (
          <Col xs={24} lg={12} key={r.unitId}>
            <Card
              size="small"
              title={r.name}
              data-testid={`headline-${r.unitId}`}
              extra={
                <span>
                  {dt('pub.publishedUnits')}
                  {dt.lang === 'en' ? ': ' : '：'}
                  <b data-testid="published-units">{r.publishedUnits}</b>
                </span>
              }
            >
              {headlineState(r) === 'nothingPublished' ? (
                <Typography.Text type="secondary">{dt('pub.none')}</Typography.Text>
              ) : headlineState(r) === 'noProject' ? (
                <Typography.Text type="secondary" data-testid="headline-no-project">
                  {dt('pub.noProject', { project: name.startsWith('dash.') ? p.code : name })}
                </Typography.Text>
              ) : (
                <>
                  <Typography.Text strong>{name.startsWith('dash.') ? p.code : name}</Typography.Text>
                  <Row gutter={16} style={{ marginTop: 8 }}>
                    {(['target', 'actual'] as const).map((k) => (
                      <Col span={8} key={k}>
                        <Statistic title={dt(`dash.${k}`)} value={fmtPeople(p[k], dt.lang)} />
                        {/* the exact count under the 万人 figure, as a table footnote would give it (English shows it exactly already) */}
                        {dt.lang === 'zh' && p[k] !== null && p[k]!.length >= 6 && <Typography.Text type="secondary">（{p[k]}人）</Typography.Text>}
                      </Col>
                    ))}
                    <Col span={8}>
                      <Statistic title={dt('dash.rate')} value={fmtRate(p.rate)} />
                    </Col>
                  </Row>
                </>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
