// A reviewer's monitoring board: every unit × indicator of a round, coloured by warning, sortable,
// a drill-down into one unit's report, .xlsx export. On a phone the wide table becomes a card per
// unit (its status, a ≥ 40 px button to its report, then each indicator's figures), so nothing
// scrolls sideways and the sort is a labelled select instead of column headers.
import { Alert, Button, Card, Empty, Grid, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLoad } from '../../lib/useLoad.js';
import { planApi, WARNING_COLOR, type BoardRow, type Round, type Warning } from './api.js';
import type { PT } from './i18n.js';
import { ReportForm, WarningTag } from './ReportForm.js';
import { Figures, gapTitle, IndicatorGap, likelihoodLabel } from './ReportFields.js';
import { statusColor } from './UnitYearBar.js';

const RANK: Record<string, number> = { red: 2, yellow: 1 };
const rank = (w: Warning) => (w ? RANK[w]! : 0);
// the edge says the warning without relying on the pale fill alone
const EDGE = { red: '#cf1322', yellow: '#d48806', none: '#d9d9d9' };
const num = (x: string | null) => (x === null ? Number.NEGATIVE_INFINITY : Number(x));

interface Cell {
  key: string;
  unitId: string;
  unitName: string;
  status: BoardRow['status'];
  what: string;
  target: string;
  progressKind: string;
  actual: string | null;
  /** a 定性 / 是否 answer: actual is a level of its scale */
  isLevel?: boolean;
  progress: string | null;
  gap: string | null;
  warning: Warning;
  forecast: string | null;
  likelihood: string | null;
}

type SortKey = 'warning' | 'progress' | 'gap' | 'unit';
const SORTS: Record<SortKey, (a: Cell, c: Cell) => number> = {
  warning: (a, c) => rank(c.warning) - rank(a.warning),
  // no figure yet sorts last: a unit that has not filed is not "behind" by -∞
  progress: (a, c) => (a.progress === null ? 1 : 0) - (c.progress === null ? 1 : 0) || num(a.progress) - num(c.progress),
  gap: (a, c) => (a.gap === null ? 1 : 0) - (c.gap === null ? 1 : 0) || num(a.gap) - num(c.gap),
  unit: (a, c) => a.unitName.localeCompare(c.unitName, 'zh'),
};

function cellsOf(pt: PT, rows: BoardRow[]): Cell[] {
  return rows.flatMap((r) => {
    const base = { unitId: r.unitId, unitName: r.unitName, status: r.status };
    const empty = { target: '', progressKind: 'cumulative', actual: null, progress: null, gap: null, warning: null, forecast: null, likelihood: null };
    const out: Cell[] = [];
    if (r.overall)
      out.push({
        ...base,
        ...empty,
        key: `${r.unitId}/budget`,
        what: pt('mo.overall'),
        progress: r.overall.executionRate,
        gap: r.overall.gap,
        warning: r.overall.warning,
      });
    for (const i of r.indicators)
      out.push({
        ...base,
        key: `${r.unitId}/${i.scopeName}/${i.code}`,
        what: `${i.code} ${i.name}`,
        target: i.targetText,
        progressKind: i.progressKind,
        actual: i.actualToDate ?? i.actualLevel,
        isLevel: i.levels !== null || i.actualLevel !== null,
        progress: i.progress,
        gap: i.gap,
        warning: i.warning,
        forecast: i.forecast,
        likelihood:
          i.likelihoodDeclared && i.likelihoodDeclared !== i.likelihood
            ? pt('mo.declaredVsComputed', { d: likelihoodLabel(pt, i.likelihoodDeclared), c: i.likelihood ? likelihoodLabel(pt, i.likelihood) : '—' })
            : i.likelihood && likelihoodLabel(pt, i.likelihood),
      });
    if (out.length === 0) out.push({ ...base, ...empty, key: `${r.unitId}/none`, what: pt('mo.notFiled') });
    return out;
  });
}

export function Board({ pt, round }: { pt: PT; round: Round }) {
  const phone = Grid.useBreakpoint().md === false;
  const b = useLoad(() => planApi.board(round.id), [round.id]);
  const [drill, setDrill] = useState<string | null>(null);
  const [sort, setSort] = useState<SortKey>('warning');
  if (b.error) return <Alert type="error" title={b.error.message} />;
  if (!b.data) return null;
  if (drill) {
    return (
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 }}>
        <Button size={phone ? 'large' : undefined} onClick={() => setDrill(null)} style={{ alignSelf: 'flex-start' }}>
          {pt('mo.back')}
        </Button>
        <ReportForm pt={pt} roundId={round.id} unitId={drill} onChanged={() => void b.reload()} />
      </div>
    );
  }
  const cells = cellsOf(pt, b.data.rows);
  // which filed lines are answered by level (their gap cell tells the level reached, not points)
  const levelRows = cells.filter((c) => !c.key.endsWith('/none')).map((c) => Boolean(c.isLevel) || c.progressKind === 'level');
  const dash = (x: string | null) => x ?? '—';
  const gapOf = (c: Cell) => <IndicatorGap pt={pt} i={{ ...c, targetText: c.target, reached: c.actual }} />;
  const title = (
    <Space wrap style={{ whiteSpace: 'normal' }}>
      {`${pt('mo.board')} · ${b.data.round.name}（${b.data.round.rootUnitName}）`}
      <Typography.Text type="secondary">{pt('mo.timeProgress', { tp: b.data.timeProgress ?? '—' })}</Typography.Text>
    </Space>
  );
  const exportButton = (
    <Button href={planApi.boardXlsx(round.id)} size={phone ? 'large' : undefined} block={phone} style={{ marginBottom: 12 }}>
      {pt('mo.export')}
    </Button>
  );
  if (phone) {
    const sorted = [...cells].sort((a, c) => SORTS[sort](a, c) || SORTS.unit(a, c));
    // one card per unit, in the order its first (most pressing) line comes in the sort
    const units = [...new Map(sorted.map((c) => [c.unitId, c])).values()];
    return (
      <Card title={title} styles={{ header: { paddingBlock: 8 } }}>
        {exportButton}
        <label style={{ display: 'block', marginBottom: 12 }}>
          <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
            {pt('mo.sort')}
          </Typography.Text>
          <Select<SortKey>
            aria-label={pt('mo.sort')}
            size="large"
            style={{ width: '100%' }}
            value={sort}
            onChange={setSort}
            options={(['warning', 'progress', 'gap', 'unit'] as const).map((k) => ({
              value: k,
              label: pt(`mo.sort${k[0]!.toUpperCase()}${k.slice(1)}` as 'mo.sortWarning'),
            }))}
          />
        </label>
        {units.length === 0 && <Empty />}
        <div data-testid="board-cards">
          {units.map((u) => (
            <Card key={u.unitId} size="small" style={{ marginBottom: 12 }} title={<span style={{ whiteSpace: 'normal' }}>{u.unitName}</span>}>
              <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginBottom: 8 }}>
                <Tag color={statusColor[u.status]}>{pt(`st.${u.status}`)}</Tag>
                <Button
                  size="large"
                  style={{ marginInlineStart: 'auto' }}
                  aria-label={pt('mo.drillUnit', { unit: u.unitName })}
                  onClick={() => setDrill(u.unitId)}
                >
                  {pt('mo.drill')}
                </Button>
              </div>
              {sorted
                .filter((c) => c.unitId === u.unitId)
                .map((c) => (
                  <div
                    key={c.key}
                    data-warning={c.warning ?? 'none'}
                    style={{
                      padding: '8px 10px',
                      marginTop: 8,
                      borderRadius: 6,
                      borderInlineStart: `4px solid ${EDGE[c.warning ?? 'none']}`,
                      background: c.warning ? WARNING_COLOR[c.warning] : '#fafafa',
                    }}
                  >
                    <Typography.Text strong style={{ display: 'block', overflowWrap: 'anywhere' }}>
                      {c.what}
                    </Typography.Text>
                    {c.key.endsWith('/none') ? null : (
                      <Figures
                        items={
                          c.key.endsWith('/budget')
                            ? [
                                [pt('mo.rate'), dash(c.progress)],
                                [pt('mo.gap'), gapOf(c)],
                              ]
                            : [
                                ...(c.target ? ([[pt('mo.target'), c.target]] as [string, string][]) : []),
                                [pt('mo.actual'), dash(c.actual)],
                                [pt('mo.progressPct'), dash(c.progress)],
                                [pt(c.isLevel || c.progressKind === 'level' ? 'mo.reachedLabel' : 'mo.gap'), gapOf(c)],
                                [pt('mo.forecast'), dash(c.forecast)],
                                [pt('mo.likelihood'), dash(c.likelihood)],
                              ]
                        }
                      />
                    )}
                  </div>
                ))}
            </Card>
          ))}
        </div>
      </Card>
    );
  }
  // a fixed cell paints its own background: the row's warning colour goes on it too
  const warned = (c: Cell) => ({ style: c.warning ? { background: WARNING_COLOR[c.warning] } : undefined });
  return (
    <Card title={title}>
      {exportButton}
      {cells.length === 0 && <Empty />}
      <Table<Cell>
        size="small"
        rowKey="key"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        dataSource={cells}
        onRow={(c) => ({ style: c.warning ? { background: WARNING_COLOR[c.warning] } : undefined })}
        columns={[
          { title: pt('unit'), dataIndex: 'unitName', width: 140, fixed: 'left', sorter: SORTS.unit, onCell: warned },
          { title: pt('status'), width: 90, render: (_: unknown, c) => <Tag color={statusColor[c.status]}>{pt(`st.${c.status}`)}</Tag> },
          { title: pt('tg.indicator'), dataIndex: 'what', width: 200 },
          { title: pt('mo.target'), dataIndex: 'target', width: 90 },
          { title: pt('mo.actual'), dataIndex: 'actual', width: 110, render: dash },
          { title: pt('mo.progressPct'), dataIndex: 'progress', width: 100, render: dash, sorter: (a, c) => num(a.progress) - num(c.progress) },
          {
            title: gapTitle(pt, levelRows),
            dataIndex: 'gap',
            width: levelRows.some(Boolean) ? 150 : 120,
            render: (_: unknown, c) => <IndicatorGap pt={pt} i={{ ...c, targetText: c.target, reached: c.actual }} tag={false} />,
            sorter: (a, c) => num(a.gap) - num(c.gap),
          },
          {
            title: pt('mo.warning'),
            width: 100,
            render: (_: unknown, c) => <WarningTag pt={pt} w={c.warning} />,
            sorter: (a, c) => rank(a.warning) - rank(c.warning),
            defaultSortOrder: 'descend',
          },
          { title: pt('mo.forecast'), dataIndex: 'forecast', width: 100, render: dash },
          { title: pt('mo.likelihood'), dataIndex: 'likelihood', width: 160, render: dash },
          {
            title: <span className="sr-only">{pt('col.actions')}</span>,
            // kept in view at the right edge: at 1366 px the columns are wider than the card (English cut “Open” off)
            width: 80,
            fixed: 'right',
            onCell: warned,
            render: (_: unknown, c) => (
              <Button size="small" aria-label={pt('mo.drillUnit', { unit: c.unitName })} onClick={() => setDrill(c.unitId)}>
                {pt('mo.drill')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
