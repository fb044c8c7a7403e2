// 工作台: my evaluations, submissions waiting for my review, overdue units, notifications.
import { yearParam } from '../lib/yearParam.js';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Grid, List, Popconfirm, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, deleteEvaluation, getWorkbench, type EvaluationHeader } from '../api.js';
import { useAuth } from '../auth.js';
import { LazyStatusChart } from '../components/LazyChart.js';
import { StatusTag } from '../components/StatusTag.js';
import { useI18n, type T } from '../i18n/index.js';
import { useLoad } from '../lib/useLoad.js';
import { useEt, type ET } from './editor/i18n.js';
import { WorkbenchDeadlines } from './workbench/Deadlines.js';
import { NewEvaluationDialog } from './workbench/NewEvaluation.js';
import { newEvaluationYear } from './workbench/carryHint.js';
import { noticeInEnglish } from '../lib/notices.js';
import { fmtTime } from '../lib/time.js';

const YEARS = Array.from({ length: new Date().getFullYear() - 2015 }, (_, i) => new Date().getFullYear() - i);

/** May this user delete the draft (its unit's filler, or an admin)? The server decides again. */
export type MayDelete = (h: EvaluationHeader) => boolean;

const scoreText = (et: ET, h: EvaluationHeader) => (h.totalScore ? `${h.totalScore}${h.grade ? ` · ${et(`grade.${h.grade}` as 'grade.good')}` : ''}` : '—');
const sampleTag = (et: ET, h: EvaluationHeader) =>
  h.sample ? (
    <Tag color="gold" style={{ marginInlineStart: 4 }}>
      {et('sample')}
    </Tag>
  ) : null;

function columns(t: T, et: ET, review: boolean, narrow: boolean, mayDelete?: MayDelete, onDelete?: (h: EvaluationHeader) => void) {
  // A phone: unit and title in one column, status with the score under it — three columns that fit.
  const leading = narrow
    ? [
        {
          title: `${t('common.unit')} / ${t('common.title')}`,
          key: 'unit',
          render: (_: unknown, h: EvaluationHeader) => (
            <div>
              <Typography.Text strong>{h.unitName}</Typography.Text>
              {sampleTag(et, h)}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {h.title}
                </Typography.Text>
              </div>
            </div>
          ),
        },
        {
          title: t('common.status'),
          key: 'status',
          width: 96,
          render: (_: unknown, h: EvaluationHeader) => (
            <div>
              <StatusTag status={h.status} />
              <div style={{ fontSize: 12 }}>{scoreText(et, h)}</div>
            </div>
          ),
        },
      ]
    : [
        {
          title: t('common.unit'),
          dataIndex: 'unitName',
          key: 'unit',
          render: (name: string, h: EvaluationHeader) => (
            <>
              {name}
              {sampleTag(et, h)}
            </>
          ),
        },
        { title: t('common.year'), dataIndex: 'year', key: 'year', width: 70 },
        { title: t('common.title'), dataIndex: 'title', key: 'title', ellipsis: true },
        {
          title: t('common.status'),
          dataIndex: 'status',
          key: 'status',
          width: 90,
          render: (_: unknown, h: EvaluationHeader) => <StatusTag status={h.status} />,
        },
        { title: et('wb.score'), key: 'score', width: 110, render: (_: unknown, h: EvaluationHeader) => scoreText(et, h) },
        { title: t('common.updatedAt'), dataIndex: 'updatedAt', key: 'updatedAt', width: 170, render: (d: string) => fmtTime(d) },
      ];
  return [
    ...leading,
    {
      title: t('common.actions'),
      key: 'actions',
      width: narrow ? 64 : 120,
      render: (_: unknown, h: EvaluationHeader) => (
        <Space size="small" wrap>
          <Link
            to={review ? `/evaluations/${h.id}/review` : `/evaluations/${h.id}`}
            aria-label={`${review ? t('common.review') : t('common.open')} ${h.title}`}
          >
            {review ? t('common.review') : t('common.open')}
          </Link>
          {!review && h.status === 'draft' && mayDelete?.(h) && onDelete && (
            <Popconfirm
              title={et('wb.deleteConfirm', { title: h.title })}
              description={et('wb.deleteHint')}
              okText={et('wb.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => onDelete(h)}
            >
              <Button type="link" danger size="small" style={{ padding: 0 }} aria-label={`${et('wb.delete')} ${h.title}`}>
                {et('wb.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
}

export default function WorkbenchPage() {
  const { t, lang } = useI18n();
  const et = useEt();
  const { user } = useAuth();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const narrow = Grid.useBreakpoint().md === false;
  const roles = user?.roles ?? [];
  const mayCreate = roles.some((r) => r.role === 'filler' || r.role === 'admin');
  const isFiller = roles.some((r) => r.role === 'filler');
  // A filler reviews nothing: no empty 待我审核 card for them.
  const mayReview = roles.some((r) => r.role !== 'filler');
  // 财政 fills nothing: no empty 我的自评 card, but what it does in the year, with the ways there
  const financeOnly = roles.length > 0 && roles.every((r) => r.role === 'finance');
  const mayDelete: MayDelete = (h) => roles.some((r) => r.role === 'admin' || (r.role === 'filler' && r.unitId === h.unitId));
  // No year chosen: the server picks its default and says which year it shows.
  const [params, setParams] = useSearchParams();
  const year = yearParam(params.get('year'));
  const { data, error, loading, reload } = useLoad(() => getWorkbench({ year }), [year]);
  const chartData = useMemo(() => {
    const counts = new Map<string, number>();
    for (const h of [...(data?.mine ?? []), ...(data?.toReview ?? [])]) counts.set(h.status, (counts.get(h.status) ?? 0) + 1);
    return [...counts].map(([s, value]) => ({ name: t(`status.${s as EvaluationHeader['status']}`), value }));
  }, [data, t]);

  const remove = async (h: EvaluationHeader) => {
    try {
      await deleteEvaluation(h.id, h.version);
      message.success(et('wb.deleted'));
    } catch (e) {
      message.error(t('act.failed', { message: (e as ApiError).message }));
    }
    void reload();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('nav.workbench')}
        </Typography.Title>
        <Select<number>
          aria-label={t('common.year')}
          value={year ?? data?.year}
          onChange={(y) => setParams({ year: String(y) })}
          style={{ width: 120 }}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
        />
      </Space>
      {data && <WorkbenchDeadlines t={t} deadlines={data.deadlines} />}
      {error && <Alert type="error" title={t('common.error', { message: error.message })} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={17}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {financeOnly && data && (
              <Card id="wb-finance" title={t('wb.finance.title')} size="small">
                <Space orientation="vertical" size={4} style={{ whiteSpace: 'normal' }}>
                  <Typography.Text>{t('wb.finance.review')}</Typography.Text>
                  <Link to={`/dashboard?year=${data.year}`}>{t('wb.finance.use')}</Link>
                  <Link to={`/dashboard?year=${data.year}`}>{t('wb.finance.check')}</Link>
                  <Link to={`/targets?year=${data.year}`}>{t('wb.finance.targets')}</Link>
                </Space>
              </Card>
            )}
            {/* a reviewer or finance fills nothing: no 我的自评 card that is always empty */}
            {(mayCreate || (data?.mine.length ?? 0) > 0) && (
              <Card
                id="wb-mine"
                title={t('wb.mine')}
                size="small"
                extra={
                  mayCreate && (
                    <Button type="primary" size="small" icon={<PlusOutlined />} disabled={!data} onClick={() => setCreating(true)}>
                      {et('new.button')}
                    </Button>
                  )
                }
              >
                <Table<EvaluationHeader>
                  aria-label={t('wb.mine')}
                  rowKey="id"
                  size="small"
                  loading={loading}
                  dataSource={data?.mine ?? []}
                  columns={columns(t, et, false, narrow, mayDelete, (h) => void remove(h))}
                  scroll={narrow ? undefined : { x: 640 }}
                  pagination={{ pageSize: 8, hideOnSinglePage: true }}
                  locale={{
                    emptyText:
                      // a new unit's filler: where the year starts, not only "nothing here"
                      isFiller && data ? (
                        <Empty
                          data-testid="wb-first-steps"
                          description={
                            <Space orientation="vertical" size={4} style={{ maxWidth: 520, whiteSpace: 'normal' }}>
                              <span>{t('wb.firstSteps')}</span>
                              <Link to={`/targets?year=${data.year}`}>{t('wb.firstTargets', { year: data.year })}</Link>
                              <Typography.Text type="secondary">{t('wb.firstLater')}</Typography.Text>
                            </Space>
                          }
                        />
                      ) : (
                        <Empty description={t('wb.emptyMine')} />
                      ),
                  }}
                />
              </Card>
            )}
            {(mayReview || (data?.toReview.length ?? 0) > 0) && (
              <Card id="wb-review" title={t('wb.toReview')} size="small">
                <Table<EvaluationHeader>
                  aria-label={t('wb.toReview')}
                  rowKey="id"
                  size="small"
                  loading={loading}
                  dataSource={data?.toReview ?? []}
                  columns={columns(t, et, true, narrow)}
                  scroll={narrow ? undefined : { x: 640 }}
                  pagination={{ pageSize: 8, hideOnSinglePage: true }}
                  locale={{ emptyText: <Empty description={t('wb.emptyReview')} /> }}
                />
              </Card>
            )}
          </Space>
        </Col>
        <Col xs={24} lg={7}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card title={t('wb.chart')} size="small">
              {chartData.length ? <LazyStatusChart data={chartData} label={t('wb.chart')} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
            </Card>
            <Card title={t('wb.notifications')} size="small">
              <List
                size="small"
                aria-label={t('wb.notifications')}
                dataSource={data?.notifications ?? []}
                locale={{ emptyText: <Typography.Text>{t('common.none')}</Typography.Text> }}
                renderItem={(n) => (
                  <List.Item>
                    <Space orientation="vertical" size={0}>
                      {n.evaluationId ? (
                        <Link to={`/evaluations/${n.evaluationId}`}>{lang === 'en' ? noticeInEnglish(n.message) : n.message}</Link>
                      ) : lang === 'en' ? (
                        noticeInEnglish(n.message)
                      ) : (
                        n.message
                      )}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {fmtTime(n.createdAt)}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
            {(data?.overdue.length ?? 0) > 0 && (
              <Card title={t('wb.overdue')} size="small">
                <List
                  size="small"
                  aria-label={t('wb.overdue')}
                  dataSource={data?.overdue ?? []}
                  renderItem={(o) => (
                    // the unit on its own line, then the date and where it stands, each kept whole on a phone
                    // (a unit that never started read "—"; the date broke as "2023-07-" / "31")
                    <List.Item data-overdue-unit={o.unitName}>
                      <Space orientation="vertical" size={0}>
                        <span>{o.unitName}</span>
                        <Space size={8} wrap>
                          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                            {t('wb.deadline')} {o.dueDate}
                          </Typography.Text>
                          <Tag color={o.status === 'missing' ? 'red' : undefined} style={{ marginInlineEnd: 0 }}>
                            {o.status === 'missing' ? t('wb.notStarted') : t(`status.${o.status as EvaluationHeader['status']}`)}
                          </Tag>
                        </Space>
                      </Space>
                    </List.Item>
                  )}
                />
              </Card>
            )}
          </Space>
        </Col>
      </Row>
      {creating && data && (
        <NewEvaluationDialog
          open
          year={newEvaluationYear(
            year ?? data.year,
            roles.filter((r) => r.role === 'filler' && r.unitId).map((r) => r.unitId!),
            data.mine,
            YEARS[0]!,
          )}
          years={YEARS}
          onClose={() => setCreating(false)}
        />
      )}
    </Space>
  );
}
