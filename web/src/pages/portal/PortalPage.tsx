// 公开: published self-evaluations for everyone (no login). Search by year and name, read the report
// as HTML in the page, download .docx/.pdf, and see published units' figures rolled up.
import { DownloadOutlined, FileTextOutlined, LoginOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Drawer, Input, Layout, Select, Space, Table, Typography } from 'antd';
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
  const year = Number(params.get('year')) || undefined;
  const q = params.get('q') ?? '';
  const [reading, setReading] = useState<Published | null>(null);

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

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16, background: '#fff', borderBottom: '1px solid #eee' }}>
        <Typography.Title level={1} style={{ margin: 0, fontWeight: 600, fontSize: 18, color: '#b5232f', whiteSpace: 'nowrap' }}>
          {dt('pub.title')}
        </Typography.Title>
        <Typography.Text type="secondary" style={{ flex: 1 }}>
          {dt('pub.subtitle')}
        </Typography.Text>
        <LanguageSwitch />
        <Link to="/login">
          <LoginOutlined /> {dt('pub.login')}
        </Link>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
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
              style={{ width: 360 }}
            />
          </Space>
          {error && <Alert type="error" showIcon title={t('common.error', { message: error.message })} />}
          <Card size="small" title={dt('pub.headline', { year: headlineYear })} loading={headline.loading && !headline.data} data-testid="public-headline">
            {headline.data && headline.data.year === headlineYear && <PublicHeadline data={headline.data} />}
          </Card>
          <Card size="small" title={dt('pub.list')} extra={list.data && dt('pub.total', { n: list.data.evaluations.length })}>
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
                      <Button size="small" type="primary" icon={<FileTextOutlined />} aria-label={`${dt('pub.view')} ${e.title}`} onClick={() => setReading(e)}>
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
          </Card>
        </Space>
        <Drawer
          open={reading !== null}
          onClose={() => setReading(null)}
          title={reading?.title}
          size={Math.min(960, typeof window === 'undefined' ? 960 : window.innerWidth - 32)}
          extra={
            reading && (
              <Space>
                <Button href={reportUrl(reading.id, 'html')} target="_blank" rel="noopener">
                  {dt('pub.openTab')}
                </Button>
                <Button icon={<DownloadOutlined />} href={reportUrl(reading.id, 'docx')} download>
                  .docx
                </Button>
                <Button icon={<DownloadOutlined />} href={reportUrl(reading.id, 'pdf')} download>
                  .pdf
                </Button>
              </Space>
            )
          }
        >
          {reading && <ReportFrame url={reportUrl(reading.id, 'html')} title={reading.title} />}
        </Drawer>
      </Layout.Content>
    </Layout>
  );
}
