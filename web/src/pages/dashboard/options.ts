// ECharts option objects built from a dashboard (plain data: no ECharts import, so this stays
// out of the chart chunk's way). Labels use the official formats of format.ts.
import { fmtPeople, fmtRate, fmtScore, fmtWan, num } from './format.js';
import { labelOf, type DT } from './i18n.js';
import type { ChildRow, Dashboard } from './types.js';

const RED = '#b5232f';
const colonOf = (dt: DT) => (dt.lang === 'en' ? ': ' : '：');
const PALETTE = [RED, '#d4873a', '#3a7bd4', '#4aa36c', '#8a5cc2', '#7a7a7a'];

/** Children with a value of `pick`, best first (ECharts draws a category axis bottom-up, hence reverse). */
export function ranked(children: ChildRow[], pick: (c: ChildRow) => string | null): ChildRow[] {
  return children.filter((c) => pick(c) !== null).sort((a, b) => Number(pick(b)) - Number(pick(a)));
}

export const rankHeight = (n: number) => Math.max(200, n * 28 + 60);

function rankBar(rows: ChildRow[], pick: (c: ChildRow) => string | null, label: (s: string | null) => string, name: string, colon: string) {
  const shown = [...rows].reverse();
  return {
    color: [RED],
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => `${shown[p.dataIndex]!.name}<br/>${name}${colon}${label(pick(shown[p.dataIndex]!))}` },
    xAxis: { type: 'value', min: 0 }, // bars from zero: a cut axis would exaggerate small gaps
    yAxis: { type: 'category', data: shown.map((c) => c.name), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name,
        data: shown.map((c) => num(pick(c))),
        cursor: 'pointer',
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => label(pick(shown[p.dataIndex]!)) },
      },
    ],
  };
}

export const scoreOption = (rows: ChildRow[], dt: DT) => rankBar(rows, (c) => c.score, fmtScore, dt('dash.score'), colonOf(dt));
export const rateOption = (rows: ChildRow[], dt: DT) => rankBar(rows, (c) => c.rate, fmtRate, dt('dash.rate'), colonOf(dt));

/** The order a click's dataIndex refers to in rankBar (bottom-up). */
export const shownOrder = (rows: ChildRow[]) => [...rows].reverse();

export function gradeOption(d: Dashboard, dt: DT) {
  const data = Object.entries(d.grades)
    .filter(([, n]) => n > 0)
    .map(([g, n]) => ({ name: labelOf(dt, 'grade', g), value: n }));
  return {
    color: ['#4aa36c', '#3a7bd4', '#d4873a', RED],
    tooltip: { trigger: 'item', formatter: dt.lang === 'en' ? '{b}: {c} ({d}%)' : '{b}：{c}（{d}%）' },
    legend: { bottom: 0 },
    // a smaller ring leaves the outside labels room; never cut a label to "…"
    series: [{ type: 'pie', radius: ['32%', '56%'], data, label: { formatter: `{b}${colonOf(dt)}{c}`, overflow: 'none' } }],
  };
}

export function trendOption(d: Dashboard, dt: DT) {
  const years = d.trend.map((t) => String(t.year));
  return {
    color: ['#7a7a7a', RED, '#3a7bd4'],
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 24, bottom: 36, containLabel: true },
    xAxis: { type: 'category', data: years },
    yAxis: [
      { type: 'value', name: dt('dash.people', { n: '' }).trim() },
      { type: 'value', name: '%', min: 0, splitLine: { show: false } }, // from zero, as the rankings: a cut axis turns 100.6 → 101.6 into a cliff
    ],
    series: [
      {
        type: 'line',
        symbolSize: 8,
        name: dt('dash.target'),
        data: d.trend.map((t) => num(t.target)),
        tooltip: { valueFormatter: (v: number | null) => fmtPeople(v == null ? null : String(v), dt.lang) },
      },
      {
        type: 'line',
        symbolSize: 8,
        name: dt('dash.actual'),
        data: d.trend.map((t) => num(t.actual)),
        label: { show: true, position: 'top', formatter: (p: { dataIndex: number }) => fmtPeople(d.trend[p.dataIndex]!.actual, dt.lang) },
        tooltip: { valueFormatter: (v: number | null) => fmtPeople(v == null ? null : String(v), dt.lang) },
      },
      {
        type: 'line',
        symbolSize: 8,
        name: dt('dash.rate'),
        yAxisIndex: 1,
        data: d.trend.map((t) => num(t.rate)),
        lineStyle: { type: 'dashed' },
        tooltip: { valueFormatter: (v: number | null) => fmtRate(v == null ? null : String(v)) },
      },
    ],
  };
}

/** Money by source, stacked per spending category (万元). */
export function fundingOption(d: Dashboard, dt: DT) {
  const categories = [...new Set(d.project.funding.map((f) => f.category))];
  const sources = [...new Set(d.project.funding.map((f) => f.source))];
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number | null) => fmtWan(v == null ? null : String(v), dt.lang) },
    legend: { top: 0 }, // wraps onto a second line when there are many sources
    grid: { left: 8, right: 8, top: 60, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, width: 90, overflow: 'break' } },
    yAxis: { type: 'value' }, // the card title says 万元
    series: sources.map((s) => ({
      type: 'bar',
      stack: 'money',
      name: labelOf(dt, 'source', s),
      data: categories.map((c) => num(d.project.funding.find((f) => f.category === c && f.source === s)?.amount)),
    })),
  };
}
