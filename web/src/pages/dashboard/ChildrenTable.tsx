// The children of a unit with their status; missing and unsubmitted ones are highlighted.
// A row click opens that child's dashboard.
import { Switch, Table, Tag } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import type { EvaluationStatus } from '../../api.js';
import { StatusTag } from '../../components/StatusTag.js';
import { fmtPeople, fmtRate, fmtScore } from './format.js';
import { labelOf, useDt } from './i18n.js';
import type { ChildRow } from './types.js';

const PENDING = new Set(['missing', 'draft', 'returned']);

export function ChildrenTable({ rows, onOpen }: { rows: ChildRow[]; onOpen: (c: ChildRow) => void }) {
  const dt = useDt();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const shown = onlyProblems ? rows.filter((r) => PENDING.has(r.status)) : rows;
  return (
    <>
      <style>{`.dash-row-missing td { background: #fff1f0 !important; } .dash-row-pending td { background: #fffbe6 !important; } .dash-row { cursor: pointer; }`}</style>
      <div style={{ marginBottom: 8 }}>
        <Switch size="small" checked={onlyProblems} onChange={setOnlyProblems} aria-label={dt('dash.onlyProblems')} /> {dt('dash.onlyProblems')}
      </div>
      <Table<ChildRow>
        rowKey="unitId"
        size="small"
        scroll={{ x: 'max-content' }} /* a phone scrolls the table, not the names one character per line */
        dataSource={shown}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: dt('dash.noChildren') }}
        aria-label={dt('dash.table')}
        rowClassName={(r) => `dash-row ${r.status === 'missing' ? 'dash-row-missing' : PENDING.has(r.status) ? 'dash-row-pending' : ''}`}
        onRow={(r) => ({ onClick: () => onOpen(r), 'data-unit': r.name } as HTMLAttributes<HTMLElement>)}
        columns={[
          { title: dt('dash.col.unit'), dataIndex: 'name', render: (n: string, r) => <a onClick={(e) => (e.preventDefault(), onOpen(r))}>{n}</a> },
          { title: dt('dash.col.level'), dataIndex: 'level', width: 90, render: (l: string) => labelOf(dt, 'level', l) },
          {
            title: dt('dash.col.status'),
            dataIndex: 'status',
            width: 100,
            filters: [...new Set(rows.map((r) => r.status))].map((s) => ({ text: s === 'missing' ? dt('status.missing') : s, value: s })),
            onFilter: (v, r) => r.status === v,
            render: (s: string) =>
              s === 'missing' ? (
                <Tag color="error" data-status="missing">
                  {dt('status.missing')}
                </Tag>
              ) : (
                <StatusTag status={s as EvaluationStatus} />
              ),
          },
          { title: dt('dash.col.score'), dataIndex: 'score', width: 80, align: 'right', sorter: (a, b) => Number(a.score ?? -1) - Number(b.score ?? -1), render: fmtScore },
          { title: dt('dash.col.grade'), dataIndex: 'grade', width: 70, render: (g: string | null) => (g ? labelOf(dt, 'grade', g) : '—') },
          { title: dt('dash.target'), dataIndex: 'target', width: 110, align: 'right', render: (v: string | null) => fmtPeople(v, dt.lang) },
          { title: dt('dash.actual'), dataIndex: 'actual', width: 110, align: 'right', render: (v: string | null) => fmtPeople(v, dt.lang) },
          { title: dt('dash.rate'), dataIndex: 'rate', width: 100, align: 'right', sorter: (a, b) => Number(a.rate ?? -1) - Number(b.rate ?? -1), render: fmtRate },
          { title: dt('dash.col.units'), dataIndex: 'units', width: 100, align: 'right' },
        ]}
      />
    </>
  );
}
