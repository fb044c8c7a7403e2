// Sentences generated from data, in the wording of the seed reports (seed 002 budget, profile, duties).
import { add, div, mul, sum } from '../decimal.js';
import type { BudgetAccount, BudgetFigures, BudgetRowClass, BudgetType, Evaluation, KeyProject, UnitProfile } from '../types.js';
import { formatAmount, formatCount, formatDecimal } from './amount.js';
import { BUDGET_TYPE_LABELS } from '../types.js';

export { BUDGET_TYPE_LABELS };

const CLASS_LABELS: Record<BudgetRowClass, string> = { total: '', basic: '基本支出', project: '项目支出' };

/** The name a generated sentence starts with: 武冈市妇联 rather than 武冈市妇女联合会. */
export function shortUnitName(e: Evaluation): string {
  return e.unit.shortName?.trim() || e.unit.name;
}

/** Which budget type a heading talks about (政府性基金预算支出情况 → governmentFund). */
export function budgetTypeOfTitle(title: string): BudgetType | null {
  if (title.includes('一般公共预算')) return 'general';
  if (title.includes('政府性基金')) return 'governmentFund';
  if (title.includes('国有资本经营')) return 'stateCapital';
  if (title.includes('社会保险基金')) return 'socialInsurance';
  return null;
}

export function expenseClassOfTitle(title: string): 'basic' | 'project' | null {
  if (title.includes('基本支出')) return 'basic';
  if (title.includes('项目支出')) return 'project';
  return null;
}

/** The stated row, or for the total the sum of basic and project when no total is stated. */
export function budgetRow(account: BudgetAccount, row: BudgetRowClass): BudgetFigures | null {
  const stated = account.rows[row];
  if (stated) return stated;
  if (row !== 'total') return null;
  const parts = [account.rows.basic, account.rows.project].filter((r): r is BudgetFigures => !!r);
  if (parts.length === 0) return null;
  return {
    opening: sum(parts.map((p) => p.opening)),
    income: sum(parts.map((p) => p.income)),
    expenditure: sum(parts.map((p) => p.expenditure)),
    closing: sum(parts.map((p) => p.closing)),
  };
}

/** 武冈市妇联无政府性基金预算支出。 */
export function noActivitySentence(e: Evaluation, type: BudgetType): string {
  return `${shortUnitName(e)}无${BUDGET_TYPE_LABELS[type]}支出。`;
}

/** 武冈市妇联2022年度政府性基金预算支出情况未填报。 */
export function notFilledSentence(e: Evaluation, type: BudgetType): string {
  return `${shortUnitName(e)}${e.year}年度${BUDGET_TYPE_LABELS[type]}支出情况未填报。`;
}

/**
 * 武冈市妇联2022年度一般公共预算财政拨款基本支出年初结转和结余0万元，本年收入153.98万元，
 * 本年支出153.98万元，年末结转和结余0万元。 Null when the account has no such row.
 */
export function budgetSentence(e: Evaluation, type: BudgetType, row: BudgetRowClass): string | null {
  const account = e.budget.find((a) => a.budgetType === type);
  // Nothing entered is "not filled in" — never "无…支出", which is a statement of no activity.
  if (!account) return row === 'total' ? notFilledSentence(e, type) : null;
  if (account.noActivity) return row === 'total' ? noActivitySentence(e, type) : null;
  const f = budgetRow(account, row);
  if (!f) return null;
  const w = (x: string) => formatAmount(x, 'wan');
  return (
    `${shortUnitName(e)}${e.year}年度${BUDGET_TYPE_LABELS[type]}财政拨款${CLASS_LABELS[row]}` +
    `年初结转和结余${w(f.opening)}，本年收入${w(f.income)}，本年支出${w(f.expenditure)}，年末结转和结余${w(f.closing)}。`
  );
}

/** 我单位纳入了财政预算，定编5人。2022年末，单位实有在职人员5人，退休人员3人，内设机构2个：办公室、组宣部。 */
export function profileParagraph(e: Evaluation, p: UnitProfile): string {
  const parts: string[] = [];
  if (p.intro) parts.push(p.intro.trim());
  if (p.authorizedPosts !== null) parts.push(`我单位纳入了财政预算，定编${p.authorizedPosts}人。`);
  const staff: string[] = [];
  if (p.staffActual !== null) staff.push(`单位实有在职人员${p.staffActual}人`);
  if (p.retired !== null) staff.push(`退休人员${p.retired}人`);
  if (p.departments.length > 0) staff.push(`内设机构${p.departments.length}个：${p.departments.join('、')}`);
  if (staff.length > 0) parts.push(`${e.year}年末，${staff.join('，')}。`);
  return parts.join('');
}

/** Duties as a numbered list 1、2、…; any numbering already typed in is replaced. */
export function dutyParagraphs(p: UnitProfile): string[] {
  return p.duties
    .map((d) => d.trim().replace(/^(\d+|[一二三四五六七八九十]+)\s*[、.．]\s*/, ''))
    .filter((d) => d.length > 0)
    .map((d, i) => `${i + 1}、${d}`);
}

/** 104.04%: actual ÷ target, two decimals, as the seeds print completion rates. */
export function completionRate(actual: string, target: string): string | null {
  if (Number(target) === 0) return null;
  return `${formatDecimal(mul(div(actual, target), '100'))}%`;
}

/** A key project written from its figures (for key-project sections with no stored text). */
export function keyProjectParagraphs(e: Evaluation, k: KeyProject): string[] {
  const out: string[] = [];
  const u = k.unitOfMeasure;
  if (k.target !== null && k.actual !== null) {
    const rate = completionRate(k.actual, k.target);
    out.push(
      `${e.year}年${k.name}任务数为${formatCount(k.target, u)}，实际完成${k.measure}${formatCount(k.actual, u)}` + (rate ? `，完成任务数的${rate}。` : '。'),
    );
  } else if (k.actual !== null) {
    out.push(`${e.year}年${k.name}完成${k.measure}${formatCount(k.actual, u)}。`);
  }
  const categories = [...new Set(k.funding.map((f) => f.category))];
  for (const c of categories) {
    const items = k.funding.filter((f) => f.category === c);
    const total = items.reduce((acc, f) => add(acc, f.amount), '0');
    const detail = items.map((f) => `${f.label}${formatAmount(f.amount)}`).join('，');
    out.push(items.length > 1 ? `${c}合计${formatAmount(total)}，其中${detail}。` : `${c}${formatAmount(total)}（${items[0]!.label}）。`);
  }
  if (k.note) out.push(k.note);
  return out;
}
