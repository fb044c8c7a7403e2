// Reading data out of an imported report's paragraphs: unit profile and budget accounts (statements
// and budget tables); key projects are read in projects.ts. Pure; each reader also says which figures
// it used (for figure links and for the "could not place" list).
import { budgetTypeOf, readBudgetStatement } from '../../domain/checks/budget.js';
import { labelled } from '../../domain/checks/labels.js';
import { normalize } from '../../domain/decimal.js';
import { BUDGET_TYPES, type BudgetAccount, type BudgetRowClass, type BudgetType, type FigureRef, type UnitProfile } from '../../domain/types.js';

/** A sentence of a paragraph with its offset (figure links need positions in the paragraph). */
export interface Piece {
  text: string;
  start: number;
}

export function piecesOf(paragraph: string): Piece[] {
  const out: Piece[] = [];
  const re = /[^。；;！？!?]+[。；;！？!?]*/g;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) out.push({ text: m[0], start: m.index });
  return out;
}

/** A figure used as data: where it is (paragraph-relative) and what it is tied to. */
export interface UsedFigure {
  start: number; // offset in the paragraph
  text: string;
  ref: FigureRef | null; // null: used (e.g. a budget sentence) but no link worth keeping
}

// ---- unit profile -------------------------------------------------------------------------

const PROFILE_FIELDS: [RegExp, 'authorizedPosts' | 'staffActual' | 'retired'][] = [
  [/(定编|核定编制|编制数?|编制人数|人员编制)(为|是|共|数|有)?$/, 'authorizedPosts'],
  [/(在职(在编)?(人员|职工|干部)?|实有(在职|在编)?(人员|职工)?)(人数)?(为|是|共|有)?$/, 'staffActual'],
  [/退休(人员|职工|干部)?(人数)?(为|是|共|有)?$/, 'retired'],
];
const PROFILE_WORDS = /编制|定编|在职|退休|内设机构|纳入/;

export interface ProfileRead {
  profile: Omit<UnitProfile, 'duties'>;
  found: boolean;
  used: UsedFigure[];
}

/** 定编5人 · 实有在职人员5人 · 退休人员3人 · 内设机构2个：办公室、组宣部 · the lead sentences as intro. */
export function readProfile(paragraph: string, into?: Omit<UnitProfile, 'duties'>): ProfileRead {
  const profile = into ?? { authorizedPosts: null, staffActual: null, retired: null, departments: [], intro: null };
  const used: UsedFigure[] = [];
  let found = false;
  const intro: string[] = [];
  let introOpen = profile.intro === null;
  // 实有人数11人，其中在职人员10人，退休人员1人: a head-count of everyone (retired too) gives way to the 在职 one
  let staffFromAll = false;
  for (const p of piecesOf(paragraph)) {
    if (PROFILE_WORDS.test(p.text)) introOpen = false;
    else if (introOpen && /是|为/.test(p.text)) intro.push(p.text);
    for (const q of labelled(p.text)) {
      if (q.kind !== 'count' || q.qualifier !== 'exact' || !/^\d+$/.test(q.value)) continue;
      const label = q.label.trim();
      const hit = PROFILE_FIELDS.find(([re]) => re.test(label));
      if (hit?.[1] === 'staffActual' && staffFromAll && /在职|在编/.test(label) && /^(人|名)$/.test(q.unit) && String(profile.staffActual) !== q.value) {
        profile.staffActual = Number(q.value);
        staffFromAll = false;
        used.push({ start: p.start + q.start, text: q.text, ref: { kind: 'profile', field: 'staffActual' } });
      } else if (hit && profile[hit[1]] !== null && /^(人|名)$/.test(q.unit) && String(profile[hit[1]]) === q.value) {
        used.push({ start: p.start + q.start, text: q.text, ref: { kind: 'profile', field: hit[1] } }); // 实有人数4人，其中在职人员4人
      } else if (hit && profile[hit[1]] === null && /^(人|名)$/.test(q.unit)) {
        profile[hit[1]] = Number(q.value);
        if (hit[1] === 'staffActual') staffFromAll = !/在职|在编/.test(label);
        used.push({ start: p.start + q.start, text: q.text, ref: { kind: 'profile', field: hit[1] } });
        found = true;
      } else if (/内设(机构|科室|部门)(共|有)?$/.test(label) && profile.departments.length === 0) {
        const m = /^\s*[：:，,]?\s*(?:分别为|分别是|包括|即|为)?\s*[：:]?([^。；;，,]+)/.exec(p.text.slice(q.end));
        const names = (m?.[1] ?? '')
          .split(/[、和及]/)
          .map((x) => x.trim())
          // 内设机构4个，编制人数30人: the next clause is another count, not the departments' names
          .filter((x) => x.length >= 2 && x.length <= 15 && !/\d/.test(x) && !PROFILE_WORDS.test(x));
        if (names.length) profile.departments = names;
        found = true;
        used.push({ start: p.start + q.start, text: q.text, ref: names.length === Number(q.value) ? { kind: 'profile', field: 'departmentCount' } : null });
      }
    }
  }
  if (intro.length && profile.intro === null) profile.intro = intro.join('');
  return { profile, found, used };
}

// ---- budget -------------------------------------------------------------------------------

const NO_ACTIVITY = /无(一般公共预算|政府性基金预算?|国有资本经营预算?|社会保险基金预算?)(财政拨款)?(收入|收支|支出|安排)/;

export interface BudgetRead {
  /** Sentences of the paragraph that the budget data regenerates (dropped from the narrative). */
  regenerable: Piece[];
  used: UsedFigure[];
}

/** Reads budget statements and 无…支出 sentences of a paragraph into `accounts` (first statement wins). */
export function readBudget(paragraph: string, context: string, accounts: Map<BudgetType, BudgetAccount>): BudgetRead {
  const regenerable: Piece[] = [];
  const used: UsedFigure[] = [];
  const account = (t: BudgetType) => {
    let a = accounts.get(t);
    if (!a) accounts.set(t, (a = { budgetType: t, noActivity: false, rows: {} }));
    return a;
  };
  for (const p of piecesOf(paragraph)) {
    const none = NO_ACTIVITY.exec(p.text);
    if (none && !/\d/.test(p.text)) {
      account(budgetTypeOf(none[1]!)!).noActivity = true;
      regenerable.push(p);
      continue;
    }
    const s = readBudgetStatement(p.text, context);
    // 收入总计X（本年收入合计Y，年初结转和结余Z）: a 总计 holds the carry-over, it is no 本年 figure — the placement reads it
    const grand = (q: { start: number }) => /总计[^，,；;。\d]{0,4}$/.test(p.text.slice(Math.max(0, q.start - 10), q.start));
    if (!s || grand(s.figures.income) || grand(s.figures.expenditure)) continue;
    const acc = account(s.budgetType);
    if (!acc.rows[s.row]) {
      const wan = (k: keyof typeof s.figures) => normalize(s.figures[k].wan ?? s.figures[k].value);
      acc.rows[s.row] = { opening: wan('opening'), income: wan('income'), expenditure: wan('expenditure'), closing: wan('closing') };
      for (const [fig, q] of Object.entries(s.figures))
        used.push({ start: p.start + q.start, text: q.text, ref: { kind: 'budget', budgetType: s.budgetType, row: s.row, figure: fig as 'opening' } });
    }
    regenerable.push(p);
  }
  return { regenerable, used };
}

export function orderedAccounts(accounts: Map<BudgetType, BudgetAccount>): BudgetAccount[] {
  return BUDGET_TYPES.filter((t) => accounts.has(t)).map((t) => accounts.get(t)!);
}

const ROW_CLASS: [RegExp, BudgetRowClass][] = [
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/合计|小计|总计|^本年/, 'total'],
];
const HEAD: [RegExp, 'opening' | 'income' | 'expenditure' | 'closing'][] = [
  [/年初结转/, 'opening'],
  [/年末结转/, 'closing'],
  [/收入/, 'income'],
  [/支出/, 'expenditure'],
];

/**
 * A budget table (docx/xlsx): a header row naming the four figures, then 合计/基本支出/项目支出 rows.
 * Amounts in 万元 unless the header says 元 only. Returns the number of rows read.
 */
export function readBudgetTable(rows: string[][], context: string, accounts: Map<BudgetType, BudgetAccount>): number {
  const h = rows.findIndex((r) => r.filter((c) => HEAD.some(([re]) => re.test(c))).length >= 4);
  if (h < 0) return 0;
  const cols = new Map<string, number>();
  rows[h]!.forEach((c, i) => {
    const f = HEAD.find(([re]) => re.test(c));
    if (f && !cols.has(f[1])) cols.set(f[1], i);
  });
  if (cols.size < 4) return 0;
  const inYuan =
    rows[h]!.some((c) => /[（(]元[)）]/.test(c)) &&
    !rows
      .slice(0, h + 1)
      .flat()
      .some((c) => /万元/.test(c));
  let n = 0;
  let type = budgetTypeOf(context) ?? 'general';
  for (const r of rows.slice(h + 1)) {
    const label = r
      .slice(
        0,
        [...cols.values()].reduce((a, b) => Math.min(a, b), Infinity),
      )
      .join(' ');
    type = budgetTypeOf(label) ?? type;
    const cls = ROW_CLASS.find(([re]) => re.test(label))?.[1] ?? (budgetTypeOf(label) ? 'total' : null);
    if (!cls) continue;
    const cell = (f: string) => (r[cols.get(f)!] ?? '').replace(/[,，\s]/g, '');
    const vals = ['opening', 'income', 'expenditure', 'closing'].map((f) => (cell(f) === '' || cell(f) === '-' ? '0' : cell(f)));
    if (!vals.every((v) => /^-?\d+(\.\d+)?$/.test(v))) continue;
    const [opening, income, expenditure, closing] = vals.map((v) => normalize(inYuan ? String(Number(v) / 10000) : v)) as [string, string, string, string];
    let acc = accounts.get(type);
    if (!acc) accounts.set(type, (acc = { budgetType: type, noActivity: false, rows: {} }));
    if (!acc.rows[cls]) {
      acc.rows[cls] = { opening, income, expenditure, closing };
      n++;
    }
  }
  return n;
}
