// The indicator part of a 项目支出绩效自评表 flattened into words (web pages, PDF text):
//   一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 … 产出指标（50分） 数量指标 培训人次 ≥200人次 210 20 20
//   质量指标 合格率 ≥95% 达到 15 14 … 效益指标（30分） … 总分 100 92
// Each indicator ends with its 分值 and 得分 — the last two of a run of bare numbers — and a 一级指标 with its
// weight in brackets heads the indicators after it. The rows become a DocTable (三级指标 | 分值 | 得分) read by
// the score-table rules (src/domain/checks/tables.ts): 得分 ≤ 分值, Σ分值 = the 一级指标's weight, 总分 = Σ得分.
// Read in full (`tight`) only when every indicator ends with two numbers: a run of one number means a cell
// was left blank and the pairs cannot be told apart, so no table is made. The lines stay prose.
import type { DocTable } from '../../domain/checks/document.js';
import { simplify } from './simplify.js';

const BARE = /^\d+(?:\.\d+)?$/;
const HEAD =
  /^(?:一级指标|二级指标|三级指标|(?:年度)?指标值|实际完成值|(?:实际)?完成值|分值|权重|得分|指标性质|度量单位|偏差原因分析及改进措施|未完成原因(?:分析)?|偏差原因(?:分析)?|改进措施)$/;
const CATEGORY = /^[\u4e00-\u9fff]{2,10}指标\s*[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]$/;
const WEIGHT_ONLY = /^[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]$/;
const TOTAL = /^(?:总分|合计|总计)[:：]?$/;
const END = /^(?:评价结论|存在问题|改进措施|项目负责人|财务负责人|填报人|备注|说明|注[:：])/;
const FUNDS_TOTAL = /^(?:年度资金总额|资金总额|总额)/;
const MAX_TOKENS = 600;
const UNIT =
  /^(?:%|％|‰|个|次|人|人次|天|日|月|年|户|家|项|件|台|套|元|万元|亿元|平方米|米|公里|千米|亩|吨|所|名|场|期|篇|册|本|辆|座|条|处|批|份|小时|分钟|周|个月|工作日|km|m²|㎡)$/;

interface Tok {
  t: string;
  line: number;
}

function tokensFrom(lines: string[], taken: Set<number>): Tok[] {
  const out: Tok[] = [];
  lines.forEach((l, i) => {
    if (taken.has(i) || !l.trim() || l.length > 100_000) return;
    for (const t of simplify(l).replace(/\|/g, ' ').split(/\s+/)) {
      if (!t) continue;
      const prev = out[out.length - 1];
      // 产出指标 (50分): the weight written apart
      if (prev && WEIGHT_ONLY.test(t) && prev.t.endsWith('指标')) prev.t += t;
      // 年度 / 指标值 broken over two lines (one cell per line): one header
      else if (prev && /^(?:年度|实际)$/.test(prev.t) && /^(?:指标值|完成值)$/.test(t)) prev.t += t;
      else out.push({ t, line: i });
    }
  });
  return out;
}

/** The 分值 and 得分 of the 预算执行率 row of the funds table above, when a table of the document states them. */
function executionRow(tables: DocTable[], before: number): string[] | null {
  for (const t of tables) {
    if (t.line > before) continue;
    const head = t.rows.find((r) => r.some((c) => /^(?:分值|权重)$/.test(c.trim())) && r.some((c) => /^得分$/.test(c.trim())));
    if (!head) continue;
    const w = head.findIndex((c) => /^(?:分值|权重)$/.test(c.trim()));
    const s = head.findIndex((c) => /^得分$/.test(c.trim()));
    const row = t.rows.find((r) => FUNDS_TOTAL.test((r[0] ?? '').trim()));
    if (row && BARE.test(row[w] ?? '') && BARE.test(row[s] ?? '')) return ['预算执行率', row[w]!, row[s]!];
  }
  return null;
}

/** Indicator tables of the lines not `taken`; `tables` are the ones read already (the funds part of the form). */
export function indicatorTables(lines: string[], taken: Set<number>, tables: DocTable[]): DocTable[] {
  const toks = tokensFrom(lines, taken);
  const out: DocTable[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.t !== '一级指标') continue;
    // the header: 一级指标 … 分值/权重 … 得分, names only
    let j = i;
    while (j < toks.length && HEAD.test(toks[j]!.t)) j++;
    const names = toks.slice(i, j).map((x) => x.t);
    if (!names.some((n) => n === '分值' || n === '权重') || !names.includes('得分')) continue;
    const trailing = names.indexOf('得分') < names.length - 1;
    const t = readRows(toks, j, toks[i]!.line, trailing);
    if (!t) continue;
    // 绩效指标（90分） right before the header heads every indicator
    const group = toks[i - 1] && CATEGORY.test(toks[i - 1]!.t) ? toks[i - 1]! : null;
    if (group) {
      t.rows.splice(1, 0, [group.t]);
      t.rowLines!.splice(1, 0, group.line);
    }
    const exec = executionRow(tables, toks[i]!.line);
    const total = t.rows.at(-1)!;
    if (exec) {
      // the funds table's 预算执行率 points, before any 一级指标: part of the 总分, of no indicator group
      t.rows.splice(1, 0, exec);
      t.rowLines!.splice(1, 0, toks[i]!.line);
    } else if (TOTAL.test(total[0]!) && !weightsMakeTotal(t.rows)) {
      // 总分 counts the execution rate's points, not stated here (unless the indicators' weights are all of it)
      t.outerTotal = { weight: total[1]!, score: total[2]!, line: t.rowLines!.at(-1)! };
      t.rows.pop();
      t.rowLines!.pop();
    }
    out.push(t);
    i = j;
  }
  return out;
}

/** The leaves' 分值 add up to the 总分's exactly: the rows are the whole form, no points stated elsewhere. */
function weightsMakeTotal(rows: string[][]): boolean {
  const total = Number(rows.at(-1)![1]);
  const leaves = rows.slice(1, -1).filter((r) => r.length === 3);
  const sum = leaves.reduce((a, r) => a + Number(r[1]), 0);
  return leaves.length >= 2 && total > 0 && Math.abs(sum - total) < 1e-6;
}

function readRows(toks: Tok[], from: number, line: number, trailing: boolean): DocTable | null {
  const rows: string[][] = [['三级指标', '分值', '得分']];
  const rowLines: number[] = [line];
  let label: string[] = [];
  let nums: string[] = [];
  let tight = true;
  let leaves = 0;
  let cap = 100;
  const flush = (at: number): void => {
    if (!nums.length) return;
    if (nums.length === 1) tight = false;
    else {
      // a weight above its group's (or above 100) is an actual value taken for it: a score cell was blank
      if (Number(nums.at(-2)) > cap) tight = false;
      // a column after 得分 (偏差原因…) may hold a number too (0 for none): 100 100 10 10 0 cannot be paired
      if (trailing && (nums.length >= 5 || (nums.length >= 3 && Number(nums.at(-1)) === 0))) tight = false;
      // ≥40公里 42 20: a target with no actual value after it, then two numbers — 实际完成值 and 分值, or 分值 and
      // 得分? Not known
      if (nums.length === 2 && /\d/.test(label.at(-1) ?? '') && !/\d/.test(label.at(-2) ?? '')) tight = false;
      rows.push([label.join('').slice(-24) || '指标', nums.at(-2)!, nums.at(-1)!]);
      rowLines.push(at);
      leaves++;
    }
    label = [];
    nums = [];
  };
  for (let k = from; k < toks.length && k < from + MAX_TOKENS; k++) {
    const { t, line: at } = toks[k]!;
    if (END.test(t) || (t === '一级指标' && k > from)) break;
    if (TOTAL.test(t)) {
      flush(at);
      const w = toks[k + 1]?.t;
      const s = toks[k + 2]?.t;
      if (w && s && BARE.test(w) && BARE.test(s) && !BARE.test(toks[k + 3]?.t ?? '')) {
        rows.push(['总分', w, s]);
        rowLines.push(at);
      }
      break;
    }
    if (BARE.test(t)) {
      nums.push(t);
      continue;
    }
    // ≥ 90 % or 30 万元: a target or a value with its unit, not the end of an indicator
    if (nums.length === 1 && UNIT.test(t)) {
      label.push(nums[0]! + t);
      nums = [];
      continue;
    }
    flush(at);
    if (CATEGORY.test(t)) {
      cap = Number(/(\d+(?:\.\d+)?)\s*分/.exec(t)![1]);
      rows.push([t]);
      rowLines.push(at);
    } else label.push(t);
  }
  flush(toks[Math.min(toks.length, from + MAX_TOKENS) - 1]?.line ?? line);
  if (!tight || leaves < 2) return null;
  return { line, rows, rowLines, lineCount: 0, loose: true, tight: true };
}

/**
 * The flat tables with the indicator tables added; a flat table read inside an indicator part (its rows
 * cut at other places) gives way to the indicator table.
 */
export function withIndicators(lines: string[], taken: Set<number>, flat: DocTable[]): DocTable[] {
  const ind = indicatorTables(lines, taken, flat);
  if (!ind.length) return flat;
  const spans = ind.map((t) => [t.rowLines![0]!, t.rowLines!.at(-1)!] as const);
  // (the funds rows of the form — a header of two or more 预算数/执行数 columns — stay, even on the one line of a
  // form flattened onto a single line)
  const funds = (t: DocTable) => (t.rows[0] ?? []).filter((c) => /^(?:年初|全年|调整后)?(?:预算|执行)数$/.test(c)).length >= 2;
  const inside = (t: DocTable) => !funds(t) && spans.some(([a, b]) => (t.rowLines ?? [t.line]).slice(1).some((l) => l >= a && l <= b) && t.line >= a);
  return [...flat.filter((t) => !inside(t)), ...ind];
}
