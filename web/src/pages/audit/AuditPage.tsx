// 审计日志: browse the hash-chained log by unit (and its subtree), user, date and action; a row
// opens to show what changed (the reviewer's labels for a save) and the raw before/after.
import { useDateFormats } from '../../components/DateField.js';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { AuditListEntry } from '../../../../src/domain/wire.js';
import { browseAudit, searchUnits } from '../../api.js';
import { useI18n } from '../../i18n/index.js';
import { EntryDetail } from './EntryDetail.js';
import { ACTIONS, actionLabel, entityLabel, useAt } from './i18n.js';
import { fmtTime } from '../../lib/time.js';

interface Filters {
  unitId?: string;
  subtree: boolean;
  user?: string;
  from?: string;
  to?: string;
  action?: string;
}

const PAGE = 50;

function UnitPicker(props: { value?: string; onChange: (id: string | undefined) => void }) {
  const at = useAt();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const seq = useRef(0);
  const search = (q: string) => {
    const n = ++seq.current;
    if (!q.trim()) return setOptions([]);
    void searchUnits({ q: q.trim(), limit: 20 }).then(
      (r) => n === seq.current && setOptions(r.units.map((u) => ({ value: u.id, label: u.name }))),
      () => n === seq.current && setOptions([]),
    );
  };
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: search }}
      allowClear
      aria-label={at('audit.unit')}
      placeholder={at('audit.unitPlaceholder')}
      style={{ width: 240 }}
      value={props.value}
      options={options}
      onChange={(v: string | undefined) => props.onChange(v)}
    />
  );
}

export default function AuditPage() {
  const dateFormats = useDateFormats();
  const at = useAt();
  const { lang, t } = useI18n();
  const [form] = Form.useForm();
  const [filters, setFilters] = useState<Filters>({ subtree: true });
  const [rows, setRows] = useState<AuditListEntry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  const load = useCallback(async (f: Filters, before: string | null) => {
    const n = ++seq.current;
    setLoading(true);
    try {
      const page = await browseAudit({
        unitId: f.unitId,
        subtree: f.unitId ? f.subtree : undefined,
        user: f.user,
        from: f.from,
        to: f.to,
        action: f.action,
        before: before ?? undefined,
        limit: PAGE,
      });
      if (n !== seq.current) return;
      setRows((old) => (before ? [...old, ...page.entries] : page.entries));
      setNext(page.next);
      setError(null);
    } catch (e) {
      if (n === seq.current) setError((e as Error).message);
    } finally {
      if (n === seq.current) setLoading(false);
    }
  }, []);
  useEffect(() => void load(filters, null), [filters, load]);

  const columns: ColumnsType<AuditListEntry> = [
    { title: at('audit.col.at'), dataIndex: 'at', width: 170, render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{fmtTime(v)}</span> },
    {
      title: at('audit.col.user'),
      key: 'user',
      width: 140,
      render: (_, r) => (r.user ? `${r.user.displayName || r.user.username}${t('common.paren', { x: r.user.username })}` : at('audit.system')),
    },
    { title: at('audit.col.action'), dataIndex: 'action', width: 140, render: (v: string) => <span data-action={v}>{actionLabel(at, v)}</span> },
    { title: at('audit.col.unit'), key: 'unit', render: (_, r) => r.unit?.name ?? '—' },
    {
      title: at('audit.col.object'),
      key: 'object',
      width: 150,
      render: (_, r) =>
        r.entity === 'evaluation' && r.entityId ? (
          <Link to={`/evaluations/${encodeURIComponent(r.entityId)}`}>{`${entityLabel(at, r.entity)} #${r.entityId}`}</Link>
        ) : (
          `${entityLabel(at, r.entity)}${r.entityId ? ` ${r.entityId}` : ''}`
        ),
    },
    { title: at('audit.col.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {at('audit.title')}
          </Typography.Title>
        }
      >
        <Typography.Paragraph type="secondary">{at('audit.hint')}</Typography.Paragraph>
        <Form
          form={form}
          layout="inline"
          initialValues={{ subtree: true }}
          onFinish={(v: { unitId?: string; subtree: boolean; user?: string; action?: string; range?: [string, string] }) =>
            setFilters({
              unitId: v.unitId,
              subtree: v.subtree,
              user: v.user?.trim() || undefined,
              from: v.range?.[0] || undefined,
              to: v.range?.[1] || undefined,
              action: v.action,
            })
          }
        >
          <Form.Item name="unitId" label={at('audit.unit')}>
            <UnitPicker onChange={(id) => form.setFieldValue('unitId', id)} />
          </Form.Item>
          <Form.Item name="subtree" valuePropName="checked">
            <Checkbox>{at('audit.subtree')}</Checkbox>
          </Form.Item>
          <Form.Item name="user" label={at('audit.user')}>
            <Input allowClear style={{ width: 140 }} aria-label={at('audit.user')} />
          </Form.Item>
          <Form.Item name="dates" label={at('audit.dates')}>
            <DatePicker.RangePicker
              aria-label={at('audit.dates')}
              // beside its label on a 390 px phone (it ran 63 px off the screen)
              style={{ width: 'min(280px, calc(100vw - 170px))' }}
              format={dateFormats}
              onChange={(d) => form.setFieldValue('range', d && d[0] && d[1] ? [d[0].format('YYYY-MM-DD'), d[1].format('YYYY-MM-DD')] : undefined)}
            />
          </Form.Item>
          <Form.Item name="range" hidden>
            <Input />
          </Form.Item>
          <Form.Item name="action" label={at('audit.action')}>
            <Select
              allowClear
              aria-label={at('audit.action')}
              placeholder={at('audit.anyAction')}
              style={{ width: 180 }}
              options={ACTIONS.map((a) => ({ value: a, label: actionLabel(at, a) }))}
            />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {at('audit.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setFilters({ subtree: true });
                }}
              >
                {at('audit.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      {error && <Alert type="error" showIcon title={at('audit.loadFailed', { message: error })} />}
      <Table<AuditListEntry>
        key={lang}
        size="small"
        rowKey="id"
        aria-label={at('audit.title')}
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{ columnTitle: <span className="sr-only">{at('audit.col.detail')}</span>, expandedRowRender: (r) => <EntryDetail id={r.id} /> }}
        footer={() =>
          next ? (
            <Button onClick={() => void load(filters, next)} loading={loading}>
              {at('audit.more')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{at('audit.end')}</Typography.Text>
          )
        }
      />
    </Space>
  );
}
