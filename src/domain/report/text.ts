// Plain text of a report (tests compare it with the seed files; search indexes can use it).
import type { ReportDocument } from './model.js';

export function reportText(doc: ReportDocument): string {
  const lines: string[] = [];
  if (doc.coverPage) {
    if (doc.cover.label) lines.push(doc.cover.label);
    lines.push(...doc.cover.titleLines, `单位名称：${doc.cover.unitName}`, doc.cover.dateText, '');
  }
  lines.push(doc.title, '');
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        lines.push(`${b.numbering ?? ''}${b.text}`);
        break;
      case 'paragraph':
        lines.push(`${b.lead ?? ''}${b.text}`);
        break;
      case 'table':
        lines.push(b.title, ...b.rows.map((r) => r.cells.map((c) => c.text).join('\t')));
        break;
      case 'signature':
        lines.push(b.unitName, b.dateText);
        break;
      case 'pageBreak':
        lines.push('');
        break;
    }
  }
  return lines.join('\n') + '\n';
}
