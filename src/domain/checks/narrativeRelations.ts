// The narrative of a stored evaluation read with the relation model (src/domain/relations): the
// relations its paragraphs assert among themselves (sums, shares, changes …), and every budget
// figure a sentence states compared with the stored budget table. Each relation and finding is
// placed on its section and paragraph.
import { normalize, shift, sum } from '../decimal.js';
import { buildContext, sentenceText } from '../relations/context.js';
import { inUnit, judge, written } from '../relations/compare.js';
import type { Figure } from '../relations/figures.js';
import type { Relation } from '../relations/types.js';
import type { BudgetFigure, BudgetRowClass, BudgetType, Decimal, Evaluation } from '../types.js';
import { budgetClassOf, budgetTypeOf, FIGURE_LABELS, TYPE_LABELS } from './budget.js';
import type { DocSection, ParsedDocument } from './document.js';
import { accountEn, FIGURE_EN } from './en.js';
import { finding, type Finding, type FindingLocation } from './finding.js';
import { SELF_NAME } from '../relations/selfName.js';

/** A relation of the narrative, on its section (key) and paragraph. */
export interface LocatedRelation extends Relation {
  location: FindingLocation;
}

interface Place {
  section: string;
  title: string;
  paragraph: number | null;
}

/** The narrative as a document: each section's heading, then its paragraphs, a blank line between. */
export function narrativeDocument(e: Pick<Evaluation, 'title' | 'sections'>): { doc: ParsedDocument; places: Place[] } {
  const lines: string[] = [];
  const places: Place[] = [];
  const sections: DocSection[] = [];
  const push = (text: string, p: Place) => (lines.push(text), places.push(p));
  for (const s of e.sections) {
    const title = `${s.numbering ?? ''}${s.title}`;
    const level = s.key.split('.').length;
    const line = lines.length;
    if (!s.runIn && s.title) push(title, { section: s.key, title, paragraph: null });
    s.paragraphs.forEach((para, i) => {
      for (const l of para.split(/\r?\n/)) push(l, { section: s.key, title, paragraph: i });
      push('', { section: s.key, title, paragraph: i });
    });
    sections.push({ key: s.key, numbering: s.numbering, title: s.title, level, kind: s.kind, line, endLine: lines.length, runIn: s.runIn });
  }
  // a section spans its subsections too
  for (const s of sections) {
    const next = sections.find((x) => x.line > s.line && x.level <= s.level);
    s.endLine = next ? next.line : lines.length;
  }
  return { doc: { lines, sections, tables: [], title: e.title, junk: [], source: { format: 'text' } }, places };
}

const ROW_LABELS: Record<BudgetRowClass, string> = { total: '合计', basic: '基本支出', project: '项目支出' };
const FIGURE_OF: [RegExp, BudgetFigure][] = [
  [/年初(?:财政拨款)?结转(?:和|及|与)?结余(?:资金)?$/, 'opening'],
  [/年末(?:财政拨款)?结转(?:和|及|与)?结余(?:资金)?$/, 'closing'],
  [/(?:^|本年度?|全年|当年|年度|总)收入(?:合计|总额|总计|决算数?)?$/, 'income'],
  [/(?:(?:^|本年度?|全年|当年|年度|总)|基本|项目)支出(?:合计|总额|总计|决算数?)?$/, 'expenditure'],
];
// what may stand before the budget word: the year, the unit, the budget type, stage words
const PREFIX_WORDS = new RegExp(
  `(?:19|20)\\d\\d年度?|一般公共预算|政府性基金预算?|国有资本经营预算?|社会保险基金预算?|财政拨款|本年度?|全年|当年|决算|${SELF_NAME}|单位|部门|整体|的|基本支出|项目支出|基本|项目|总`,
  'g',
);

/** The cell of the budget table a narrative figure states, or null when it names none for sure. */
function cellOf(f: Figure, e: Evaluation, subject: string, context: string): { type: BudgetType; row: BudgetRowClass; figure: BudgetFigure } | null {
  if (f.q.kind !== 'money' || f.role !== 'level' || f.prior || (f.stage !== null && f.stage !== 'actual')) return null;
  if (f.year !== null && Number(f.year) !== e.year) return null;
  const label = f.label;
  const hit = FIGURE_OF.find(([re]) => re.test(label));
  if (!hit) return null;
  let prefix = label.replace(hit[0], '');
  for (const n of [e.unit.name, e.unit.shortName].filter((x): x is string => !!x).sort((a, b) => b.length - a.length)) prefix = prefix.split(n).join('');
  if (prefix.replace(PREFIX_WORDS, '') !== '') return null;
  if (/其他资金|非财政|上年/.test(subject)) return null;
  const row = budgetClassOf(label) ?? budgetClassOf(subject) ?? budgetClassOf(context) ?? 'total';
  const active = e.budget.filter((a) => !a.noActivity && Object.keys(a.rows).length);
  const named = budgetTypeOf(label) ?? budgetTypeOf(subject) ?? budgetTypeOf(context);
  const type = named ?? (active.length === 1 ? active[0]!.budgetType : null);
  return type ? { type, row, figure: hit[1] } : null;
}

function stored(e: Evaluation, type: BudgetType, row: BudgetRowClass, figure: BudgetFigure): Decimal | null {
  const acc = e.budget.find((a) => a.budgetType === type);
  if (!acc || acc.noActivity) return null;
  const r = acc.rows[row];
  if (r) return r[figure];
  const { basic, project } = acc.rows;
  return row === 'total' && basic && project ? sum([basic[figure], project[figure]]) : null;
}

/** Relations and findings of an evaluation's narrative (budget-table comparisons included). */
export function analyzeNarrative(e: Evaluation): { relations: LocatedRelation[]; findings: Finding[] } {
  const { doc, places } = narrativeDocument(e);
  if (!doc.lines.length) return { relations: [], findings: [] };
  const placeOf = (line: number): FindingLocation => {
    const p = places[line - 1];
    return p ? { section: p.section, ...(p.paragraph !== null ? { paragraph: p.paragraph } : {}) } : {};
  };
  const relations: LocatedRelation[] = [];
  const findings: Finding[] = [];
  const ctx = buildContext(doc);
  for (const f of ctx.figs) {
    const place = places[f.line];
    if (!place || place.paragraph === null) continue;
    const para = ctx.paras[f.para]!;
    const sStart = para.sentenceStarts[f.sentence]!;
    const subject = para.text.slice(sStart, ctx.byPara[f.para]!.find((x) => x.sentence === f.sentence)!.start);
    const section = e.sections.find((s) => s.key === place.section);
    const context = doc.sections
      .filter((s) => s.line <= f.line && f.line < s.endLine)
      .map((s) => s.title)
      .join(' ');
    const cell = cellOf(f, e, subject, context);
    if (!cell) continue;
    const value = stored(e, cell.type, cell.row, cell.figure);
    if (value === null) continue;
    const text = written(f.q);
    // a figure linked to the data is checked by the link rule (narrative.ts)
    if (section?.figures.some((l) => l.paragraph === place.paragraph && l.ref.kind === 'budget' && l.text.replace(/\s+/g, '') === text)) continue;
    const verdict = judge(f.q, shift(value, 4), '0');
    const cellName = `${TYPE_LABELS[cell.type]}${ROW_LABELS[cell.row]}${FIGURE_LABELS[cell.figure]}`;
    const cellEn = `${accountEn(cell.type, cell.row)}, ${FIGURE_EN[cell.figure]}`;
    const shown = `${normalize(value)}万元`;
    const sentence = sentenceText(ctx, f);
    const offset = para.text.indexOf(sentence, sStart);
    const location: FindingLocation = { ...placeOf(f.line + 1), field: `budget.${cell.type}.${cell.row}.${cell.figure}` };
    relations.push({
      kind: 'same',
      verdict,
      stated: inUnit(f.q, f.q.value),
      computed: inUnit(f.q, shift(value, 4)),
      statedText: text,
      computedText: shown,
      parts: [{ label: `预算表 ${cellName}`, text: shown, value: Number(value) }],
      labels: [f.label],
      reason: `正文中的“${f.label}”与预算表“${cellName}”是同一个数`,
      reasonEn: `“${f.label}” in the text is the budget table's ${cellEn}`,
      line: f.line + 1,
      text: sentence.length <= 160 ? sentence : `${sentence.slice(0, 159)}…`,
      ...(offset >= 0 && sentence.length <= 160 ? { spans: [[f.start - offset, f.end - offset] as [number, number]] } : {}),
      location,
    });
    if (verdict === 'error')
      findings.push(
        finding(
          'error',
          'narrative',
          `正文写“${f.label}${text}”，但预算表中${cellName}为 ${shown}`,
          text,
          shown,
          sentence,
          location,
          `The text says ${text} (“${f.label}”), but the budget table holds ${normalize(value)} (10,000 yuan) as the ${cellEn}`,
        ),
      );
  }
  return { relations, findings };
}

/** Relations (and their findings) the narrative asserts within itself, placed on paragraphs. */
export function placeOnNarrative(
  e: Pick<Evaluation, 'title' | 'sections'>,
  analyze: (doc: ParsedDocument) => { relations: Relation[]; findings: Finding[] },
): { relations: LocatedRelation[]; findings: Finding[] } {
  const { doc, places } = narrativeDocument(e);
  if (!doc.lines.length) return { relations: [], findings: [] };
  const at = (line: number | undefined): FindingLocation => {
    const p = line ? places[line - 1] : undefined;
    return p ? { section: p.section, ...(p.paragraph !== null ? { paragraph: p.paragraph } : {}) } : {};
  };
  const a = analyze(doc);
  return {
    relations: a.relations.map((r) => ({ ...r, location: at(r.line) })),
    findings: a.findings.map((f) => ({ ...f, location: at(f.location?.line) })),
  };
}
