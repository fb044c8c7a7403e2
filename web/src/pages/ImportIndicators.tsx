// The indicator rows an imported report's own tables hold: each with its 年度指标值, 实际完成值, 分值 and 得分,
// and the framework leaf it filled (未入: listed under what could not be placed, with the reason).
import { Table, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/index.js';

export interface ImportedIndicatorRow {
  level1: string | null;
  level2: string | null;
  name: string;
  target: string | null;
  actual: string | null;
  weight: string | null;
  score: string | null;
  code: string | null;
}

export function ImportIndicators({ rows, totals }: { rows: ImportedIndicatorRow[]; totals: { weight: string | null; score: string | null }[] }) {
  const { t } = useI18n();
  const filled = rows.filter((r) => r.code).length;
  return (
    <div data-testid="import-indicators" style={{ marginTop: 12 }}>
      <Typography.Text strong>{t('import.indicators', { n: rows.length, filled })}</Typography.Text>
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, size: 'small', simple: true } : false}
        scroll={{ x: 640 }}
        columns={[
          {
            title: t('import.indicator'),
            key: 'name',
            render: (_, r) => (
              <span style={{ overflowWrap: 'anywhere' }}>
                {[r.level1, r.level2].filter(Boolean).join(' / ')}
                {r.level1 || r.level2 ? ' / ' : ''}
                <Typography.Text strong>{r.name}</Typography.Text>
              </span>
            ),
          },
          { title: t('import.target'), dataIndex: 'target', render: (v: string | null) => v ?? '—' },
          { title: t('import.actual'), dataIndex: 'actual', render: (v: string | null) => v ?? '—' },
          { title: t('import.weight'), dataIndex: 'weight', width: 64, render: (v: string | null) => v ?? '—' },
          { title: t('import.score'), dataIndex: 'score', width: 64, render: (v: string | null) => v ?? '—' },
          {
            title: t('import.leaf'),
            dataIndex: 'code',
            width: 90,
            render: (v: string | null) => (v ? <Tag color="blue">{v}</Tag> : <Tag color="orange">{t('import.notFilled')}</Tag>),
          },
        ]}
      />
      {totals.map((x, i) => (
        <Typography.Text key={i} type="secondary" style={{ display: 'block' }}>
          {t('import.indicatorTotal', { weight: x.weight ?? '—', score: x.score ?? '—' })}
        </Typography.Text>
      ))}
    </div>
  );
}
