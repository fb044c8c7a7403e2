// 工作台: my evaluations, submissions waiting for my review, overdue units, notifications.
import { Alert, Card, Col, Empty, List, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, qs, type EvaluationHeader, type Workbench } from '../api.js';
import { LazyStatusChart } from '../components/LazyChart.js';
import { StatusTag } from '../components/StatusTag.js';
import { useI18n, type T } from '../i18n/index.js';
import { useLoad } from '../lib/useLoad.js';

const YEARS = Array.from({ length: new Date().getFullYear() - 2015 }, (_, i) => new Date().getFullYear() - i);

function columns(t: T, review: boolean) {
  return [
    { title: t('common.unit'), dataIndex: 'unitName', key: 'unit' },
    { title: t('common.year'), dataIndex: 'year', key: 'year', width: 80 },
    { title: t('common.title'), dataIndex: 'title', key: 'title', ellipsis: true },
    { title: t('common.status'), dataIndex: 'status', key: 'status', width: 100, render: (_: unknown, h: EvaluationHeader) => <StatusTag status={h.status} /> },
    { title: t('common.updatedAt'), dataIndex: 'updatedAt', key: 'updatedAt', width: 170, render: (d: string) => (d ? new Date(d).toLocaleString() : '') },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_: unknown, h: EvaluationHeader) => (
        <Link to={review ? `/evaluations/${h.id}/review` : `/evaluations/${h.id}`} aria-label={`${review ? t('common.review') : t('common.open')} ${h.title}`}>
          {review ? t('common.review') : t('common.open')}
        </Link>
      ),
    },
  ];
}


export default function WorkbenchPage() {
  const { t } = useI18n();
  // No year chosen: the server picks its default and says which year it shows.
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || undefined;
  const { data, error, loading } = useLoad(() => api<Workbench>('GET', `/api/workbench${qs({ year })}`), [year]);
  const chartData = useMemo(() => {
    const counts = new Map<string, number>();
    for (const h of [...(data?.mine ?? []), ...(data?.toReview ?? [])]) counts.set(h.status, (counts.get(h.status) ?? 0) + 1);
    return [...counts].map(([s, value]) => ({ name: t(`status.${s as EvaluationHeader['status']}`), value }));
  }, [data, t]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
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
        {data?.deadline && <Tag color="orange">{t('wb.deadline')}{t('common.colon')}{data.deadline}</Tag>}
      </Space>
      {error && <Alert type="error" title={t('common.error', { message: error.message })} />}
      <Row gutter={16}>
        <Col span={17}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card id="wb-mine" title={t('wb.mine')} size="small">
              <Table<EvaluationHeader>
                aria-label={t('wb.mine')}
                rowKey="id"
                size="small"
                loading={loading}
                dataSource={data?.mine ?? []}
                columns={columns(t, false)}
                pagination={{ pageSize: 8, hideOnSinglePage: true }}
                locale={{ emptyText: <Empty description={t('wb.emptyMine')} /> }}
              />
            </Card>
            <Card id="wb-review" title={t('wb.toReview')} size="small">
              <Table<EvaluationHeader>
                aria-label={t('wb.toReview')}
                rowKey="id"
                size="small"
                loading={loading}
                dataSource={data?.toReview ?? []}
                columns={columns(t, true)}
                pagination={{ pageSize: 8, hideOnSinglePage: true }}
                locale={{ emptyText: <Empty description={t('wb.emptyReview')} /> }}
              />
            </Card>
          </Space>
        </Col>
        <Col span={7}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card title={t('wb.chart')} size="small">
              {chartData.length ? <LazyStatusChart data={chartData} label={t('wb.chart')} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
            </Card>
            <Card title={t('wb.notifications')} size="small">
              <List size="small" aria-label={t('wb.notifications')} dataSource={data?.notifications ?? []} locale={{ emptyText: t('common.none') }} renderItem={(n) => (
                  <List.Item>
                    <Space orientation="vertical" size={0}>
                      {n.evaluationId ? <Link to={`/evaluations/${n.evaluationId}`}>{n.message}</Link> : n.message}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {new Date(n.createdAt).toLocaleString()}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
            {(data?.overdue.length ?? 0) > 0 && (
              <Card title={t('wb.overdue')} size="small">
                <List size="small" aria-label={t('wb.overdue')} dataSource={data?.overdue ?? []} renderItem={(o) => (
                  <List.Item>
                    {o.unitName} · {t('wb.deadline')} {o.dueDate} · {o.status === 'missing' ? '—' : t(`status.${o.status as EvaluationHeader['status']}`)}
                  </List.Item>
                )}
              />
              </Card>
            )}
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
