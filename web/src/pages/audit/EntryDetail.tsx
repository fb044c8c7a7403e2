// One audit entry opened: the changes of a save in the reviewer's labels, the raw before/after
// (collapsed) and the entry's hash.
import { Alert, Collapse, Spin, Table, Typography } from 'antd';
import { getAuditEntry } from '../../api.js';
import { useI18n } from '../../i18n/index.js';
import { englishChangeLabel } from '../../lib/changeLabel.js';
import { useLoad } from '../../lib/useLoad.js';
import { useAt } from './i18n.js';

const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
const pretty = (v: unknown) => (v === null || v === undefined ? '—' : JSON.stringify(v, null, 2));

export function EntryDetail({ id }: { id: string }) {
  const at = useAt();
  const { t, lang } = useI18n();
  const entry = useLoad(() => getAuditEntry(id), [id]);
  if (entry.error) return <Alert type="error" showIcon title={at('audit.loadFailed', { message: entry.error.message })} />;
  if (!entry.data) return <Spin size="small" />;
  const e = entry.data;
  return (
    <div data-audit-detail={e.id}>
      {e.changes && (
        <>
          <Typography.Text strong>{e.changes.length ? at('audit.changes', { n: e.changes.length }) : at('audit.noChanges')}</Typography.Text>
          {e.changes.length > 0 && (
            <Table
              size="small"
              rowKey="path"
              pagination={e.changes.length > 20 ? { pageSize: 20 } : false}
              dataSource={e.changes}
              columns={[
                {
                  title: at('audit.col.object'),
                  key: 'label',
                  render: (_: unknown, c: { path: string; label: string }) => (lang === 'en' ? englishChangeLabel(t, c) : c.label),
                },
                { title: at('audit.before'), dataIndex: 'before', render: show },
                { title: at('audit.after'), dataIndex: 'after', render: show },
              ]}
            />
          )}
        </>
      )}
      {(e.before !== null || e.after !== null) && (
        <Collapse
          size="small"
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'raw',
              label: at('audit.raw'),
              children: (
                <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
                  {(['before', 'after'] as const).map((k) => (
                    <div key={k}>
                      <Typography.Text type="secondary">{at(`audit.${k}`)}</Typography.Text>
                      <pre style={{ maxHeight: 320, overflow: 'auto', fontSize: 12, margin: 0 }}>{pretty(e[k])}</pre>
                    </div>
                  ))}
                </div>
              ),
            },
          ]}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {at('audit.hash', { hash: e.hash ?? '—' })}
      </Typography.Text>
    </div>
  );
}
