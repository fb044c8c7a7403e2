// An old report (already read into a ParsedDocument) → the content of a draft evaluation:
// cover (title, date), outline, profile, budget accounts, key projects, numbered sections with
// their paragraphs verbatim and figure links, plus what could not be placed. Pure.
import { simplify } from './simplify.js';
import { unitRowAmounts } from './unitRows.js';
import { labelled } from '../../domain/checks/labels.js';
import type { DocTable, ParsedDocument } from '../../domain/checks/document.js';
import { hunanProvincial } from '../../domain/frameworks/hunanProvincial.js';
import type { BudgetAccount, BudgetType, FigureLink, FigureRef, KeyProject, NarrativeSection, ReportOutline, SectionKind } from '../../domain/types.js';
import { applyPlacedCells } from './cells.js';
import { cellName, placeFigures } from './placement.js';
import { isProjectReport } from './placementWords.js';
import { linesBefore, tableRowsLeft, tableSources, unitOf } from './tableSentences.js';
import { readProjectTable } from './projectTables.js';
import { orderedAccounts, readBudget, readBudgetTable, type UsedFigure } from './evaluationData.js';
import { readCover, readUnitProfile } from './cover.js';
import { ProjectBook } from './projects.js';
import { projectOfHeading, readProjectMoney } from './projectMoney.js';
import { indicatorTablesOf } from './indicatorTables.js';
import { textIndicators } from './textIndicators.js';
import { matchIndicators } from './indicatorMatch.js';
import { FUNDS_INDICATOR, fundsRowScore } from './fundsRowScore.js';
import { leavesOf } from '../../domain/frameworks/utils.js';
import { builtinFramework } from '../../domain/frameworks/builtin.js';
import type { Framework } from '../../domain/types.js';
import type { ImportedDraft, ImportResult, ImportSummary } from './importTypes.js';
import { isUnder, sectionTree, type Node } from './sectionTree.js';

export type { ImportedDraft, ImportResult, ImportSummary } from './importTypes.js';
export { chineseOrdinal } from './sectionTree.js';

/** The preview lists at most this many placed figures (a huge file places tens of thousands). */
export const MAX_LISTED = 1000;

function excerptOf(s: string, max = 60): string {
  const t = s.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

const OUTLINE_FRAMEWORK: Record<ReportOutline, string> = {
  departmentWide: 'department-wide',
  hunanProvincial: 'hunan-provincial',
  projectExpenditure: 'project-expenditure',
};

export function importEvaluation(doc: ParsedDocument, options: { unitShortName?: string; year?: number; framework?: Framework } = {}): ImportResult {
  const lines = doc.lines;
  const unplaced: string[] = [];
  const tableLine = new Map<number, number>(); // line → table index
  doc.tables.forEach((t, ti) => {
    for (let k = 0; k < (t.lineCount ?? t.rows.length); k++) tableLine.set(t.line + k, ti);
  });
  const first = doc.sections[0]?.line ?? lines.length;

  // Cover and preamble: everything before the first heading.
  const { title0, title, reportDate, unitName, preamble, titleYear, year } = readCover(doc, tableLine, first, options);

  // Sections: the document's headings as a tree; list items of some kinds fold into their parent.
  const { nodes, duties } = sectionTree(doc, tableLine, preamble);

  const DATA_KINDS = new Set<SectionKind>(['profile', 'budget', 'keyProject']);
  const outline: ReportOutline = nodes.some((n) => /一般公共预算(财政拨款)?支出情况/.test(n.title)) ? 'departmentWide' : 'hunanProvincial';
  const used = new Map<Node, Map<number, UsedFigure[]>>();
  const remember = (n: Node, p: number, figs: UsedFigure[]) => {
    if (!used.has(n)) used.set(n, new Map());
    const m = used.get(n)!;
    m.set(p, [...(m.get(p) ?? []), ...figs]);
  };
  const pathTitles = (n: Node | null): string => (n ? `${pathTitles(n.parent)} ${n.title}` : '');

  // Budget: statements in budget sections are regenerated from data, so their sentences go.
  const accounts = new Map<BudgetType, BudgetAccount>();
  const statements: ImportSummary['placed'] = []; // full budget statements, regenerated from data
  for (const n of nodes.filter((x) => x.kind === 'budget')) {
    n.paragraphs = n.paragraphs
      .map((p) => {
        const r = readBudget(p, pathTitles(n), accounts);
        for (const u of r.used) {
          if (u.ref?.kind !== 'budget') continue;
          const { budgetType, row, figure } = u.ref;
          const sentence = r.regenerable.find((x) => x.start <= u.start && u.start < x.start + x.text.length)?.text ?? p;
          statements.push({
            text: u.text,
            cell: cellName({ kind: 'budget', budgetType, row, figure }),
            value: accounts.get(budgetType)?.rows[row]?.[figure] ?? '',
            sentence: sentence.trim(),
          });
        }
        let kept = p;
        for (const s of [...r.regenerable].reverse()) kept = kept.slice(0, s.start) + kept.slice(s.start + s.text.length);
        return kept.trim();
      })
      .filter(Boolean);
  }
  // (a budget sentence outside a budget section fills its cells too: shown with the others, not only in the draft)
  for (const n of nodes.filter((x) => x.kind !== 'budget'))
    n.paragraphs.forEach((p, i) => {
      const { used: figs } = readBudget(p, pathTitles(n), accounts);
      remember(n, i, figs);
      for (const u of figs)
        if (u.ref?.kind === 'budget') {
          const { budgetType, row, figure } = u.ref;
          statements.push({
            text: u.text,
            cell: cellName({ kind: 'budget', budgetType, row, figure }),
            value: accounts.get(budgetType)?.rows[row]?.[figure] ?? '',
            sentence: p.trim(),
          });
        }
    });
  const free: DocTable[] = [];
  doc.tables.forEach((t) => {
    const before = lines.slice(Math.max(0, t.line - 3), t.line).join(' ');
    const host = [...doc.sections].reverse().find((s) => s.line < t.line);
    if (!readBudgetTable(t.rows, `${host?.title ?? ''} ${before}`, accounts)) free.push(t); // read below, as sentences
  });

  // Profile: 编制/在职/退休/内设机构 from profile sections, duties from the duties list.
  const profileNodes = nodes.filter((x) => x.kind === 'profile');
  const profile = readUnitProfile(profileNodes, duties, (k, i, figs) => remember(profileNodes[k]!, i, figs));

  // Key projects: target/actual anywhere in the narrative; headline and money in key-project sections.
  const book = new ProjectBook();
  for (const n of nodes.filter((x) => x.kind !== 'budget')) n.paragraphs.forEach((p, i) => remember(n, i, book.readTargetActual(p, n.title)));
  // a named project's heading or list item with its money (（一）某某项目。全年安排资金X，实际支出Y); a numbered
  // heading holding it all (1.某某项目：安排资金X，实际支出Y) too, its figures then taken from the title
  const ownMoney = new Set<string>();
  const titleMoney = new Map<Node, Set<number>>();
  // (a project's or a fund's own report: its money is the 年度资金总额 line's, its projects are parts of it)
  const ownReport = isProjectReport(title0 ?? '') || (!title0 && projectOutline(nodes.map((n) => n.title)));
  for (const n of ownReport ? [] : nodes) {
    const named = projectOfHeading(n.title);
    if (/\d/.test(n.title)) {
      const figs = readProjectMoney(book, `${n.title}。`);
      if (figs.length) titleMoney.set(n, new Set(figs.map((f) => f.start)));
    }
    n.paragraphs.forEach((p, i) => {
      const figs = readProjectMoney(book, p, named);
      if (!figs.length) return;
      remember(n, i, figs);
      ownMoney.add(`${n.key}:${i}`);
    });
  }
  const projectTops = nodes.filter((n) => n.kind === 'keyProject' && n.parent?.kind !== 'keyProject');
  for (const top of projectTops) {
    const members = nodes.filter((n) => n === top || isUnder(n, top));
    const text = members.map((n) => `${n.title}${n.paragraphs.join('')}`).join('');
    for (const n of members)
      n.paragraphs.forEach((p, i) => {
        if (!ownMoney.has(`${n.key}:${i}`)) remember(n, i, book.readProjectSection(p, text, top.title));
      });
  }
  // 项目名称 | 预算数 | 执行数 | 执行率: a table of key projects, after the prose (a project its prose gave money keeps it)
  const projectRows = new Set<string[]>();
  for (const t of ownReport ? [] : free) {
    const read = readProjectTable(book, t, t.unit ?? unitOf(t, linesBefore(doc, t)));
    read?.rows.forEach((r) => projectRows.add(r));
    unplaced.push(...(read?.notes ?? []));
  }
  const keyProjects: KeyProject[] = [...book.projects.values()].filter((p) => p.target !== null || p.actual !== null || p.funding.length);

  // Every other figure of the prose: placed into a cell through the relation model, or listed with the reason.
  // A numbered list item read as a heading (2.项目支出 469500 元，…) states figures too: placed, not linked.
  const sourceNodes: { node: Node; title: boolean }[] = [];
  const sources = nodes.flatMap((n) => {
    const body = { paragraphs: n.paragraphs, context: pathTitles(n), data: DATA_KINDS.has(n.kind) };
    sourceNodes.push({ node: n, title: false });
    if (!/\d/.test(n.title)) return [body];
    sourceNodes.splice(sourceNodes.length - 1, 0, { node: n, title: true });
    return [{ paragraphs: [`${n.title}。`], context: pathTitles(n.parent), data: false }, body];
  });
  const tables = tableSources(doc, free, titleYear ?? year, projectRows);
  const tableAt = sources.length; // sources from here on are tables
  sources.push(...tables.map((t) => t.source));
  const placement = placeFigures(sources, {
    // a text with no title whose headings are a project self-evaluation's (项目资金到位情况 / 执行情况) reads as one
    title: title0 ?? (projectOutline(nodes.map((n) => n.title)) ? '项目绩效自评' : null),
    year: titleYear ?? year,
    text: lines,
    taken: (si, pi, start) =>
      si < tableAt &&
      (sourceNodes[si]!.title
        ? !!titleMoney.get(sourceNodes[si]!.node)?.has(start)
        : (used.get(sourceNodes[si]!.node)?.get(pi) ?? []).some((f) => f.start === start)),
  });
  // Indicator tables: each row to the framework leaf of its name, else listed (their rows are not money rows left).
  const ownTables = doc.source?.format === 'docx' || doc.source?.format === 'xlsx';
  // (in plain text the rows are laid on their header's columns first: textIndicators.ts)
  const { tables: reportIndicators, taken: indicatorRows, unread } = ownTables ? indicatorTablesOf(doc.tables) : textIndicators(lines, doc.tables);
  unplaced.push(...unread);
  unplaced.push(...tableRowsLeft(free, tables, tableAt, placement, new Set([...indicatorRows, ...projectRows])), ...tables.flatMap((t) => t.unread ?? []));
  const onTitle = (f: { source: number }) => f.source >= tableAt || sourceNodes[f.source]!.title;
  const cells = applyPlacedCells(placement.placed, accounts);
  const where = (si: number, pi: number, start: number, text: string) => {
    if (si >= tableAt) return `表格：${tables[si - tableAt]!.rows[pi]!.join(' | ')}`;
    const { node: n, title } = sourceNodes[si]!;
    const p = title ? n.title : n.paragraphs[pi]!;
    return `${n.numbering ?? ''}${n.title}：…${excerptOf(p.slice(Math.max(0, start - 20), start + text.length + 10))}…`;
  };
  for (const f of cells.kept) {
    const ref: FigureRef | null = f.cell.kind === 'budget' ? { kind: 'budget', budgetType: f.cell.budgetType, row: f.cell.row, figure: f.cell.figure } : null;
    if (!onTitle(f)) remember(sourceNodes[f.source]!.node, f.paragraph, [{ start: f.start, text: f.text, ref }]);
  }
  for (const { figure: f, stated } of cells.clashes) {
    unplaced.push(`${f.text} — 两处数值不同（${cellName(f.cell)}：另处写为 ${stated} 万元） — ${where(f.source, f.paragraph, f.start, f.text)}`);
    if (!onTitle(f)) remember(sourceNodes[f.source]!.node, f.paragraph, [{ start: f.start, text: f.text, ref: null }]);
  }
  for (const f of placement.unplaced) {
    unplaced.push(`${f.text} — ${f.reason} — ${where(f.source, f.paragraph, f.start, f.text)}`);
    if (!onTitle(f)) remember(sourceNodes[f.source]!.node, f.paragraph, [{ start: f.start, text: f.text, ref: null }]);
  }

  // Figure links, and figures of data sections that went nowhere. (An amount a table row already placed or
  // listed is not listed again from its line: the 行次 tables' lines stay prose.)
  const fromTables = new Map<number, number>();
  for (const f of [...placement.placed, ...placement.unplaced])
    if (f.source >= tableAt) {
      const v = parseFloat(f.text);
      fromTables.set(v, (fromTables.get(v) ?? 0) + 1);
    }
  const listedByTable = (text: string): boolean => {
    const k = fromTables.get(parseFloat(text)) ?? 0;
    if (k) fromTables.set(parseFloat(text), k - 1);
    return k > 0;
  };
  for (const n of nodes) {
    const byPara = used.get(n);
    const rows = unitRowAmounts(n.paragraphs);
    n.paragraphs.forEach((p, i) => {
      const figs = byPara?.get(i) ?? [];
      const seen = new Set(figs.map((f) => f.start));
      for (const a of rows.filter((x) => x.paragraph === i && !seen.has(x.start) && !listedByTable(x.text)))
        unplaced.push(
          a.noUnit
            ? `${a.text} — 表格中的数，所在行没有写明单位（万元或元），未能识别所在的列 — ${n.numbering ?? ''}${n.title}：${excerptOf(p)}`
            : `${a.text}万元 — 表格中的数（${a.label}），未能识别所在的列 — ${n.numbering ?? ''}${n.title}：${excerptOf(p)}`,
        );
      for (const f of figs) {
        if (!f.ref || p.slice(f.start, f.start + f.text.length) !== f.text) continue;
        if (f.ref.kind === 'keyProject' || f.ref.kind === 'funding') if (!keyProjects.some((k) => k.code === (f.ref as { project: string }).project)) continue;
        n.figures.push({ paragraph: i, text: f.text, occurrence: occurrences(p.slice(0, f.start), f.text), ref: f.ref } satisfies FigureLink);
      }
      if (!DATA_KINDS.has(n.kind)) return;
      const starts = new Set(figs.map((f) => f.start));
      for (const q of labelled(simplify(p))) {
        if ((q.kind === 'money' || q.kind === 'count') && !starts.has(q.start))
          unplaced.push(`${q.text} — 无法识别对应栏目 — ${n.numbering ?? ''}${n.title}：…${excerptOf(p.slice(Math.max(0, q.start - 20), q.end + 10))}…`);
      }
    });
  }
  if (outline === 'hunanProvincial') {
    const l1 = hunanProvincial.indicators.filter((d) => d.level === 1);
    for (const n of nodes) {
      const hit = l1.find((d) => d.name === n.title) ?? (n.kind === 'keyProject' && !n.parent ? l1.find((d) => /重点民生实事/.test(d.name)) : undefined);
      if (hit && n.kind !== 'budget') n.indicatorCode = hit.code;
    }
  }

  const framework = options.framework ?? builtinFramework(OUTLINE_FRAMEWORK[outline])!;
  // the 自评表 funds row's 分值 / 得分: the score of the form's 预算执行率 (kept for the framework the draft is
  // written with; matched here only where this framework has that leaf, else it is no indicator left over)
  const fundsScore = fundsRowScore(doc.tables, reportIndicators);
  const ownIndicators = fundsScore ? [...reportIndicators, fundsScore] : reportIndicators;
  const matched = matchIndicators(framework, fundsScore && !leavesOf(framework).some((l) => l.name === FUNDS_INDICATOR) ? reportIndicators : ownIndicators);
  unplaced.push(...matched.unplaced);

  const sections: NarrativeSection[] = nodes.map(({ key, parentKey, order, kind, numbering, title, runIn, paragraphs, indicatorCode, figures }) => ({
    key,
    parentKey,
    order,
    kind,
    numbering,
    title,
    runIn,
    paragraphs,
    indicatorCode,
    figures,
  }));
  const budget = orderedAccounts(accounts);
  const budgetRows = budget.reduce((n, a) => n + Object.keys(a.rows).length, 0);
  const draft: ImportedDraft = {
    outline,
    title,
    reportDate,
    profile,
    budget,
    budgetLines: cells.budgetLines,
    threePublic: cells.threePublic,
    indicators: matched.values,
    keyProjects,
    sections,
    ...(ownIndicators.length ? { reportIndicators: ownIndicators } : {}),
  };
  const depth = (n: Node): number => (n.parent ? depth(n.parent) + 1 : 0);
  return {
    draft,
    unplaced,
    recognised: {
      format: doc.source?.format ?? null,
      title,
      reportDate,
      year,
      unitName,
      outline,
      headings: nodes.filter((n) => n.kind !== 'preamble').map((n) => `${'  '.repeat(depth(n))}${n.numbering ?? ''}${n.title}`),
      sections: sections.length,
      paragraphs: sections.reduce((k, s) => k + s.paragraphs.length, 0),
      budgetRows,
      noActivity: budget.filter((b) => b.noActivity).map((b) => b.budgetType),
      profile: profile && {
        authorizedPosts: profile.authorizedPosts,
        staffActual: profile.staffActual,
        retired: profile.retired,
        departments: profile.departments,
        duties: profile.duties.length,
      },
      keyProjects: keyProjects.map((p) => ({
        code: p.code,
        name: p.name,
        target: p.target,
        actual: p.actual,
        unitOfMeasure: p.unitOfMeasure,
        funding: p.funding.length,
      })),
      figureLinks: sections.reduce((k, s) => k + s.figures.length, 0),
      placedTotal: statements.length + cells.kept.length,
      placed: [
        ...statements,
        ...cells.kept.slice(0, MAX_LISTED).map((f) => ({ text: f.text, cell: cellName(f.cell), value: f.value, sentence: f.sentence })),
      ].slice(0, MAX_LISTED),
      filled: cells.filled,
      indicators: matched.rows,
      indicatorTotals: reportIndicators.flatMap((t) => (t.total ? [t.total] : [])),
    },
  };
}

/** Headings of a project's self-evaluation (项目资金到位情况分析, 项目资金执行情况), none of a department's whole spending. */
export const projectOutline = (titles: string[]): boolean =>
  titles.some((t) => /^项目资金(?:申报及使用|到位|执行|使用|管理|拨付)情况/.test(t)) && !titles.some((t) => /整体|部门/.test(t));

function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++; // overlapping, as checkNarrative counts
  return n;
}
