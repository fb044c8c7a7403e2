// Structural rules on an evaluation's content that a JSON schema cannot state: keys unique where the
// store keys rows by them, sections forming one tree (every section reaches the root), no negative
// amounts or counts, a report date in a plausible range. Pure; the save path refuses (400) on any.
import { cmp, isDecimal } from './decimal.js';
import type { Evaluation, NarrativeSection } from './types.js';

type EvaluationContent = Pick<Evaluation, 'reportDate' | 'budget' | 'budgetLines' | 'threePublic' | 'indicators' | 'keyProjects' | 'sections'>;

/** Problems with the section tree: duplicated keys, a parent that does not exist, cycles. */
export function sectionTreeProblems(sections: readonly Pick<NarrativeSection, 'key' | 'parentKey' | 'title'>[]): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, Pick<NarrativeSection, 'key' | 'parentKey' | 'title'>>();
  for (const s of sections) {
    if (byKey.has(s.key)) problems.push(`章节编号 ${s.key} 重复（“${byKey.get(s.key)!.title}”与“${s.title}”）/ duplicated section key ${s.key}`);
    else byKey.set(s.key, s);
  }
  if (problems.length) return problems;
  // Walk each section up to the root; `done` marks sections already known to reach it (linear overall).
  const done = new Set<string>();
  for (const s of sections) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: Pick<NarrativeSection, 'key' | 'parentKey' | 'title'> | undefined = s;
    while (cur && cur.parentKey !== null && !done.has(cur.key)) {
      if (cur.parentKey === cur.key) {
        problems.push(`章节 ${cur.key}“${cur.title}”的上级是它自己 / section ${cur.key} is its own parent`);
        break;
      }
      if (onPath.has(cur.key)) {
        problems.push(`章节上下级循环：${[...path.slice(path.indexOf(cur.key)), cur.key].join(' → ')} / sections form a cycle`);
        break;
      }
      path.push(cur.key);
      onPath.add(cur.key);
      const parent = byKey.get(cur.parentKey);
      if (!parent) {
        problems.push(`章节 ${cur.key}“${cur.title}”的上级 ${cur.parentKey} 不存在 / parent ${cur.parentKey} of section ${cur.key} does not exist`);
        break;
      }
      cur = parent;
    }
    if (problems.length) return problems;
    for (const k of path) done.add(k);
  }
  return problems;
}

/** `shown`: how a repeated row is named to the filler when its key is a code (a funding source). */
function duplicates<T>(items: readonly T[], key: (t: T) => string, what: string, whatEn: string, shown: (t: T) => string = key): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const it of items) {
    const k = key(it);
    if (seen.has(k)) out.push(`${what} ${shown(it)} 重复 / ${whatEn} given twice`);
    seen.add(k);
  }
  return out;
}

const negative = (v: string | null | undefined) => typeof v === 'string' && isDecimal(v) && cmp(v, '0') < 0;

/** Every structural problem of `content` for an evaluation of `year`; empty when it may be stored. */
export function contentProblems(content: EvaluationContent, year: number): string[] {
  const problems = [
    ...duplicates(content.budget, (b) => b.budgetType, '预算类型', 'a budget type'),
    ...duplicates(content.budgetLines, (l) => l.key, '预算资金行', 'a budget line'),
    ...duplicates(content.threePublic, (t) => t.item, '“三公”经费项目', 'a “three public expenses” item'),
    ...duplicates(content.indicators, (i) => i.indicatorCode, '指标', 'an indicator'),
    ...duplicates(content.keyProjects, (k) => k.code, '重点项目', 'a key project'),
    ...content.keyProjects.flatMap((k) =>
      duplicates(
        k.funding,
        (f) => `${f.category}/${f.source}`,
        `重点项目 ${k.name} 的资金来源`,
        'a funding source of a key project',
        (f) => `“${f.category} ${f.label}”`,
      ),
    ),
    ...sectionTreeProblems(content.sections),
  ];
  for (const b of content.budget) {
    for (const [row, figures] of Object.entries(b.rows)) {
      for (const [figure, v] of Object.entries(figures ?? {})) {
        if (negative(v)) problems.push(`预算数不能为负：${b.budgetType}/${row}/${figure} = ${v} 万元 / negative budget figure`);
      }
    }
  }
  for (const l of content.budgetLines) {
    for (const v of [l.initial, l.adjusted, l.executed]) if (negative(v)) problems.push(`预算资金“${l.label}”不能为负：${v} 万元 / negative budget line`);
  }
  for (const t of content.threePublic) {
    for (const v of [t.budget, t.actual]) if (negative(v)) problems.push(`“三公”经费 ${t.item} 不能为负：${v} 万元 / negative amount`);
  }
  for (const k of content.keyProjects) {
    for (const v of [k.target, k.actual]) if (negative(v)) problems.push(`重点项目“${k.name}”的数量不能为负：${v}${k.unitOfMeasure} / negative count`);
    for (const f of k.funding) if (negative(f.amount)) problems.push(`重点项目“${k.name}”的资金“${f.label}”不能为负：${f.amount} 万元 / negative amount`);
  }
  if (content.reportDate) {
    const y = Number(content.reportDate.slice(0, 4));
    // Written after the year, usually the next; last year's report imported as a start is dated
    // a year earlier. Anything further off is a typo (9999-12-31), refused with the range.
    if (!(y >= year - 5 && y <= year + 5))
      problems.push(`报告日期 ${content.reportDate} 不合理：${year} 年度的自评报告日期应在 ${year - 5}–${year + 5} 年之间 / implausible report date`);
  }
  return problems;
}

/** The API schema's size limits (src/server/schemas.ts), for content that did not come through it (imports). */
export const CONTENT_LIMITS = { title: 300, sections: 1000, paragraphsPerSection: 500, paragraphChars: 20_000, sectionTitle: 500 };

export function sizeProblems(content: Pick<Evaluation, 'title' | 'sections'>): string[] {
  const L = CONTENT_LIMITS;
  const out: string[] = [];
  if (content.title.length > L.title) out.push(`标题有 ${content.title.length} 个字，超过 ${L.title} 字的上限 / title too long`);
  if (content.sections.length > L.sections) out.push(`共 ${content.sections.length} 个章节，超过 ${L.sections} 个的上限 / too many sections`);
  for (const s of content.sections) {
    if (out.length >= 5) break;
    const name = `章节 ${s.key}“${s.title.slice(0, 30)}”`;
    if (s.title.length > L.sectionTitle) out.push(`${name}的标题超过 ${L.sectionTitle} 字 / section title too long`);
    if (s.paragraphs.length > L.paragraphsPerSection)
      out.push(`${name}有 ${s.paragraphs.length} 段，超过每节 ${L.paragraphsPerSection} 段的上限 / too many paragraphs`);
    const long = s.paragraphs.findIndex((p) => p.length > L.paragraphChars);
    if (long >= 0) out.push(`${name}第 ${long + 1} 段超过 ${L.paragraphChars} 字 / paragraph too long`);
  }
  return out;
}
