// The cells of a draft a placed figure can go to, and their names in words (一般公共预算 · 基本支出 · 本年支出).
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
