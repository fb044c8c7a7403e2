// 指标体系 list: every version of every framework code; administrators open, copy and freeze,
// everyone else reads.
import { Alert, App, Button, Card, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { FrameworkKind } from '../../../../src/domain/types.js';
import type { FrameworkSummary } from '../../../../src/domain/wire.js';
import { freezeFramework, listFrameworks } from '../../api.js';
import { useAuth } from '../../auth.js';
import { useI18n } from '../../i18n/index.js';
import { useLoad } from '../../lib/useLoad.js';
import { CopyDialog } from './CopyDialog.js';
import { kindLabel, useFt } from './i18n.js';

export type { FrameworkSummary };

/** Frameworks are shared by every unit: only a deployment-wide admin edits them (the server says the same). */
export const useIsAdmin = () => useAuth().user?.roles.some((r) => r.role === 'admin' && r.unitId === null) ?? false;

export default function FrameworksPage() {
  const ft = useFt();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const admin = useIsAdmin();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const code = params.get('code') ?? undefined;
  const [copying, setCopying] = useState<FrameworkSummary | null>(null);
  const all = useLoad(() => listFrameworks(), []);
  const list = useLoad(() => listFrameworks(code === undefined ? {} : { code }), [code]);
  const codes = useMemo(() => [...new Map((all.data?.frameworks ?? []).map((f) => [f.code, f.name])).entries()], [all.data]);

  const freeze = async (f: FrameworkSummary) => {
    try {
      await freezeFramework(f.id);
      message.success(ft('fw.freeze.done'));
      void list.reload();
    } catch (e) {
      message.error(ft('fw.failed', { message: (e as Error).message }));
    }
  };

  const columns: ColumnsType<FrameworkSummary> = [
    { title: ft('fw.col.code'), dataIndex: 'code', width: 170 },
    { title: ft('fw.col.name'), dataIndex: 'name', render: (v: string, f) => <Link to={`/frameworks/${encodeURIComponent(f.id)}`}>{v}</Link> },
    { title: ft('fw.col.kind'), dataIndex: 'kind', width: 130, render: (k: FrameworkKind) => kindLabel(ft, k) },
    { title: ft('fw.col.year'), dataIndex: 'year', width: 90, render: (y: number | null) => (y === null ? ft('fw.noYear') : ft('fw.year', { year: y })) },
    { title: ft('fw.col.version'), dataIndex: 'version', width: 80, render: (n: number) => ft('fw.version', { n }) },
    {
      title: ft('fw.col.frozen'),
      dataIndex: 'frozen',
      width: 90,
      render: (fz: boolean) =>
        fz ? (
          <Tag color="blue" data-frozen="true">
            {ft('fw.frozen')}
          </Tag>
        ) : (
          <Tag data-frozen="false">{ft('fw.open')}</Tag>
        ),
    },
    { title: ft('fw.col.indicators'), dataIndex: 'indicatorCount', width: 80, align: 'right', render: (n: number) => ft('fw.count', { n }) },
    {
      title: ft('fw.col.actions'),
      key: 'actions',
      width: 260,
      render: (_, f) => (
        <Space size="small" wrap>
          <Link to={`/frameworks/${encodeURIComponent(f.id)}`}>{admin && !f.frozen ? ft('fw.edit') : ft('fw.view')}</Link>
          {admin && (
            <Button size="small" onClick={() => setCopying(f)}>
              {ft('fw.copy')}
            </Button>
          )}
          {admin && !f.frozen && (
            <Popconfirm title={ft('fw.freeze.confirm')} okText={ft('fw.freeze')} cancelText={ft('fw.cancel')} onConfirm={() => freeze(f)}>
              <Button size="small" danger>
                {ft('fw.freeze')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {ft('fw.title')}
          </Typography.Title>
        }
      >
        <Typography.Paragraph type="secondary">{ft('fw.hint')}</Typography.Paragraph>
        {!admin && <Alert type="info" showIcon title={ft('fw.readOnly')} style={{ marginBottom: 12 }} data-testid="fw-readonly" />}
        <Select
          allowClear
          showSearch
          aria-label={ft('fw.filterCode')}
          placeholder={ft('fw.filterCode')}
          style={{ width: 320 }}
          value={code}
          options={codes.map(([c, name]) => ({ value: c, label: `${c}（${name}）` }))}
          onChange={(v: string | undefined) => setParams(v ? { code: v } : {})}
        />
      </Card>
      {list.error && <Alert type="error" showIcon title={ft('fw.loadFailed', { message: list.error.message })} />}
      <Table<FrameworkSummary>
        key={lang}
        id="fw-list"
        size="small"
        rowKey="id"
        aria-label={ft('fw.title')}
        columns={columns}
        dataSource={list.data?.frameworks ?? []}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 1000 }}
      />
      <CopyDialog source={copying} onClose={() => setCopying(null)} onCopied={(f) => navigate(`/frameworks/${encodeURIComponent(f.id)}`)} />
    </Space>
  );
}
