// 看板: one unit and year — headline figures, children ranked by score and by completion rate,
// grades, trend, key-project money by source, the children's table; click a child to drill down.
import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Col, Row, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, ApiError, qs, type UnitNode } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useI18n } from '../../i18n/index.js';
import { useLoad } from '../../lib/useLoad.js';
import { ChartCard } from './ChartCard.js';
import { ChildrenTable } from './ChildrenTable.js';
import { Headline } from './Headline.js';
import { MonitoringProgress } from './MonitoringProgress.js';
import { useDt } from './i18n.js';
import { dashboardPath, DEFAULT_YEAR, YEARS } from './paths.js';
import { fundingOption, gradeOption, rankHeight, ranked, rateOption, scoreOption, shownOrder, trendOption } from './options.js';
import type { ChildRow, Dashboard } from './types.js';


/** /dashboard without a unit: the user's own unit, else (administrators) the first root. */
function useDefaultUnit(enabled: boolean, year: number) {
  const { user } = useAuth();
  const navigate = useNavigate();
  useEffect(() => {
    if (!enabled) return;
    const own = user?.roles.find((g) => g.unitId)?.unitId;
    if (own) return void navigate(dashboardPath(own, year), { replace: true });
    api<{ units: UnitNode[] }>('GET', `/api/units${qs({ parentId: 'root', year })}`).then((r) => {
      if (r.units[0]) navigate(dashboardPath(r.units[0].id, year), { replace: true });
    }, console.error);
  }, [enabled, user, year, navigate]);
}

const TOP = 30;

export default function DashboardPage() {
  const { t } = useI18n();
  const dt = useDt();
  const navigate = useNavigate();
  const { unitId } = useParams();
  const [params] = useSearchParams();
  const year = Number(params.get('year')) || DEFAULT_YEAR;
  useDefaultUnit(!unitId, year);

  const { data, error, loading } = useLoad(
    async () => (unitId ? api<Dashboard>('GET', `/api/dashboard/${encodeURIComponent(unitId)}${qs({ year })}`) : null),
    [unitId, year],
  );
  const lineage = useLoad(
    async () => (unitId ? api<{ unit: UnitNode; ancestors: UnitNode[] }>('GET', `/api/units/${encodeURIComponent(unitId)}${qs({ year })}`) : null),
    [unitId, year],
  );

  const open = (c: { unitId: string }) => navigate(dashboardPath(c.unitId, year));
  // A chart stays readable up to ~30 bars; the table below lists every child.
  const byScore = useMemo(() => ranked(data?.children ?? [], (c) => c.score).slice(0, TOP), [data]);
  const byRate = useMemo(() => ranked(data?.children ?? [], (c) => c.rate).slice(0, TOP), [data]);
  const topOf = (title: string, shown: number, all: number) => (shown < all ? `${title}${dt('dash.top', { n: shown })}` : title);
  const options = useMemo(
    () =>
      data && {
        score: scoreOption(byScore, dt),
        rate: rateOption(byRate, dt),
        grades: gradeOption(data, dt),
        trend: trendOption(data, dt),
        funding: fundingOption(data, dt),
      },
    [data, byScore, byRate, dt],
  );

  if (!unitId) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (error) {
    const missing = error instanceof ApiError && error.status === 404;
    return <Alert type="error" showIcon title={missing ? t('forbidden', { message: error.message }) : t('common.error', { message: error.message })} />;
  }
  const d = data && data.unit.id === unitId && data.year === year ? data : null;
  const base = d ? `${d.unit.name}${d.year}年度` : 'dashboard';
  const clickRank = (rows: ChildRow[]) => (c: { dataIndex: number }) => {
    const row = shownOrder(rows)[c.dataIndex];
    if (row) open(row);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        aria-label="breadcrumb"
        items={[...(lineage.data?.ancestors ?? []), ...(lineage.data ? [lineage.data.unit] : [])].map((u) => ({
          key: u.id,
          title: u.id === unitId ? (u.shortName ?? u.name) : <Link to={dashboardPath(u.id, year)}>{u.shortName ?? u.name}</Link>,
        }))}
      />
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="dashboard-title">
          {d ? dt('dash.title', { unit: d.unit.name, year: d.year }) : t('common.loading')}
        </Typography.Title>
        <Select<number>
          aria-label={dt('dash.year')}
          value={year}
          onChange={(y) => navigate(dashboardPath(unitId, y))}
          showSearch
          style={{ width: 110 }}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
        />
        <Button icon={<FileExcelOutlined />} href={`/api/dashboard/${encodeURIComponent(unitId)}/export${qs({ year })}`} download={`${base}汇总.xlsx`}>
          {dt('dash.exportXlsx')}
        </Button>
        <Typography.Text type="secondary">{dt('dash.drill')}</Typography.Text>
      </Space>
      {!d || !options ? (
        <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />
      ) : (
        <>
          <Headline d={d} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <ChartCard
                title={topOf(dt('dash.byScore'), byScore.length, d.children.filter((c) => c.score !== null).length)}
                fileName={`${base}-${dt('dash.byScore')}`}
                option={options.score}
                height={rankHeight(byScore.length)}
                empty={byScore.length ? null : dt('dash.noScores')}
                onItemClick={clickRank(byScore)}
                testId="chart-score"
              />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard
                title={topOf(dt('dash.byRate'), byRate.length, d.children.filter((c) => c.rate !== null).length)}
                fileName={`${base}-${dt('dash.byRate')}`}
                option={options.rate}
                height={rankHeight(byRate.length)}
                empty={byRate.length ? null : dt('dash.noRates')}
                onItemClick={clickRank(byRate)}
                testId="chart-rate"
              />
            </Col>
            <Col xs={24} md={12} xl={7}>
              <ChartCard
                title={dt('dash.grades')}
                fileName={`${base}-${dt('dash.grades')}`}
                option={options.grades}
                empty={Object.values(d.grades).some((n) => n > 0) ? null : dt('dash.noGrades')}
              />
            </Col>
            <Col xs={24} md={12} xl={8}>
              <ChartCard title={dt('dash.trend')} fileName={`${base}-${dt('dash.trend')}`} option={options.trend} empty={d.trend.length ? null : dt('dash.noTrend')} />
            </Col>
            <Col xs={24} xl={9}>
              <ChartCard
                title={dt('dash.funding')}
                fileName={`${base}-${dt('dash.funding')}`}
                option={options.funding}
                empty={d.project.funding.length ? null : dt('dash.noFunding')}
              />
            </Col>
          </Row>
          <MonitoringProgress unitId={unitId} year={year} fileBase={base} />
          <Card
            size="small"
            title={dt('dash.table')}
            extra={
              <Button size="small" type="text" icon={<FileExcelOutlined />} href={`/api/dashboard/${encodeURIComponent(unitId)}/export${qs({ year })}`} download={`${base}汇总.xlsx`}>
                .xlsx
              </Button>
            }
          >
            <ChildrenTable rows={d.children} onOpen={open} />
          </Card>
        </>
      )}
    </Space>
  );
}
