// What scoring a table yields (kept apart so the finding rules can read it without a cycle).
import type { Decimal, Grade } from '../types.js';
import type { Finding } from './finding.js';

export interface ScoredIndicator {
  index: number;
  code: string | null;
  level1: string;
  level2: string;
  name: string;
  weight: Decimal;
  applicable: boolean;
  score: string | null; // null when not applicable
  missed: boolean; // scored and the actual fails the target's comparison (see missed.ts)
  explanation: string;
  exact?: Decimal; // unrounded score when rounding applied
}

export interface ScoredBudget {
  weight: Decimal;
  rate: Decimal | null; // exact 执行率
  score: string;
  explanation: string;
  exact?: Decimal;
}

export interface TableResult {
  budget: ScoredBudget | null;
  indicators: ScoredIndicator[];
  fullWeight: Decimal; // every weight of the table, N/A leaves included
  applicableWeight: Decimal;
  sum: Decimal; // sum of the rounded scores
  total: string; // 2 dp
  totalExplanation: string;
  grade: Grade;
  findings: Finding[];
}
