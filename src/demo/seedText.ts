// Test support: renders an evaluation's narrative back to the lines a seed prints, so tests can
// compare it with the seed text line by line. Generated sentences (budget, duties) come from data.
import type { BudgetFigures, BudgetType, NarrativeSection } from '../domain/types.js';
import type { DemoEvaluation } from './types.js';
import { BUDGET_TYPE_LABELS } from '../domain/types.js';

export interface RenderedLine {
  text: string; // as stored, with canonical numbering
  alt: string | null; // the heading without its numbering (some seeds drop it)
  sectionKey: string;
}

const BUDGET_LABEL = BUDGET_TYPE_LABELS;

const BUDGET_SECTIONS: Record<string, { type: BudgetType; row: 'total' | 'basic' | 'project' }> = {
  '2': { type: 'general', row: 'total' },
  '2.1': { type: 'general', row: 'basic' },
  '2.2': { type: 'general', row: 'project' },
  '3': { type: 'governmentFund', row: 'total' },
  '4': { type: 'stateCapital', row: 'total' },
  '5': { type: 'socialInsurance', row: 'total' },
};

function budgetSentence(ev: DemoEvaluation, shortName: string, key: string): string | null {
  const spec = BUDGET_SECTIONS[key];
  if (!spec) return null;
  const acc = ev.budget.find((b) => b.budgetType === spec.type);
  if (!acc) return null;
  if (acc.noActivity) return `${shortName}无${BUDGET_LABEL[spec.type]}支出。`;
  const f: BudgetFigures | undefined = acc.rows[spec.row];
  if (!f) return null;
  const cls = spec.row === 'basic' ? '基本支出' : spec.row === 'project' ? '项目支出' : '';
  return `${shortName}${ev.year}年度${BUDGET_LABEL[spec.type]}财政拨款${cls}年初结转和结余${f.opening}万元，本年收入${f.income}万元，本年支出${f.expenditure}万元，年末结转和结余${f.closing}万元。`;
}

export function renderLines(ev: DemoEvaluation, shortName: string): RenderedLine[] {
  const out: RenderedLine[] = [];
  const push = (s: NarrativeSection, text: string, alt: string | null = null) => out.push({ text, alt, sectionKey: s.key });
  for (const s of ev.sections) {
    const paragraphs = [...s.paragraphs];
    if (s.runIn) {
      push(s, `${s.numbering ?? ''}${s.title}${paragraphs.shift() ?? ''}`);
    } else if (s.title !== '') {
      push(s, `${s.numbering ?? ''}${s.title}`, s.numbering ? s.title : null);
    }
    if (s.kind === 'duties') (ev.profile?.duties ?? []).forEach((d, i) => push(s, `${i + 1}、${d}`));
    if (s.kind === 'budget') {
      const sentence = budgetSentence(ev, shortName, s.key);
      if (sentence) push(s, sentence);
    }
    for (const p of paragraphs) push(s, p);
  }
  return out;
}

/** The seed's non-empty lines, trimmed (ASCII and full-width indentation). */
export function seedLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Every number as written: integers and decimals (153.98, 10361, 1.9). */
export function numberTokens(text: string): string[] {
  return text.match(/\d+(?:\.\d+)?/g) ?? [];
}
