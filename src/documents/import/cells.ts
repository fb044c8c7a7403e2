// Placed figures → the draft: budget accounts (a row the report states only in part is completed by
// the identities 年初 + 收入 − 支出 = 年末 and 基本 + 项目 = 合计, then by "基本支出 keeps no balance";
// what nothing gives is 0; every such cell is listed), income sources as budget lines, "三公" lines. Pure.
import { add, cmp, normalize, sub } from '../../domain/decimal.js';
import {
  BUDGET_FIGURES,
  type BudgetAccount,
  type BudgetFigure,
  type BudgetLine,
  type BudgetRowClass,
  type BudgetType,
  type Decimal,
  type ThreePublicLine,
} from '../../domain/types.js';
import { cellName, type Cell, type PlacedFigure } from './placement.js';

export interface FilledCell {
  cell: string;
  value: Decimal;
  /**
   * 'derived': computed by an identity; 'assumed': 基本支出 taken to keep no balance (the 合计 row's
   * balances are the project row's); 'missing': the report does not state it (0 until a person fills it).
   */
  how: 'derived' | 'assumed' | 'missing';
}

export interface AppliedCells {
  /** Placed figures that went into the draft (with their budget cell for figure links). */
  kept: PlacedFigure[];
  /** Placed figures whose cell a budget statement or table already holds with another value. */
  clashes: { figure: PlacedFigure; stated: Decimal }[];
  threePublic: ThreePublicLine[];
  budgetLines: BudgetLine[];
  filled: FilledCell[];
}

type Partial4 = Partial<Record<BudgetFigure, Decimal>>;
const ROWS: BudgetRowClass[] = ['total', 'basic', 'project'];

/** Complete partial rows: per figure 合计 = 基本 + 项目, per row 年末 = 年初 + 收入 − 支出 (never below 0). */
function complete(rows: Partial<Record<BudgetRowClass, Partial4>>): {
  rows: Partial<Record<BudgetRowClass, Partial4>>;
  derived: [BudgetRowClass, BudgetFigure][];
  assumed: [BudgetRowClass, BudgetFigure][];
} {
  const derived: [BudgetRowClass, BudgetFigure][] = [];
  const set = (r: BudgetRowClass, f: BudgetFigure, v: Decimal) => {
    if (cmp(v, '0') < 0) return false;
    (rows[r] ??= {})[f] = v;
    derived.push([r, f]);
    return true;
  };
  for (let pass = 0, changed = true; pass < 4 && changed; pass++) {
    changed = false;
    for (const f of BUDGET_FIGURES) {
      const [t, b, p] = ROWS.map((r) => rows[r]?.[f]);
      // only rows the report states at all take part (a missing project row is not "project = 0")
      // balances are never negative: a total of 0 is 0 in both its rows
      if (t !== undefined && cmp(t, '0') === 0) {
        if (rows.basic && b === undefined) changed = set('basic', f, '0') || changed;
        if (rows.project && p === undefined) changed = set('project', f, '0') || changed;
      } else if (t === undefined && b !== undefined && p !== undefined) changed = set('total', f, add(b, p)) || changed;
      else if (t !== undefined && b === undefined && p !== undefined && rows.basic) changed = set('basic', f, sub(t, p)) || changed;
      else if (t !== undefined && b !== undefined && p === undefined && rows.project) changed = set('project', f, sub(t, b)) || changed;
    }
    for (const r of ROWS) {
      const x = rows[r];
      if (!x) continue;
      const missing = BUDGET_FIGURES.filter((f) => x[f] === undefined);
      if (missing.length !== 1) continue;
      const { opening: o, income: i, expenditure: e, closing: c } = x;
      const m = missing[0]!;
      const v = m === 'closing' ? sub(add(o!, i!), e!) : m === 'opening' ? sub(add(c!, e!), i!) : m === 'income' ? sub(add(c!, e!), o!) : sub(add(o!, i!), c!);
      changed = set(r, m, v) || changed;
    }
  }
  // 基本支出 keeps no balance in the usual case: its income is what it spent, the balances are the
  // project row's (an assumption, listed as such, so a stated 合计 row does not leave two half rows)
  const t = rows.total;
  const b = rows.basic;
  const pr = rows.project;
  const assumed: [BudgetRowClass, BudgetFigure][] = [];
  if (t && BUDGET_FIGURES.every((f) => t[f] !== undefined) && b?.expenditure !== undefined && pr?.expenditure !== undefined) {
    const bo = b.opening ?? '0';
    const bc = b.closing ?? '0';
    const bi = b.income ?? sub(add(bc, b.expenditure), bo);
    const po = pr.opening ?? sub(t.opening!, bo);
    const pc = pr.closing ?? sub(t.closing!, bc);
    const pi = pr.income ?? sub(t.income!, bi);
    const ok =
      [bo, bc, bi, po, pc, pi].every((v) => cmp(v, '0') >= 0) &&
      cmp(sub(add(po, pi), pr.expenditure), pc) === 0 &&
      cmp(sub(add(bo, bi), b.expenditure), bc) === 0;
    if (ok) {
      const fill = (row: BudgetRowClass, x: Partial4, f: BudgetFigure, v: Decimal) => {
        if (x[f] === undefined) {
          x[f] = v;
          assumed.push([row, f]);
        }
      };
      fill('basic', b, 'opening', bo);
      fill('basic', b, 'closing', bc);
      fill('basic', b, 'income', bi);
      fill('project', pr, 'opening', po);
      fill('project', pr, 'closing', pc);
      fill('project', pr, 'income', pi);
    }
  }
  return { rows, derived, assumed };
}

export function applyPlacedCells(placed: PlacedFigure[], accounts: Map<BudgetType, BudgetAccount>): AppliedCells {
  const kept: PlacedFigure[] = [];
  const clashes: AppliedCells['clashes'] = [];
  const partial = new Map<BudgetType, Partial<Record<BudgetRowClass, Partial4>>>();
  const tp = new Map<string, ThreePublicLine>();
  const lines = new Map<string, BudgetLine>();
  for (const p of placed) {
    const c: Cell = p.cell;
    if (c.kind === 'budget') {
      const stated = accounts.get(c.budgetType)?.rows[c.row]?.[c.figure];
      if (stated !== undefined) {
        if (cmp(stated, p.value) === 0) kept.push(p);
        else clashes.push({ figure: p, stated });
        continue;
      }
      const rows = partial.get(c.budgetType) ?? {};
      partial.set(c.budgetType, rows);
      (rows[c.row] ??= {})[c.figure] = p.value;
      kept.push(p);
    } else if (c.kind === 'threePublic') {
      const l = tp.get(c.item) ?? { item: c.item, budget: null, actual: null };
      l[c.field] = p.value;
      tp.set(c.item, l);
      kept.push(p);
    } else {
      const l = lines.get(c.key) ?? { key: c.key, label: c.label, initial: null, adjusted: null, executed: null };
      l[c.field] = p.value;
      lines.set(c.key, l);
      kept.push(p);
    }
  }
  const filled: FilledCell[] = [];
  for (const [type, rows0] of partial) {
    const acc = accounts.get(type) ?? { budgetType: type, noActivity: false, rows: {} };
    // rows a statement or table gave stay as they are; the others are completed from what was placed
    const open: Partial<Record<BudgetRowClass, Partial4>> = {};
    for (const r of ROWS) open[r] = acc.rows[r] ? { ...acc.rows[r] } : rows0[r];
    for (const r of ROWS) if (!open[r]) delete open[r];
    const { rows, derived, assumed } = complete(open);
    for (const r of ROWS) {
      if (acc.rows[r] || !rows[r]) continue;
      const x = rows[r]!;
      for (const f of BUDGET_FIGURES) {
        const cell = cellName({ kind: 'budget', budgetType: type, row: r, figure: f });
        if (x[f] === undefined) {
          x[f] = '0';
          filled.push({ cell, value: '0', how: 'missing' });
        } else if (derived.some(([dr, df]) => dr === r && df === f)) filled.push({ cell, value: normalize(x[f]!), how: 'derived' });
        else if (assumed.some(([dr, df]) => dr === r && df === f)) filled.push({ cell, value: normalize(x[f]!), how: 'assumed' });
      }
      acc.rows[r] = { opening: normalize(x.opening!), income: normalize(x.income!), expenditure: normalize(x.expenditure!), closing: normalize(x.closing!) };
    }
    if (acc.noActivity && Object.keys(acc.rows).length) acc.noActivity = false;
    accounts.set(type, acc);
  }
  const order = ['total', 'overseas', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOperation'];
  return {
    kept,
    clashes,
    threePublic: [...tp.values()].sort((a, b) => order.indexOf(a.item) - order.indexOf(b.item)),
    budgetLines: [...lines.values()],
    filled,
  };
}
