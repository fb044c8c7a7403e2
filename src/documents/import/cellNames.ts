// The cells of a draft a placed figure can go to, their names in words (一般公共预算 · 基本支出 · 本年支出)
// and the lexicon concepts that map to them (income sources, "三公" items, concepts with no cell).
import type { BudgetFigure, BudgetRowClass, BudgetType, ThreePublicItem } from '../../domain/types.js';
import { BUDGET_FIGURE_LABELS, BUDGET_TYPE_LABELS } from '../../domain/types.js';

/** A cell of the draft a figure can go to. */
export type Cell =
  | { kind: 'budget'; budgetType: BudgetType; row: BudgetRowClass; figure: BudgetFigure }
  | { kind: 'threePublic'; item: ThreePublicItem; field: 'budget' | 'actual' }
  | { kind: 'budgetLine'; key: string; label: string; field: 'initial' | 'adjusted' | 'executed' };

const TYPE_NAME = BUDGET_TYPE_LABELS;
const ROW_NAME: Record<BudgetRowClass, string> = { total: '合计', basic: '基本支出', project: '项目支出' };
const FIGURE_NAME = BUDGET_FIGURE_LABELS;
const TP_NAME: Record<ThreePublicItem, string> = {
  total: '“三公”经费合计',
  overseas: '因公出国（境）费',
  reception: '公务接待费',
  vehicles: '公务用车购置及运行维护费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
};
const LINE_FIELD: Record<string, string> = { initial: '年初预算数', adjusted: '全年预算数', executed: '全年执行数' };

/** The cell in words: 一般公共预算 · 基本支出 · 本年支出. */
export function cellName(c: Cell): string {
  if (c.kind === 'budget') return `${TYPE_NAME[c.budgetType]} · ${ROW_NAME[c.row]} · ${FIGURE_NAME[c.figure]}`;
  if (c.kind === 'threePublic') return `${TP_NAME[c.item]} · ${c.field === 'budget' ? '预算数' : '决算数'}`;
  return `${c.label} · ${LINE_FIELD[c.field]}`;
}

/** One key per cell: two figures with the same key compete for it. */
export const cellKey = (c: Cell): string =>
  c.kind === 'budget'
    ? `budget.${c.budgetType}.${c.row}.${c.figure}`
    : c.kind === 'threePublic'
      ? `threePublic.${c.item}.${c.field}`
      : `budgetLines.${c.key}.${c.field}`;

/** Income-source concepts of the lexicon → their 资金来源 line. */
export const INCOME_SOURCES: Record<string, { key: string; label: string }> = {
  appropriation: { key: 'fiscal', label: '本年财政拨款' },
  upperSubsidy: { key: 'upperSubsidy', label: '上级补助收入' },
  serviceIncome: { key: 'serviceIncome', label: '事业收入' },
  businessIncome: { key: 'businessIncome', label: '经营收入' },
  affiliatedIncome: { key: 'affiliatedIncome', label: '附属单位上缴收入' },
  otherIncome: { key: 'other', label: '其他收入' },
};
export const THREE_PUBLIC: Record<string, ThreePublicItem> = {
  threePublic: 'total',
  abroad: 'overseas',
  reception: 'reception',
  vehicle: 'vehicles',
  vehiclePurchase: 'vehiclePurchase',
  vehicleOperation: 'vehicleOperation',
};
export const TYPE_SUFFIX: Record<BudgetType, string> = {
  general: '',
  governmentFund: '-governmentFund',
  stateCapital: '-stateCapital',
  socialInsurance: '-socialInsurance',
};
/** Concepts the draft has no cell for, with the reason shown to the user. */
export const NO_CELL: Record<string, string> = {
  personnel: '草稿没有人员经费栏目',
  publicUse: '草稿没有公用经费栏目',
  wages: '草稿没有按经济分类的栏目',
  goodsServices: '草稿没有按经济分类的栏目',
  households: '草稿没有按经济分类的栏目',
  capital: '草稿没有按经济分类的栏目',
  otherExp: '草稿没有按经济分类的栏目',
  procurement: '草稿没有政府采购栏目',
};
