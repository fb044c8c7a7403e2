// 看板: one unit and year — headline figures, children ranked by score and by completion rate,
// grades, trend, key-project money by source, the children's table; click a child to drill down.
import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Col, Row, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, dashboardExportUrl, getDashboard, getDashboardYears, getUnit, listChildUnits } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useI18n } from '../../i18n/index.js';
import { useLoad } from '../../lib/useLoad.js';
import { ChartCard } from './ChartCard.js';
import { ChildrenTable } from './ChildrenTable.js';
import { Headline } from './Headline.js';
import { MonitoringProgress } from './MonitoringProgress.js';
import { TrendApartNote, TrendTable } from './TrendTable.js';
import { useDt } from './i18n.js';
import { dashboardPath, DEFAULT_YEAR } from './paths.js';
import { fundingOption, gradeOption, rankHeight, ranked, rateOption, scoreOption, shownOrder, trendOption } from './options.js';
import type { ChildRow } from './types.js';

/** /dashboard without a unit: the user's own unit, else (administrators) the first root. */
function useDefaultUnit(enabled: boolean) {
  const { user } = useAuth();
  const navigate = useNavigate();
  useEffect(() => {
    if (!enabled) return;
    const own = user?.roles.find((g) => g.unitId)?.unitId;
    if (own) return void navigate(`/dashboard/${encodeURIComponent(own)}`, { replace: true });
    listChildUnits({ parentId: 'root', year: DEFAULT_YEAR }).then((r) => {
      if (r.units[0]) navigate(`/dashboard/${encodeURIComponent(r.units[0].id)}`, { replace: true });
    }, console.error);
  }, [enabled, user, navigate]);
}

/** The years with data in the unit's subtree; without a year in the URL, opens the newest of them. */
function useDataYears(unitId: string | undefined, urlYear: number | null) {
  const navigate = useNavigate();
  const years = useLoad(async () => (unitId ? getDashboardYears(unitId) : null), [unitId]);
  const list = years.data?.years;
  useEffect(() => {
    if (!unitId || urlYear !== null || !list) return;
    navigate(dashboardPath(unitId, list.at(-1) ?? DEFAULT_YEAR), { replace: true });
  }, [unitId, urlYear, list, navigate]);
  return { years: list, error: years.error };
}

const TOP = 30;

export default function DashboardPage() {
  const { t } = useI18n();
  const dt = useDt();
  const navigate = useNavigate();
  const { unitId } = useParams();
  const [params] = useSearchParams();
  const urlYear = Number(params.get('year')) || null;
  const year = urlYear ?? DEFAULT_YEAR;
  useDefaultUnit(!unitId);
  const dataYears = useDataYears(unitId, urlYear);
  // Newest first; the year in the URL stays listed even when it holds nothing.
  const yearOptions = useMemo(
    () => [...new Set([...(dataYears.years ?? []), ...(urlYear ? [urlYear] : [])])].sort((a, b) => b - a),
    [dataYears.years, urlYear],
  );

  const { data, error: loadError, loading } = useLoad(async () => (unitId && urlYear ? getDashboard(unitId, { year }) : null), [unitId, urlYear]);
  const error = loadError ?? dataYears.error;
  const lineage = useLoad(async () => (unitId ? getUnit(unitId, { year }) : null), [unitId, year]);

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
        items={[...(lineage.data?.ancestors ?? []), ...(lineage.data ? [{ ...lineage.data.unit, readable: false }] : [])].map((u) => ({
          key: u.id,
          // an ancestor the user may not open (a filler's 省妇联) is named, not linked
          title: u.readable ? <Link to={dashboardPath(u.id, year)}>{u.shortName ?? u.name}</Link> : (u.shortName ?? u.name),
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
          options={yearOptions.map((y) => ({ value: y, label: String(y) }))}
          notFoundContent={dt('dash.noYears')}
        />
        <Button icon={<FileExcelOutlined />} href={dashboardExportUrl(unitId, { year })} download={`${base}汇总.xlsx`}>
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
              {d.trend.length > 0 && d.trend.length < 3 ? (
                <TrendTable d={d} />
              ) : (
                <ChartCard
                  title={dt('dash.trend')}
                  fileName={`${base}-${dt('dash.trend')}`}
                  option={options.trend}
                  empty={d.trend.length ? null : dt('dash.noTrend')}
                  footer={<TrendApartNote d={d} />}
                />
              )}
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
              <Button size="small" type="text" icon={<FileExcelOutlined />} href={dashboardExportUrl(unitId, { year })} download={`${base}汇总.xlsx`}>
                .xlsx
              </Button>
            }
          >
            <ChildrenTable rows={d.children} year={year} />
          </Card>
        </>
      )}
    </Space>
  );
}
