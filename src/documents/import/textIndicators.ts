// The indicator rows of a 自评表 in plain text (a .txt, a table flattened by a converter): a header line
// (一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因) then one row per line, cells
// split by tabs, | or spaces. Each row is laid on the header's columns and the lines go through the same
// reader as a .docx table (indicatorTables.ts), so a row means the same whatever the file. Tabs and | keep
// empty cells (positions hold); spaces lose them, so such a row is anchored on its 分值 得分 pair and read
// only when the cells around it fit the header. A 一级/二级指标 written on its first row only is carried down.
// A row that fits nowhere is listed, not guessed. Pure.
import { rowLine, type DocTable } from '../../domain/checks/document.js';
import { headerOf, indicatorTablesOf, number, splitScores, TOTAL, type Column, type ReportIndicatorTable } from './indicatorTables.js';

export interface TextIndicators {
  tables: ReportIndicatorTable[];
  /** Rows of the document's tables on the indicator lines: not listed again as table rows left. */
  taken: Set<string[]>;
  /** Lines inside an indicator table whose cells could not be laid on its columns, with the reason. */
  unread: string[];
}

type Split = 'tab' | 'pipe' | 'wide' | 'space';

// header words a converter may glue together (一级指标二级指标三级指标…): longest first
const HEAD_WORDS = [
  '偏差原因分析及改进措施',
  '未完成原因分析',
  '绩效指标名称',
  '年度指标值',
  '实际完成值',
  '年度目标值',
  '偏差原因',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标名称',
  '指标性质',
  '度量单位',
  '计量单位',
  '指标值',
  '完成值',
  '分值',
  '权重',
  '得分',
];
const MAX_ROWS = 400;
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d))/;
const END = /^(?:评价结论|存在问题|改进措施|项目负责人|财务负责人|填报人|备注|说明|注[:：])/;
const CJK = /[\u4e00-\u9fff]/;
// a group name (数量指标, 产出指标（50分）), never an indicator's own name
const GROUP = /^[\u4e00-\u9fff]{1,10}指标(?:[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）])?$/;
const VALUE = /^(?:[≥≤≧≦><＞＜=≈]|\d[\d.,]*[^\d]{0,4}$)/;
const LEVEL1 = /^(?:产出|效益|满意度|决策|过程|管理|履职)指标/;

function splitOf(line: string): Split {
  if (line.includes('\t')) return 'tab';
  if ((line.match(/\|/g) ?? []).length >= 2) return 'pipe';
  return / {2,}|\u3000/.test(line.trim()) ? 'wide' : 'space';
}

/** `outer`: the header line opens with | (a markdown table), so every row's first | is no cell border. */
function cellsOf(line: string, how: Split, outer = true): string[] {
  const l = line.replace(/\s+$/, '');
  if (how === 'tab') return l.split('\t').map((c) => c.trim());
  if (how === 'pipe') {
    const cells = l.split('|').map((c) => c.trim());
    if (outer && cells[0] === '') cells.shift();
    if (cells.at(-1) === '') cells.pop();
    return cells;
  }
  return l
    .trim()
    .split(how === 'wide' ? / {2,}|\u3000+/ : /[ \u3000]+/)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** A header cell of glued words split into them (三级指标年度指标值 → 三级指标 | 年度指标值), else itself. */
function unglue(cell: string): string[] {
  const c = cell.replace(/\s+/g, '');
  const out: string[] = [];
  for (let i = 0; i < c.length;) {
    const w = HEAD_WORDS.find((x) => c.startsWith(x, i));
    if (!w) return [cell];
    out.push(w);
    i += w.length;
  }
  return out.length ? out : [cell];
}

const bare = (c: string | undefined): boolean => number(c) !== null;

/** The row laid on the header's columns, or null when its cells do not fit them. */
function align(cells: string[], head: Map<Column, number>, width: number, exact: boolean): string[] | null {
  const name = head.get('name')!;
  const w = head.get('weight');
  const s = head.get('score');
  const fits = (row: string[]): boolean => {
    const n = (row[name] ?? '').replace(/\s+/g, '');
    // ≥95%, 20000亩: a value in the name's place (a row shifted against its header), not a name
    if (!CJK.test(n) || GROUP.test(n) || VALUE.test(n)) return false;
    // (分值得分 written in one cell: indicatorTablesOf cuts it or says why not)
    const score = (c: string | undefined) => !c || bare(c) || /^\d[\d.]*\d$/.test(c.replace(/\s+/g, ''));
    return (w === undefined || score(row[w])) && (s === undefined || score(row[s]));
  };
  if (exact || cells.length === width) {
    const row = [...cells.slice(0, width), ...Array<string>(Math.max(0, width - cells.length)).fill('')];
    if (cells.slice(width).some((c) => c)) return null;
    if (fits(row)) return row;
  }
  // cells split by single spaces lost their empty ones: anchor on the 分值 得分 pair
  if (w === undefined || s !== w + 1 || w <= name) return null;
  cells = cells.filter(Boolean);
  // 分值 and 得分 run together in the last number (10 10 → 1010, 10 9.5 → 109.5): cut where only one cut holds
  const last = cells.findLastIndex((c) => bare(c) || splitScores(c) !== null);
  const cut = last >= 0 ? splitScores(cells[last]!) : null;
  if (cut) cells = [...cells.slice(0, last), ...cut, ...cells.slice(last + 1)];
  let k = -1;
  for (let i = cells.length - 2; i >= 0; i--)
    if (bare(cells[i]) && bare(cells[i + 1]) && cells.slice(i + 2).every((c) => !bare(c))) {
      k = i;
      break;
    }
  if (k < 0) return null;
  const between = w - name - 1; // 年度指标值, 实际完成值 (and any column the header has there)
  const at = k - between - 1; // the name's cell
  const labels = name; // 一级指标, 二级指标 before the name
  if (at < 0 || at > labels) return null;
  if (Number(number(cells[k + 1])) > Number(number(cells[k]))) return null; // 得分 above 分值: not this pair
  if (Number(number(cells[k])) > 100) return null; // no indicator weighs more than the whole table
  const row = Array<string>(width).fill('');
  cells.slice(at, k + 2).forEach((c, i) => (row[name + i] = c));
  const after = cells.slice(k + 2);
  if (after.length) {
    if (s + 1 >= width) return null;
    row[s + 1] = after.join('');
  }
  const before = cells.slice(0, at);
  // one label cell for two label columns: a 一级指标 by its words, else the 二级指标
  if (before.length === 1 && labels === 2) row[LEVEL1.test(before[0]!) ? 0 : 1] = before[0]!;
  else before.forEach((c, i) => (row[labels - before.length + i] = c));
  return fits(row) ? row : null;
}

const SUB_HEAD = /^(?:一级指标|二级指标|三级指标|指标性质|指标值|度量单位|计量单位)$/;

/**
 * A header of two rows flattened onto one line, the first row of the table after it: 绩效指标 | 年度指标值 | 实际完成值 |
 * 分值 | 得分 | 偏差原因 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | … — 绩效指标 stands over
 * 一级/二级/三级指标 and 年度指标值 over 指标性质/指标值/度量单位, so the columns are the sub-header's, then the rest of the
 * top row. Null when the line is not laid out so.
 */
export function twoLevelHeader(cells: string[]): { header: string[]; first: string[] } | null {
  const c = cells.map((x) => x.replace(/\s+/g, ''));
  const g = c.indexOf('绩效指标');
  const s = c.findIndex((x, i) => i > g && SUB_HEAD.test(x));
  if (g < 0 || s < 0 || c[s] !== '一级指标') return null;
  let e = s;
  while (e < c.length && SUB_HEAD.test(c[e]!)) e++;
  const top = c.slice(g + 1, s);
  const sub = c.slice(s, e);
  if (!top.includes('年度指标值') || !top.some((x) => /^(?:分值|权重)$/.test(x)) || !sub.includes('三级指标')) return null;
  // 年度指标值 is the group of 指标性质 | 指标值 | 度量单位 when they are there
  const header = [...sub, ...top.filter((x) => x !== '年度指标值' || !sub.includes('指标值'))];
  return { header, first: cells.slice(e) };
}

/** Every indicator table of the plain text `lines`; `tables` are the rows the text reader found there. */
export function textIndicators(lines: string[], tables: DocTable[]): TextIndicators {
  const out: TextIndicators = { tables: [], taken: new Set(), unread: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('指标') || line.length > 400) continue;
    const how = splitOf(line);
    const written = cellsOf(line, how).flatMap(unglue);
    const two = twoLevelHeader(written);
    const header = two?.header ?? written;
    const head = headerOf(header);
    if (!head) continue;
    const outerHead = line.trimStart().startsWith('|');
    const grid: string[][] = [header];
    const carry: string[] = ['', ''];
    // a 一级/二级指标 written on the first row of its group only
    const carried = (row: string[]) => {
      for (const [k, col] of (['level1', 'level2'] as const).entries()) {
        const c = head.get(col);
        if (c === undefined) continue;
        if (row[c]) {
          carry[k] = row[c]!;
          if (k === 0 && head.has('level2') && !row[head.get('level2')!]) carry[1] = '';
        } else row[c] = carry[k]!;
      }
      return row;
    };
    if (two?.first.some((x) => x.trim())) {
      const row = align(two.first, head, header.length, how === 'tab' || how === 'pipe');
      if (row) grid.push(carried(row));
      else out.unread.push(`指标表的一行 — 各格与表头的列对不上（缺格或多格），未读入指标 — 表格：${two.first.join(' | ')}`);
    }
    let last = i;
    let misses = 0;
    for (let j = i + 1; j < lines.length && j <= i + MAX_ROWS; j++) {
      const l = lines[j]!.trim();
      if (!l.replace(/\|/g, '').trim()) continue; // an empty line, or a row of empty cells (| or | | |)
      if (NUMBERED.test(l) || END.test(l) || /[。；]$/.test(l)) break;
      // each row by its own separators (a glued header has none)
      const rowHow = splitOf(lines[j]!);
      const exact = rowHow === 'tab' || rowHow === 'pipe';
      const cells = cellsOf(lines[j]!, rowHow, how === 'pipe' ? outerHead : l.startsWith('|'));
      if (TOTAL.test(cells[0]!.replace(/\s+/g, ''))) {
        const nums = cells.slice(1).filter(bare);
        const total = Array<string>(header.length).fill('');
        total[0] = cells[0]!;
        if (nums.length === 2) [total[head.get('weight') ?? 0], total[head.get('score') ?? 0]] = [nums[0]!, nums[1]!];
        grid.push(total);
        last = j;
        break;
      }
      // a group name alone on its line (产出指标（50分）): it heads the rows below
      if (cells.length === 1 && GROUP.test(cells[0]!.replace(/\s+/g, ''))) {
        const level = LEVEL1.test(cells[0]!) ? 0 : 1;
        carry[level] = cells[0]!;
        if (level === 0) carry[1] = '';
        last = j;
        continue;
      }
      const row = align(cells, head, header.length, exact);
      if (!row) {
        // (a cell broken onto a line of its own, | 有效 |, in a table whose cells keep their places: a miss, not the end)
        if ((!/\d/.test(l) && !exact) || ++misses > 3) break;
        if (!/\d/.test(l)) continue;
        out.unread.push(`指标表的一行 — 各格与表头的列对不上（缺格或多格），未读入指标 — 表格：${l}`);
        last = j;
        continue;
      }
      grid.push(carried(row));
      last = j;
    }
    const { tables: read, unread } = indicatorTablesOf([{ line: i, rows: grid }]);
    out.unread.push(...unread);
    if (read.length) {
      out.tables.push(...read);
      for (const t of tables) t.rows.forEach((r, k) => rowLine(t, k) >= i && rowLine(t, k) <= last && out.taken.add(r));
    }
    i = last;
  }
  return out;
}
