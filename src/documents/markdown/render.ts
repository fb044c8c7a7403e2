// The report as Markdown (GFM): for previews, diffs and plain-text channels.
import { buildReport, type BuildReportOptions } from '../../domain/report/build.js';
import { tableGrid } from '../../domain/report/grid.js';
import type { ReportBlock, ReportDocument } from '../../domain/report/model.js';
import type { Evaluation } from '../../domain/types.js';

/** Escape what Markdown would read as markup inside running text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(\s)/, '$1\\$2$3'); // "1. 细化…" must not become a list
}

const cell = (t: string) => escapeMarkdown(t).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const HASHES = { 1: '##', 2: '###', 3: '####', 4: '#####' } as const;

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${HASHES[b.level]} ${escapeMarkdown(`${b.numbering ?? ''}${b.text}`)}`;
    case 'paragraph':
      return b.lead ? `**${escapeMarkdown(b.lead)}**${escapeMarkdown(b.text)}` : escapeMarkdown(b.text);
    case 'signature':
      return `<div align="right">\n\n${escapeMarkdown(b.unitName)}  \n${escapeMarkdown(b.dateText)}\n\n</div>`;
    case 'pageBreak':
      return '---';
    case 'table': {
      const grid = tableGrid(b);
      const [head, ...rest] = grid;
      const line = (r: string[]) => `| ${r.map(cell).join(' | ')} |`;
      return [`**${escapeMarkdown(b.title)}**`, '', line(head ?? []), `|${(head ?? []).map(() => ' --- ').join('|')}|`, ...rest.map(line)].join('\n');
    }
  }
}

export function reportToMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`];
  if (doc.coverPage) {
    out.push(`单位名称：${escapeMarkdown(doc.cover.unitName)}${doc.cover.dateText ? `  \n${doc.cover.dateText}` : ''}`);
  }
  for (const b of doc.blocks) out.push(block(b));
  return out.join('\n\n') + '\n';
}

/** An evaluation's 自评报告 as Markdown. */
export function renderMarkdown(e: Evaluation, options: BuildReportOptions = {}): string {
  return reportToMarkdown(buildReport(e, options));
}
