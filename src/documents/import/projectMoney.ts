// A named project's own money in prose: a heading or list item naming the project (（一）某某项目。 / 1.某某项目：)
// followed by what it was given and what it spent (全年安排资金X，实际支出Y) → a key project whose money is its
// measure (预算 as target, 支出 as actual, 万元). Pure; says which figures it used.
import { labelled, type LabelledQuantity } from '../../domain/checks/labels.js';
import { normalize } from '../../domain/decimal.js';
import type { Decimal } from '../../domain/types.js';
import { piecesOf, type UsedFigure } from './evaluationData.js';
import { projectField } from './placementWords.js';
import type { ProjectBook } from './projects.js';

// 某某项目 as the whole heading, or opening a list item (（一）某某项目。全年安排…): never 项目支出 (a row of the
// unit's account) nor a heading of projects in general (重点项目 / 其他项目)
const GENERAL = /^(?:重点|主要|其他|各|本单位|部门|单位|专项|民生)?项目$|^.{0,4}(?:实施|开展|完成|安排)/;
const LIST = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[.、．](?!\d))\s*/;
const NAME = /^[“"《]?([^，,。；;：:\d“”"《》]{2,30}?项目)[”"》]?(?!支出)/;

/** The project a heading names (某某项目 / 某某项目。), or null. */
export function projectOfHeading(title: string): string | null {
  const m = NAME.exec(title.trim());
  return m && m[0].length >= title.trim().replace(/[。.：:，,\s]+$/, '').length && !GENERAL.test(m[1]!) ? m[1]! : null;
}

// after the name: punctuation (a list item's name, its money in the sentences after), or the money words at once
const ITEM_END = /^\s*[。.：:，,]/;
const MONEY_NEXT = /^\s*(?:全年|年初|年度|本年|当年)?(?:共|累计)?(?:安排|预算|下达|批复|计划|资金|经费|投入|到位)/;

/** The project a sentence opens with (（一）某某项目。… / 某某项目全年安排资金…), and whether its money may follow in later sentences. */
export function projectOfItem(sentence: string): { name: string; item: boolean } | null {
  const list = LIST.exec(sentence);
  const from = list ? list[0].length : 0;
  const m = NAME.exec(sentence.slice(from));
  if (!m || GENERAL.test(m[1]!)) return null;
  const after = sentence.slice(from + m[0].length);
  if (list && ITEM_END.test(after)) return { name: m[1]!, item: true };
  // 某某项目：安排资金X (a run-in name) / 某某项目全年安排资金X: the money of this sentence
  return MONEY_NEXT.test(after.replace(/^\s*[：:]/, '')) ? { name: m[1]!, item: false } : null;
}

/**
 * The sentences of a paragraph before a figure's are a list item naming a project (（一）某某项目。全年安排…): what
 * follows up to the next item is that project's.
 */
export function inProjectItem(paragraphBefore: string): boolean {
  let inside = false;
  for (const p of piecesOf(paragraphBefore)) {
    const item = projectOfItem(p.text);
    if (item) inside = item.item;
    else if (LIST.test(p.text)) inside = false;
  }
  return inside;
}

/** 全年安排资金 / 年初预算 / 计划投资 → the budget; 实际支出 / 执行数 / 拨付 → the spending (projectField's words). */
function fieldOf(q: LabelledQuantity): 'budget' | 'spent' | null {
  const clause = (q.label.split(/[，,；;：:]/).pop() ?? '').replace(/^.*项目/, '').trim();
  const l = clause.replace(/^(?:全年|年度|本年|当年)?(?:共|累计)?(?:安排|下达|批复|到位)(?=资金|经费|预算)/, '').replace(/(?:为|共|达|是)$/, '');
  const f = projectField(l);
  return f === 'executed' ? 'spent' : f === 'initial' || f === 'adjusted' ? 'budget' : null;
}

/** An amount of a project's money: in 万元, as written, and where it starts in the text read. */
export type ProjectAmount = { wan: Decimal; text: string; start: number };

/**
 * The budget and spending of each project a paragraph names (`heading`: the project its heading names) —
 * the first exact money figure of each kind, in the sentence naming the project or (a list item, a heading) the
 * sentences after it up to the next project.
 */
export function readProjectMoney(book: ProjectBook, paragraph: string, heading: string | null = null): UsedFigure[] {
  const found = new Map<string, { budget?: ProjectAmount; spent?: ProjectAmount }>();
  let current = heading;
  for (const p of piecesOf(paragraph)) {
    const item = projectOfItem(p.text);
    if (item) current = item.name;
    if (current) {
      const money = found.get(current) ?? {};
      found.set(current, money);
      for (const q of labelled(p.text)) {
        if (q.kind !== 'money' || q.wan === undefined || q.qualifier !== 'exact') continue;
        const f = fieldOf(q);
        if (f && !money[f]) money[f] = { wan: q.wan, text: q.text, start: p.start + q.start };
      }
    }
    if (item && !item.item) current = heading;
  }
  return [...found].flatMap(([name, { budget, spent }]) => (budget || spent ? projectMoney(book, name, budget, spent) : []));
}

/** A project's budget and spending as its headline measure (资金, 万元), or a further 'funds' measure; once per project. */
export function projectMoney(book: ProjectBook, name: string, budget: ProjectAmount | undefined, spent: ProjectAmount | undefined): UsedFigure[] {
  const { project } = book.get(name, name, '资金', '万元');
  if (project.measure === '资金' && (project.target !== null || project.actual !== null)) return []; // read once
  const headline = project.target === null && project.actual === null && (project.measures ?? []).length === 0;
  const measure = headline ? undefined : 'funds';
  if (headline) {
    project.measure = '资金';
    project.unitOfMeasure = '万元';
    project.target = budget ? normalize(budget.wan) : null;
    project.actual = spent ? normalize(spent.wan) : null;
  } else if (!(project.measures ?? []).some((m) => m.key === 'funds')) {
    (project.measures ??= []).push({
      key: 'funds',
      name: '资金',
      unitOfMeasure: '万元',
      kind: 'money',
      target: budget ? normalize(budget.wan) : null,
      actual: spent ? normalize(spent.wan) : null,
    });
  } else return [];
  const used: UsedFigure[] = [];
  for (const [x, field] of [
    [budget, 'target'],
    [spent, 'actual'],
  ] as const)
    if (x) used.push({ start: x.start, text: x.text, ref: { kind: 'keyProject', project: project.code, field, ...(measure ? { measure } : {}) } });
  return used;
}
