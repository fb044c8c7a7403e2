// Budget identities: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余; 基本支出 + 项目支出 = 合计.
import { accountEn, FIGURE_EN, TYPE_EN } from './en.js';
import { abs, add, cmp, normalize, sub, sum } from '../decimal.js';
import { roundingSlack, type Quantity } from '../quantity/index.js';
import { BUDGET_FIGURES, type BudgetAccount, type BudgetFigure, type BudgetFigures, type BudgetRowClass, type BudgetType, type Decimal } from '../types.js';
import { finding, type Finding, type FindingLocation } from './finding.js';
import { excerpt, labelled } from './labels.js';
import { BUDGET_TYPE_LABELS } from '../types.js';
import { BUDGET_FIGURE_LABELS } from '../types.js';
import { BUDGET_ROW_LABELS } from '../types.js';

export const FIGURE_LABELS = BUDGET_FIGURE_LABELS;
const TYPE_WORDS: [RegExp, BudgetType][] = [
  [/一般公共预算/, 'general'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/社会保险基金/, 'socialInsurance'],
];
export const TYPE_LABELS = BUDGET_TYPE_LABELS;
const CLASS_LABELS = BUDGET_ROW_LABELS;

export function budgetTypeOf(text: string): BudgetType | null {
  for (const [re, t] of TYPE_WORDS) if (re.test(text)) return t;
  return null;
}
export function budgetClassOf(text: string): BudgetRowClass | null {
  if (/基本支出/.test(text)) return 'basic';
  if (/项目支出/.test(text)) return 'project';
  return null;
}

/** A budget sentence: the four figures as stated (in 元, with their precision). */
export interface BudgetStatement {
  budgetType: BudgetType;
  row: BudgetRowClass;
  figures: Record<BudgetFigure, Quantity>;
  text: string;
  location?: FindingLocation;
}

/**
 * Reads "…年初结转和结余0万元，本年收入153.98万元，本年支出153.98万元，年末结转和结余0万元" from a
 * sentence; type and class come from the sentence or, failing that, from the section heading.
 */
/** The cheap test a budget statement passes first: callers skip the sentence's section and location when it fails. */
export const mayStateBudget = (sentence: string): boolean => /年初结转和?结余/.test(sentence) && /年末结转和?结余/.test(sentence);

export function readBudgetStatement(sentence: string, context = '', location?: FindingLocation): BudgetStatement | null {
  if (!mayStateBudget(sentence)) return null;
  const qs = labelled(sentence).filter((q) => q.kind === 'money');
  const got: Partial<Record<BudgetFigure, Quantity>> = {};
  for (const q of qs) {
    const lab = q.label;
    const fig: BudgetFigure | null = /年初结转/.test(lab)
      ? 'opening'
      : /年末结转/.test(lab)
        ? 'closing'
        : /收入/.test(lab)
          ? 'income'
          : /支出/.test(lab)
            ? 'expenditure'
            : null;
    if (fig && !got[fig]) got[fig] = q;
  }
  if (!BUDGET_FIGURES.every((f) => got[f])) return null;
  const lead = sentence.slice(0, sentence.search(/年初结转/));
  const budgetType = budgetTypeOf(lead) ?? budgetTypeOf(context) ?? 'general';
  const row = budgetClassOf(lead) ?? budgetClassOf(context) ?? 'total';
  return { budgetType, row, figures: got as Record<BudgetFigure, Quantity>, text: sentence, ...(location ? { location } : {}) };
}

const wan = (q: Quantity): Decimal => q.wan ?? normalize(q.value);

/** Identity within each statement, tolerance = the stated precision of the four figures. */
export function checkBudgetStatement(s: BudgetStatement): Finding[] {
  const f = s.figures;
  const computed = sub(add(f.opening.value, f.income.value), f.expenditure.value);
  const tol = sum(BUDGET_FIGURES.map((k) => roundingSlack(f[k])));
  const diff = abs(sub(computed, f.closing.value));
  if (cmp(diff, '0') === 0 || cmp(diff, tol) < 0) return [];
  const c = normalize(sub(add(wan(f.opening), wan(f.income)), wan(f.expenditure)));
  return [
    finding(
      'error',
      'budgetIdentity',
      `${TYPE_LABELS[s.budgetType]}${s.row === 'total' ? '' : CLASS_LABELS[s.row]}：年初结转和结余 ${wan(f.opening)} + 本年收入 ${wan(f.income)} − 本年支出 ${wan(f.expenditure)} = ${c} 万元，但年末结转和结余写为 ${wan(f.closing)} 万元`,
      wan(f.closing),
      c,
      excerpt(s.text),
      s.location,
      `${accountEn(s.budgetType, s.row)}: opening balance ${wan(f.opening)} + income ${wan(f.income)} − expenditure ${wan(f.expenditure)} = ${c} (10,000 yuan), but the closing balance is stated as ${wan(f.closing)}`,
    ),
  ];
}

/** 基本支出 + 项目支出 = 合计 for each budget type stated with all three sentences. */
export function checkBudgetComposition(statements: BudgetStatement[]): Finding[] {
  const out: Finding[] = [];
  for (const [, type] of TYPE_WORDS) {
    const pick = (row: BudgetRowClass) => statements.find((s) => s.budgetType === type && s.row === row);
    const total = pick('total');
    const basic = pick('basic');
    const project = pick('project');
    if (!total || !basic || !project) continue;
    for (const fig of BUDGET_FIGURES) {
      const parts = add(basic.figures[fig].value, project.figures[fig].value);
      const tol = sum([roundingSlack(total.figures[fig]), roundingSlack(basic.figures[fig]), roundingSlack(project.figures[fig])]);
      const diff = abs(sub(parts, total.figures[fig].value));
      if (cmp(diff, '0') === 0 || cmp(diff, tol) < 0) continue;
      const c = normalize(add(wan(basic.figures[fig]), wan(project.figures[fig])));
      out.push(
        finding(
          'error',
          'budgetComposition',
          `${TYPE_LABELS[type]}${FIGURE_LABELS[fig]}：基本支出 ${wan(basic.figures[fig])} + 项目支出 ${wan(project.figures[fig])} = ${c} 万元，但合计写为 ${wan(total.figures[fig])} 万元`,
          wan(total.figures[fig]),
          c,
          excerpt(total.text),
          total.location,
          `${TYPE_EN[type]}, ${FIGURE_EN[fig]}: basic expenditure ${wan(basic.figures[fig])} + project expenditure ${wan(project.figures[fig])} = ${c} (10,000 yuan), but the total is stated as ${wan(total.figures[fig])}`,
        ),
      );
    }
  }
  return out;
}

/** The same two identities over stored budget accounts (exact data in 万元). */
export function checkBudgetAccounts(accounts: BudgetAccount[]): Finding[] {
  const out: Finding[] = [];
  for (const acc of accounts) {
    const name = TYPE_LABELS[acc.budgetType];
    const rows = Object.entries(acc.rows) as [BudgetRowClass, BudgetFigures][];
    if (acc.noActivity) {
      const nonzero = rows.some(([, r]) => BUDGET_FIGURES.some((f) => cmp(r[f] || '0', '0') !== 0));
      if (nonzero)
        out.push(
          finding(
            'warning',
            'budgetNoActivity',
            `${name}标为“无${name}支出”，但填有非零金额`,
            null,
            null,
            `无${name}支出`,
            { field: `budget.${acc.budgetType}` },
            `${TYPE_EN[acc.budgetType]} is marked “no such expenditure” but holds non-zero figures`,
          ),
        );
      continue;
    }
    for (const [row, r] of rows) {
      const computed = sub(add(r.opening, r.income), r.expenditure);
      if (cmp(computed, r.closing) === 0) continue;
      const off = abs(sub(computed, r.closing));
      out.push(
        finding(
          cmp(off, '0.01') <= 0 ? 'warning' : 'error',
          cmp(off, '0.01') <= 0 ? 'rounding' : 'budgetIdentity',
          `${name}${row === 'total' ? '' : CLASS_LABELS[row]}：年初结转和结余 ${normalize(r.opening)} + 本年收入 ${normalize(r.income)} − 本年支出 ${normalize(r.expenditure)} = ${computed} 万元，但年末结转和结余为 ${normalize(r.closing)} 万元`,
          normalize(r.closing),
          computed,
          `${name} ${CLASS_LABELS[row]}`,
          { field: `budget.${acc.budgetType}.${row}.closing` },
          `${accountEn(acc.budgetType, row)}: opening balance ${normalize(r.opening)} + income ${normalize(r.income)} − expenditure ${normalize(r.expenditure)} = ${computed} (10,000 yuan), but the closing balance is ${normalize(r.closing)}`,
        ),
      );
    }
    const { total, basic, project } = acc.rows;
    if (!total || !basic || !project) continue;
    for (const fig of BUDGET_FIGURES) {
      const parts = add(basic[fig], project[fig]);
      if (cmp(parts, total[fig]) === 0) continue;
      out.push(
        finding(
          'error',
          'budgetComposition',
          `${name}${FIGURE_LABELS[fig]}：基本支出 ${normalize(basic[fig])} + 项目支出 ${normalize(project[fig])} = ${parts} 万元，但合计为 ${normalize(total[fig])} 万元`,
          normalize(total[fig]),
          parts,
          `${name} ${FIGURE_LABELS[fig]}`,
          { field: `budget.${acc.budgetType}.total.${fig}` },
          `${TYPE_EN[acc.budgetType]}, ${FIGURE_EN[fig]}: basic expenditure ${normalize(basic[fig])} + project expenditure ${normalize(project[fig])} = ${parts} (10,000 yuan), but the total is ${normalize(total[fig])}`,
        ),
      );
    }
  }
  return out;
}
