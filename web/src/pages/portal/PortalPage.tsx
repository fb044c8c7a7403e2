// 公开: published self-evaluations for everyone (no login). Search by year and name, read the report
// as HTML in the page, download .docx/.pdf, and see published units' figures rolled up.
import { yearParam } from '../../lib/yearParam.js';
import { DownloadOutlined, FileTextOutlined, LoginOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Drawer, Flex, Grid, Input, Layout, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { getPublicHeadline, listPublicEvaluations, publicReportUrl as reportUrl, type EvaluationHeader } from '../../api.js';
import { useI18n } from '../../i18n/index.js';
import { useLoad } from '../../lib/useLoad.js';
import { DEFAULT_YEAR, YEARS } from '../dashboard/paths.js';
import { fmtScore } from '../dashboard/format.js';
import { labelOf, useDt } from '../dashboard/i18n.js';
import { PublicHeadline } from './PublicHeadline.js';
import { ReportFrame } from './ReportFrame.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';

type Published = EvaluationHeader;

export default function PortalPage() {
  const { t } = useI18n();
  const dt = useDt();
  const [params, setParams] = useSearchParams();
  const year = yearParam(params.get('year'));
  const q = params.get('q') ?? '';
  const [reading, setReading] = useState<Published | null>(null);
  // A phone gets the list as cards: a five-column table at 390 px stacks a unit's name one character a line.
  const phone = !Grid.useBreakpoint().md;

  const list = useLoad(() => listPublicEvaluations({ year, q }), [year, q]);
  // Without a chosen year: the latest year anything was published, else last year.
  const latest = list.data?.evaluations.reduce((m, e) => Math.max(m, e.year), 0) || DEFAULT_YEAR;
  const headlineYear = year ?? latest;
  const headline = useLoad(() => getPublicHeadline({ year: headlineYear }), [headlineYear]);
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
  };
  const error = list.error ?? headline.error;
  const readingActions = (e: Published) => (
    <Space wrap>
      <Button href={reportUrl(e.id, 'html')} target="_blank" rel="noopener">
        {dt('pub.openTab')}
      </Button>
      <Button icon={<DownloadOutlined />} href={reportUrl(e.id, 'docx')} download>
        .docx
      </Button>
      <Button icon={<DownloadOutlined />} href={reportUrl(e.id, 'pdf')} download>
        .pdf
      </Button>
    </Space>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: phone ? 8 : 16,
          paddingInline: phone ? 12 : 16,
          background: '#fff',
          borderBottom: '1px solid #eee',
        }}
      >
        <Typography.Title level={1} style={{ margin: 0, fontWeight: 600, fontSize: 18, color: '#b5232f', whiteSpace: 'nowrap', flex: phone ? 1 : undefined }}>
          {dt('pub.title')}
        </Typography.Title>
        {!phone && (
          <Typography.Text type="secondary" style={{ flex: 1 }}>
            {dt('pub.subtitle')}
          </Typography.Text>
        )}
        <LanguageSwitch />
        <Link to="/login" style={{ whiteSpace: 'nowrap' }}>
          <LoginOutlined /> {dt('pub.login')}
        </Link>
      </Layout.Header>
      <Layout.Content style={{ padding: phone ? 12 : 16 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {phone && <Typography.Text type="secondary">{dt('pub.subtitle')}</Typography.Text>}
          <Flex wrap gap={8}>
            <Select<number | 0>
              aria-label={t('common.year')}
              value={year ?? 0}
              onChange={(y) => set('year', y ? String(y) : undefined)}
              showSearch
              style={{ width: 130 }}
              options={[{ value: 0, label: dt('pub.allYears') }, ...YEARS.map((y) => ({ value: y, label: String(y) }))]}
            />
            <Input.Search
              key={q}
              aria-label={dt('pub.search')}
              placeholder={dt('pub.search')}
              defaultValue={q}
              allowClear
              enterButton={t('common.search')}
              onSearch={(v) => set('q', v.trim() || undefined)}
              style={{ width: phone ? '100%' : 360 }}
            />
          </Flex>
          {error && <Alert type="error" showIcon title={t('common.error', { message: error.message })} />}
          <Card size="small" title={dt('pub.headline', { year: headlineYear })} loading={headline.loading && !headline.data} data-testid="public-headline">
            {headline.data && headline.data.year === headlineYear && <PublicHeadline data={headline.data} />}
          </Card>
          <Card size="small" title={dt('pub.list')} extra={list.data && dt('pub.total', { n: list.data.evaluations.length })}>
            {phone ? (
              <PublishedCards items={list.data?.evaluations ?? []} loading={list.loading} onRead={setReading} />
            ) : (
              <Table<Published>
                rowKey="id"
                size="small"
                loading={list.loading}
                dataSource={list.data?.evaluations ?? []}
                aria-label={dt('pub.list')}
                locale={{ emptyText: dt('pub.none') }}
                pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
                columns={[
                  { title: t('common.year'), dataIndex: 'year', width: 80 },
                  { title: t('common.unit'), dataIndex: 'unitName', width: 220 },
                  { title: dt('pub.col.title'), dataIndex: 'title' },
                  {
                    title: dt('pub.col.score'),
                    key: 'score',
                    width: 110,
                    render: (_: unknown, e) => (e.totalScore ? `${fmtScore(e.totalScore)}${e.grade ? `（${labelOf(dt, 'grade', e.grade)}）` : ''}` : '—'),
                  },
                  {
                    title: t('common.actions'),
                    key: 'a',
                    width: 260,
                    render: (_: unknown, e) => (
                      <Space size="small">
                        <Button
                          size="small"
                          type="primary"
                          icon={<FileTextOutlined />}
                          aria-label={`${dt('pub.view')} ${e.title}`}
                          onClick={() => setReading(e)}
                        >
                          {dt('pub.view')}
                        </Button>
                        <Button size="small" icon={<DownloadOutlined />} href={reportUrl(e.id, 'docx')} download>
                          .docx
                        </Button>
                        <Button size="small" icon={<DownloadOutlined />} href={reportUrl(e.id, 'pdf')} download>
                          .pdf
                        </Button>
                      </Space>
                    ),
                  },
                ]}
              />
            )}
          </Card>
        </Space>
        <Drawer
          open={reading !== null}
          onClose={() => setReading(null)}
          title={reading?.title}
          size={phone && typeof window !== 'undefined' ? window.innerWidth : Math.min(960, typeof window === 'undefined' ? 960 : window.innerWidth - 32)}
          extra={reading && !phone && readingActions(reading)}
        >
          {reading && phone && <div style={{ marginBottom: 12 }}>{readingActions(reading)}</div>}
          {reading && <ReportFrame url={reportUrl(reading.id, 'html')} title={reading.title} />}
        </Drawer>
      </Layout.Content>
    </Layout>
  );
}

/** The published list on a phone: one card per report, title first, actions that wrap. */
function PublishedCards({ items, loading, onRead }: { items: Published[]; loading: boolean; onRead: (e: Published) => void }) {
  const dt = useDt();
  if (loading && items.length === 0) return <Card size="small" loading />;
  if (items.length === 0) return <Typography.Text type="secondary">{dt('pub.none')}</Typography.Text>;
  return (
    <Flex vertical gap={8} role="list" aria-label={dt('pub.list')}>
      {items.map((e) => (
        <Card key={e.id} size="small" role="listitem" data-testid="published-card">
          <Typography.Text strong style={{ display: 'block' }}>
            {e.title}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', margin: '4px 0 8px' }}>
            {`${e.unitName} · ${e.year}`}
            {' · '}
            {`${dt('pub.col.score')} ${e.totalScore ? `${fmtScore(e.totalScore)}${e.grade ? `（${labelOf(dt, 'grade', e.grade)}）` : ''}` : '—'}`}
          </Typography.Text>
          <Flex wrap gap={8}>
            <Button type="primary" icon={<FileTextOutlined />} aria-label={`${dt('pub.view')} ${e.title}`} onClick={() => onRead(e)} style={{ minHeight: 40 }}>
              {dt('pub.view')}
            </Button>
            <Button icon={<DownloadOutlined />} href={reportUrl(e.id, 'docx')} download style={{ minHeight: 40 }}>
              .docx
            </Button>
            <Button icon={<DownloadOutlined />} href={reportUrl(e.id, 'pdf')} download style={{ minHeight: 40 }}>
              .pdf
            </Button>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
