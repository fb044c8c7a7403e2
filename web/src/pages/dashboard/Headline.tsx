// Headline cards: the key project's target / actual / rate, units rolled up, reporting statuses.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { fmtPeople, fmtRate } from './format.js';
import { useDt } from './i18n.js';
import type { Dashboard } from './types.js';

const SUBMITTED = ['submitted', 'approved', 'published'];

export function Headline({ d }: { d: Dashboard }) {
  const dt = useDt();
  const s = d.statuses;
  const count = (keys: string[]) => keys.reduce((a, k) => a + (s[k] ?? 0), 0);
  const projectName = dt(`dash.project.${d.project.code}` as 'dash.project.liangai');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={projectName.startsWith('dash.') ? d.project.code : projectName} style={{ height: '100%' }}>
          <Row gutter={16}>
            <Col span={8}>
              <Statistic title={dt('dash.target')} value={fmtPeople(d.project.target, dt.lang)} data-testid="kp-target" />
            </Col>
            <Col span={8}>
              <Statistic title={dt('dash.actual')} value={fmtPeople(d.project.actual, dt.lang)} data-testid="kp-actual" />
            </Col>
            <Col span={8}>
              <Statistic
                title={dt('dash.rate')}
                value={fmtRate(d.project.rate)}
                data-testid="kp-rate"
                styles={{ content: { color: d.project.rate !== null && Number(d.project.rate) < 100 ? '#b5232f' : undefined } }}
              />
            </Col>
          </Row>
          <Typography.Text type="secondary">{dt('dash.reporting', { n: d.project.reporting })}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} lg={4}>
        <Card size="small" style={{ height: '100%' }}>
          <Statistic title={dt('dash.units')} value={d.units} data-testid="units" />
          <Typography.Text type="secondary">{dt('dash.children', { n: d.children.length })}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" style={{ height: '100%' }}>
          <Row gutter={8} wrap={false}>
            <Col flex="1 1 0">
              <Statistic title={dt('dash.submitted')} value={count(SUBMITTED)} data-testid="count-submitted" />
            </Col>
            <Col flex="1 1 0">
              <Statistic title={dt('dash.published')} value={s.published ?? 0} data-testid="count-published" />
            </Col>
            <Col flex="1 1 0">
              <Statistic title={dt('dash.pending')} value={count(['draft', 'returned'])} />
            </Col>
            <Col flex="1 1 0">
              {/* figures stated without an evaluation: reported, so not 未填报 (as in the children table) */}
              <Statistic title={dt('status.figures')} value={s.figures ?? 0} data-testid="count-figures" />
            </Col>
            <Col flex="1 1 0">
              <Statistic
                title={dt('dash.missing')}
                value={s.missing ?? 0}
                data-testid="count-missing"
                styles={{ content: { color: s.missing ? '#b5232f' : undefined } }}
              />
            </Col>
          </Row>
          <Typography.Text type="secondary">{dt('dash.submittedHint')}</Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
