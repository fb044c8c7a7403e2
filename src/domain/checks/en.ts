// English words for the checker's messages (the English UI shows `messageEn`; data quoted from
// the report — names, titles, the stated words — stays as written).
import type { BudgetFigure, BudgetRowClass, BudgetType } from '../types.js';

export const TYPE_EN: Record<BudgetType, string> = {
  general: 'General public budget',
  governmentFund: 'Government fund budget',
  stateCapital: 'State capital budget',
  socialInsurance: 'Social insurance fund budget',
};
export const CLASS_EN: Record<BudgetRowClass, string> = { basic: 'basic expenditure', project: 'project expenditure', total: 'total' };
export const FIGURE_EN: Record<BudgetFigure, string> = { opening: 'opening balance', income: 'income', expenditure: 'expenditure', closing: 'closing balance' };
export const GRADE_EN: Record<'excellent' | 'good' | 'fair' | 'poor', string> = {
  excellent: 'excellent (优)',
  good: 'good (良)',
  fair: 'fair (中)',
  poor: 'poor (差)',
};

/** "General public budget, basic expenditure" (the total row has no class). */
export const accountEn = (type: BudgetType, row: BudgetRowClass) => (row === 'total' ? TYPE_EN[type] : `${TYPE_EN[type]}, ${CLASS_EN[row]}`);
