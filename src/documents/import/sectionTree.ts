// The report's headings as a tree of draft sections: numbering, title, the paragraphs under each (table
// lines left out), list items of some kinds (problems, measures, duties…) folded into their parent, and a
// canonical 一、二、… where the report dropped one level-1 number. Pure.
import type { ParsedDocument } from '../../domain/checks/document.js';
import type { NarrativeSection, SectionKind } from '../../domain/types.js';

const CN_DIGITS = '零一二三四五六七八九';
export function chineseOrdinal(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
}

// a numbered line with an amount and a comma that stops mid-sentence (no 。；：, ends on a character)
const WRAPPED = /^[^。；;：:]*\d\s*(?:万元|亿元|元)[^。；;：:]*[，,][^。；;：:]*[\u4e00-\u9fff]$/;
const LIST_ITEM = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．](?!\d))/;

// Kinds whose numbered sub-items are list entries of one text, not sections of their own.
const FLATTEN = new Set<SectionKind>(['problems', 'measures', 'publication', 'other', 'duties']);

export interface Node extends NarrativeSection {
  level: number;
  parent: Node | null;
  children: number;
}

/** The sections of `doc` (the cover's preamble first, when there is one) and the duties listed under 职责. */
export function sectionTree(doc: ParsedDocument, tableLine: Map<number, number>, preamble: string[]): { nodes: Node[]; duties: string[] } {
  const lines = doc.lines;
  // Sections: the document's headings as a tree; list items of some kinds fold into their parent.
  const nodes: Node[] = [];
  const duties: string[] = [];
  const stack: { level: number; node: Node }[] = [];
  let tops = 0;
  const bodyOf = (from: number, to: number): string[] => {
    const out: string[] = [];
    for (let i = from; i < to; i++) if (!tableLine.has(i) && lines[i]!.trim()) out.push(lines[i]!.trim());
    return out;
  };
  if (preamble.length) {
    nodes.push({
      key: '0',
      parentKey: null,
      order: 0,
      kind: 'preamble',
      numbering: null,
      title: '',
      runIn: false,
      paragraphs: preamble,
      indicatorCode: null,
      figures: [],
      level: 0,
      parent: null,
      children: 0,
    });
  }
  doc.sections.forEach((s, i) => {
    const end = doc.sections[i + 1]?.line ?? lines.length;
    const line = lines[s.line]!.trim();
    const body = bodyOf(s.line + 1, end);
    while (stack.length && stack[stack.length - 1]!.level >= s.level) stack.pop();
    const host = stack[stack.length - 1]?.node ?? null;
    if (host && FLATTEN.has(host.kind)) {
      if (host.kind === 'duties') {
        duties.push(line.replace(/^[（(]?\d{1,2}[)）、.．]\s*/, ''));
        if (body.length) duties[duties.length - 1] += body.join('');
      } else {
        host.paragraphs.push(line);
        for (const b of body) host.paragraphs.push(b); // never spread: a body can be huge
      }
      stack.push({ level: s.level, node: host });
      return;
    }
    const rest = s.numbering && line.startsWith(s.numbering) ? line.slice(s.numbering.length).trim() : line;
    // (一)本单位2031年度总收入600.5万元,其中本年收 / 入420.3万元…: a paragraph a PDF broke mid-word, read as a
    // heading — its first clause is the title, the rest goes on into the next line
    const wrapped = !s.runIn && WRAPPED.test(rest) && !!body[0] && !LIST_ITEM.test(body[0]);
    const runIn = s.runIn || wrapped;
    const lead = wrapped ? rest.slice(0, rest.search(/[，,]/)) : s.runIn ? /^[^。；]*[。；]?/.exec(rest)![0] : rest.replace(/[：:。]$/, '');
    const more = rest
      .slice(lead.length)
      .replace(/^[，,]/, '')
      .trim();
    const paragraphs = runIn && more ? [more, ...body] : body;
    const key = host ? `${host.key}.${++host.children}` : String(++tops);
    const order = host ? host.children - 1 : tops - 1 + (preamble.length ? 1 : 0);
    const node: Node = {
      key,
      parentKey: host?.key ?? null,
      order,
      kind: s.kind,
      numbering: s.numbering,
      title: lead,
      runIn,
      paragraphs,
      indicatorCode: null,
      figures: [],
      level: s.level,
      parent: host,
      children: 0,
    };
    if (s.kind === 'duties') {
      for (const p of paragraphs.splice(0)) {
        if (/^[（(]?\d{1,2}[)）、.．]/.test(p)) duties.push(p.replace(/^[（(]?\d{1,2}[)）、.．]\s*/, ''));
        else node.paragraphs.push(p);
      }
    }
    nodes.push(node);
    stack.push({ level: s.level, node });
  });

  // Canonical 一、二、… where the report dropped a level-1 number but numbers the others.
  const topNodes = nodes.filter((n) => n.parent === null && n.kind !== 'preamble');
  if (topNodes.some((n) => n.numbering && /^[一二三四五六七八九十]+、$/.test(n.numbering)))
    topNodes.forEach((n, i) => (n.numbering ??= `${chineseOrdinal(i + 1)}、`));
  return { nodes, duties };
}

export function isUnder(n: Node, top: Node): boolean {
  for (let p = n.parent; p; p = p.parent) if (p === top) return true;
  return false;
}
