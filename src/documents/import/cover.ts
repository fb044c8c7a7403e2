// The front of an old report: the cover (title, 单位名称, date, what stands before the first heading and
// the year the title names) and the unit profile (编制/在职/退休/内设机构 from the profile sections, duties
// from the duties list). Pure.
import type { ParsedDocument } from '../../domain/checks/document.js';
import type { UnitProfile } from '../../domain/types.js';
import { readProfile, type UsedFigure } from './evaluationData.js';

/** 2023年7月18日 (also 2023.7.18 / 2023-07-18) alone on a line → '2023-07-18'. */
export function coverDate(line: string): string | null {
  const m = /^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$/.exec(line.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface Cover {
  /** The document's own title (null: none found). */
  title0: string | null;
  /** The title, or one made from the year and the unit's short name. */
  title: string;
  reportDate: string | null;
  unitName: string | null;
  /** Lines before the first heading that are neither title, date nor 单位名称. */
  preamble: string[];
  titleYear: number | null;
  year: number | null;
}

const TITLE_END = /^(.{2,60}?(?:报告|自评表|评价表|目标表|(?:自评|评价)情况))/;
const TITLE_YEAR = /^\s*[（(]\s*((?:19|20)\d\d)\s*年度?\s*[)）]/;

/**
 * The title of a self-evaluation that the document structure did not take (it looks only for a line
 * ending in 报告): a 自评表 / 评价报告 / 自评情况 title with a file name's debris (部门整体支出绩效自评表(4).docx,
 * 项目绩效自评报告1, 附件3…, 1、…), or glued to the text after it (…自评表单位名称:…, …自评报告一、项目概况…),
 * with a (2023年度) right after it. Only titles of a 绩效/自评/评价 document; null when none.
 */
export function coverTitle(lines: string[]): string | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 6; i++) {
    const raw = lines[i]!.trim();
    if (!raw) continue;
    seen++;
    // 《….docx》由会员分享: a document site's line naming the file, the title comes again below
    if (/由会员分享|可在线阅读/.test(raw)) continue;
    const t = raw
      .split('|')[0]!
      .trim()
      .replace(/^(?:附件\s*\d*\s*[:：]?|\d{1,2}\s*[、.．](?!\d))\s*/, '');
    const m = TITLE_END.exec(t);
    if (!m || !/绩效|自评|评价/.test(m[1]!) || /[，。；,;《》“”"：:]/.test(m[1]!)) continue;
    let title = m[1]!.replace(/\s+/g, '');
    // (2021年度) after the title, on its line or alone on the next one
    const nextLine =
      lines
        .slice(i + 1)
        .find((l) => l.trim())
        ?.split('|')[0] ?? '';
    const y = TITLE_YEAR.exec(t.slice(m[1]!.length)) ?? (t.slice(m[1]!.length).trim() ? null : TITLE_YEAR.exec(nextLine));
    // …or where the title comes again further down (部门整体支出绩效自评表(4).docx … 1、部门整体支出绩效自评表(2021年度)…)
    const again = y ? null : lines.slice(i + 1, i + 12).find((l) => l.includes(title) && TITLE_YEAR.test(l.slice(l.indexOf(title) + title.length)));
    const year = y ?? (again ? TITLE_YEAR.exec(again.slice(again.indexOf(title) + title.length)) : null);
    if (year && !/(?:19|20)\d\d年/.test(title)) title += `（${year[1]}年度）`;
    return title;
  }
  return null;
}

/** Everything before the first heading (`first`), table lines aside. */
export function readCover(doc: ParsedDocument, tableLine: Map<number, number>, first: number, options: { unitShortName?: string; year?: number }): Cover {
  const title0 = doc.title ?? coverTitle(doc.lines);
  let reportDate: string | null = null;
  let unitName: string | null = null;
  const preamble: string[] = [];
  for (let i = 0; i < first; i++) {
    const t = doc.lines[i]!.trim();
    if (!t || tableLine.has(i)) continue;
    const date = coverDate(t);
    const unit = /^(?:单位名称|填报单位|报送单位|单位)\s*[：:]\s*(.+)$/.exec(t);
    if (date) reportDate ??= date;
    else if (unit) unitName ??= unit[1]!.trim();
    else if (/^附件\s*\d*$/.test(t) || (title0 && t.length >= 4 && title0.includes(t))) continue;
    else preamble.push(t);
  }
  const titleYear = title0 && /((?:19|20)\d{2})\s*年/.exec(title0) ? Number(/((?:19|20)\d{2})\s*年/.exec(title0)![1]) : null;
  const year = options.year ?? titleYear;
  // no title found: a 部门决算 / 预算 text (its first lines say so, never 绩效) is not named a self-evaluation
  const head = doc.lines
    .filter((l) => l.trim())
    .slice(0, 6)
    .join(' ');
  const kind = /部门(?:决算|预算)/.test(head) && !/绩效|自评|评价/.test(head) ? (/部门决算/.test(head) ? '部门决算' : '部门预算') : '绩效自评报告';
  const kindYear = kind === '绩效自评报告' ? null : /((?:19|20)\d{2})\s*年度?部门[决预]算/.exec(head)?.[1];
  const title = title0 ?? `${year ?? kindYear ?? ''}年度${options.unitShortName ?? ''}${kind}`;
  return { title0, title, reportDate, unitName, preamble, titleYear, year };
}

/**
 * The unit profile from the paragraphs of the profile sections (`remember` gets the figures each
 * paragraph used, by section index and paragraph) and the duties already listed; null when neither.
 */
export function readUnitProfile(
  sections: { paragraphs: string[] }[],
  duties: string[],
  remember: (section: number, paragraph: number, used: UsedFigure[]) => void,
): UnitProfile | null {
  const base: Omit<UnitProfile, 'duties'> = { authorizedPosts: null, staffActual: null, retired: null, departments: [], intro: null };
  let found = false;
  sections.forEach((n, k) => {
    n.paragraphs.forEach((p, i) => {
      const r = readProfile(p, base);
      found ||= r.found;
      remember(k, i, r.used);
    });
  });
  return found || duties.length ? { ...base, duties } : null;
}
