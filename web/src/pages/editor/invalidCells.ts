// Cells holding text that is not a valid value do not stop the rest of the form from saving: the
// save sends the last saved value of each such cell, the typed text stays on screen, and the save
// status names the cell and takes the filler to it.
import type { Content } from './content.js';
import { SECTION_TAB, type TabKey } from './tabs.js';

/** A cell whose typed text is not saved: its field id, what it is called, and the text (kept while its tab is closed). */
export interface InvalidCell {
  id: string;
  label: string;
  text?: string;
}

const INDICATOR = /^indicator-(.+)-(target|actual)$/;

/**
 * The content to send while some cells are invalid. An indicator's target/actual keeps its typed text in
 * the content (the table shows it), so it goes out as last saved; amount boxes keep their text locally
 * and the content already holds their last valid number.
 */
export function savableContent(content: Content, saved: Content, invalid: Iterable<string>): Content {
  const back = new Map<string, Set<'target' | 'actual'>>();
  for (const id of invalid) {
    const m = INDICATOR.exec(id);
    if (m) back.set(m[1]!, (back.get(m[1]!) ?? new Set()).add(m[2] as 'target' | 'actual'));
  }
  if (!back.size) return content;
  const indicators = content.indicators.map((v) => {
    const fields = back.get(v.indicatorCode);
    if (!fields) return v;
    const was = saved.indicators.find((s) => s.indicatorCode === v.indicatorCode);
    const out = { ...v };
    for (const f of fields) out[f] = was?.[f] ?? null;
    return out;
  });
  return { ...content, indicators };
}

/** The tab a field id lives on (budget-…, line-…, threePublic-…, indicator-…, keyProject-…, section-…, profile-…). */
export function cellTab(id: string, content: Content): TabKey {
  if (/^(budget|line|threePublic)-/.test(id)) return 'budget';
  if (id.startsWith('indicator-')) return 'indicators';
  if (id.startsWith('keyProject-')) return 'keyProjects';
  const s = /^section-(.+)-p\d+$/.exec(id);
  if (s) {
    const section = content.sections.find((x) => x.key === s[1]);
    return section ? SECTION_TAB[section.kind] : 'performance';
  }
  return 'profile';
}
