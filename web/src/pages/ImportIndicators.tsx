// The indicator rows an imported report's own tables hold: each with its 年度指标值, 实际完成值, 分值 and 得分,
// and the framework leaf it filled (未入: listed under what could not be placed, with the reason).
// Phone: one PhoneLine per row (as the editor's tables), so the actual and the score need no sideways swipe.
// Both show PAGE rows at a time under the same pager with the range and count (a report may hold 200 rows).
import { Grid, Pagination, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { PhoneLine } from '../components/PhoneLine.js';
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
  /** Why no leaf took it (only when code is null). */
  why?: string;
}

const path = (r: ImportedIndicatorRow): ReactNode => (
  <span style={{ overflowWrap: 'anywhere' }}>
    {[r.level1, r.level2].filter(Boolean).join(' / ')}
    {r.level1 || r.level2 ? ' / ' : ''}
    <Typography.Text strong>{r.name}</Typography.Text>
  </span>
);

const PAGE = 20;

function PhoneRows({ rows, first }: { rows: ImportedIndicatorRow[]; first: number }) {
  const { t } = useI18n();
  return (
    <div>
      {rows.map((r, i) => (
        <PhoneLine
          key={first + i}
          testId={`import-indicator-${first + i}`}
          name={path(r)}
          cells={[
            { label: `${t('import.target')} → ${t('import.actual')}`, node: <span>{`${r.target ?? '—'} → ${r.actual ?? '—'}`}</span>, wide: true },
            { label: `${t('import.weight')} / ${t('import.score')}`, node: <span>{`${r.weight ?? '—'} / ${r.score ?? '—'}`}</span> },
            {
              label: t('import.leaf'),
              node: r.code ? (
                <Tag color="blue">{r.code}</Tag>
              ) : (
                <span style={{ overflowWrap: 'anywhere' }}>
                  <Tag color="orange">{t('import.notFilled')}</Tag>
                  {r.why && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.why}
                    </Typography.Text>
                  )}
                </span>
              ),
              wide: !r.code && !!r.why,
            },
          ]}
        />
      ))}
    </div>
  );
}

export function ImportIndicators({ rows, totals }: { rows: ImportedIndicatorRow[]; totals: { weight: string | null; score: string | null }[] }) {
  const { t } = useI18n();
  const filled = rows.filter((r) => r.code).length;
  const phone = Grid.useBreakpoint().md === false;
  // the page belongs to these rows: another file's preview starts on its first page
  const [at, setAt] = useState({ rows, page: 1 });
  const current = at.rows === rows ? at.page : 1;
  const first = (current - 1) * PAGE;
  const shown = rows.slice(first, first + PAGE);
  return (
    <div data-testid="import-indicators" style={{ marginTop: 12 }}>
      <Typography.Text strong>{t('import.indicators', { n: rows.length, filled })}</Typography.Text>
      {phone ? (
        <PhoneRows rows={shown} first={first} />
      ) : (
        <Table
          size="small"
          rowKey={(_, i) => String(first + (i ?? 0))}
          dataSource={shown}
          pagination={false}
          scroll={{ x: 640 }}
          columns={[
            {
              title: t('import.indicator'),
              key: 'name',
              render: (_, r) => path(r),
            },
            { title: t('import.target'), dataIndex: 'target', render: (v: string | null) => v ?? '—' },
            { title: t('import.actual'), dataIndex: 'actual', render: (v: string | null) => v ?? '—' },
            { title: t('import.weight'), dataIndex: 'weight', width: 64, render: (v: string | null) => v ?? '—' },
            { title: t('import.score'), dataIndex: 'score', width: 64, render: (v: string | null) => v ?? '—' },
            {
              title: t('import.leaf'),
              dataIndex: 'code',
              width: 90,
              render: (v: string | null, r) =>
                v ? (
                  <Tag color="blue">{v}</Tag>
                ) : (
                  <Tag color="orange" title={r.why}>
                    {t('import.notFilled')}
                  </Tag>
                ),
            },
          ]}
        />
      )}
      {rows.length > PAGE && (
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 8, marginTop: 8 }}>
          <Typography.Text type="secondary" data-testid="import-indicators-range">
            {t('import.rowsShown', { from: first + 1, to: first + shown.length, n: rows.length })}
          </Typography.Text>
          <Pagination
            size="small"
            simple
            current={current}
            pageSize={PAGE}
            total={rows.length}
            showSizeChanger={false}
            onChange={(page) => setAt({ rows, page })}
          />
        </div>
      )}
      {totals.map((x, i) => (
        <Typography.Text key={i} type="secondary" style={{ display: 'block' }}>
          {t('import.indicatorTotal', { weight: x.weight ?? '—', score: x.score ?? '—' })}
        </Typography.Text>
      ))}
    </div>
  );
}
