// The children of a unit with their status; missing and unsubmitted ones are highlighted.
// Each name is a real link (keyboard, middle click); a click anywhere on the row opens it too.
import { Space, Switch, Table, Tag, Tooltip } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { EvaluationStatus } from '../../api.js';
import { StatusTag } from '../../components/StatusTag.js';
import { useAuth } from '../../auth.js';
import { fmtPeople, fmtRate, fmtScore } from './format.js';
import { labelOf, useDt } from './i18n.js';
import { dashboardPath } from './paths.js';
import type { ChildRow } from './types.js';

const PENDING = new Set(['missing', 'draft', 'returned']);
const REVIEWED = new Set(['approved', 'published']);

export function ChildrenTable({ rows, year }: { rows: ChildRow[]; year: number }) {
  const dt = useDt();
  const navigate = useNavigate();
  const [onlyProblems, setOnlyProblems] = useState(false);
  // 财政 spot-checks from here: an approved child's evaluation is one click away
  const finance = (useAuth().user?.roles ?? []).some((r) => r.role === 'finance');
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
        onRow={(r) => ({ onClick: () => navigate(dashboardPath(r.unitId, year)), 'data-unit': r.name }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: dt('dash.col.unit'),
            dataIndex: 'name',
            render: (n: string, r) => (
              <Link to={dashboardPath(r.unitId, year)} onClick={(e) => e.stopPropagation()}>
                {n}
              </Link>
            ),
          },
          { title: dt('dash.col.level'), dataIndex: 'level', width: 90, render: (l: string) => labelOf(dt, 'level', l) },
          {
            title: dt('dash.col.status'),
            dataIndex: 'status',
            width: 100,
            filters: [...new Set(rows.map((r) => r.status))].map((s) => ({ text: s === 'missing' || s === 'figures' ? dt(`status.${s}`) : s, value: s })),
            onFilter: (v, r) => r.status === v,
            render: (s: string) =>
              s === 'missing' ? (
                <Tag color="error" data-status="missing">
                  {dt('status.missing')}
                </Tag>
              ) : s === 'figures' ? (
                <Tooltip title={dt('dash.figuresHint')}>
                  <Tag color="blue" data-status="figures">
                    {dt('status.figures')}
                  </Tag>
                </Tooltip>
              ) : (
                <StatusTag status={s as EvaluationStatus} />
              ),
          },
          {
            title: dt('dash.col.score'),
            dataIndex: 'score',
            width: 80,
            align: 'right',
            sorter: (a, b) => Number(a.score ?? -1) - Number(b.score ?? -1),
            render: fmtScore,
          },
          { title: dt('dash.col.grade'), dataIndex: 'grade', width: 70, render: (g: string | null) => (g ? labelOf(dt, 'grade', g) : '—') },
          {
            // 结果应用 (finance's use of the grade): only once the level above has approved it
            title: <Tooltip title={dt('dash.useHint')}>{dt('dash.col.use')}</Tooltip>,
            key: 'use',
            width: 120,
            render: (_: unknown, r) => (r.grade && REVIEWED.has(r.status) ? <span data-use={r.grade}>{labelOf(dt, 'use', r.grade)}</span> : '—'),
          },
          {
            title: <Tooltip title={dt('dash.checkHint')}>{dt('dash.col.check')}</Tooltip>,
            key: 'check',
            width: 120,
            render: (_: unknown, r) => {
              const reviewed = REVIEWED.has(r.status);
              if (!r.spotCheck && !reviewed) return '—';
              const tag = r.spotCheck ? (
                <Tag color={r.spotCheck === 'passed' ? 'success' : 'error'} data-check={r.spotCheck}>
                  {dt(`check.${r.spotCheck}`)}
                </Tag>
              ) : (
                <span data-check="none">{dt('check.none')}</span>
              );
              return (
                <Space size={4} onClick={(e) => e.stopPropagation()}>
                  {tag}
                  {finance && reviewed && r.evaluationId && (
                    <Link to={`/evaluations/${r.evaluationId}/review`} aria-label={`${dt('check.open')} ${r.name}`}>
                      {dt('check.open')}
                    </Link>
                  )}
                </Space>
              );
            },
          },
          { title: dt('dash.target'), dataIndex: 'target', width: 110, align: 'right', render: (v: string | null) => fmtPeople(v, dt.lang) },
          { title: dt('dash.actual'), dataIndex: 'actual', width: 110, align: 'right', render: (v: string | null) => fmtPeople(v, dt.lang) },
          {
            title: dt('dash.rate'),
            dataIndex: 'rate',
            width: 100,
            align: 'right',
            sorter: (a, b) => Number(a.rate ?? -1) - Number(b.rate ?? -1),
            render: fmtRate,
          },
          { title: dt('dash.col.units'), dataIndex: 'units', width: 100, align: 'right' },
        ]}
      />
    </>
  );
}
