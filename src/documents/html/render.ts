// The report as one self-contained HTML page (public portal, previews): inline CSS only,
// no scripts, a CSP that forbids loading anything, every text escaped.
import { buildReport, type BuildReportOptions } from '../../domain/report/build.js';
import type { ReportBlock, ReportDocument, TableBlock } from '../../domain/report/model.js';
import type { Evaluation } from '../../domain/types.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const FANGSONG = `"仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", "Source Han Serif SC", serif`;
const CSS = `
.gw { max-width: 156mm; margin: 0 auto; padding: 24px 16px 48px; color: #000; background: #fff;
  font-family: ${FANGSONG}; font-size: 16pt; line-height: 28.95pt; }
.gw p { margin: 0; text-indent: 2em; text-align: justify; }
.gw h1 { font-family: "方正小标宋简体", "小标宋", "Noto Serif CJK SC", serif; font-weight: 700; font-size: 22pt;
  line-height: 35pt; text-align: center; margin: 0 0 28.95pt; }
.gw h2, .gw h3, .gw h4, .gw h5 { font-size: 16pt; margin: 0; text-indent: 2em; line-height: 28.95pt; }
.gw h2 { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-weight: 400; }
.gw h3 { font-family: "楷体_GB2312", "楷体", KaiTi, STKaiti, ${FANGSONG}; font-weight: 400; }
.gw h4 { font-weight: 700; }
.gw h5 { font-weight: 400; }
.gw .lead-1 { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; }
.gw .lead-2 { font-family: "楷体_GB2312", "楷体", KaiTi, STKaiti, ${FANGSONG}; }
.gw .lead-3 { font-weight: 700; }
.gw .cover { text-align: center; padding: 96px 0 64px; border-bottom: 1px solid #ccc; margin-bottom: 48px; }
.gw .cover h1 { margin-bottom: 96px; }
.gw .cover p { text-indent: 0; text-align: center; }
.gw .signature { text-align: right; padding-right: 4em; margin-top: 28.95pt; }
.gw .signature p { text-indent: 0; text-align: right; }
.gw hr.page { border: 0; border-top: 1px dashed #bbb; margin: 28.95pt 0; }
.gw figure { margin: 0; }
.gw figcaption { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; text-align: center; }
.gw table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.5; margin-top: 8px; }
.gw th, .gw td { border: 1px solid #000; padding: 3px 4px; vertical-align: middle; }
.gw th { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-weight: 400; }
.gw .l { text-align: left; } .gw .c { text-align: center; } .gw .r { text-align: right; }
@media print { .gw { padding: 0; } .gw hr.page { page-break-after: always; border: 0; } }
`;

function table(t: TableBlock): string {
  const total = t.columnWidths.reduce((a, b) => a + b, 0);
  const cols = t.columnWidths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('');
  const rows = t.rows.map((r) => {
    const tag = r.header ? 'th' : 'td';
    const cells = r.cells.map((c) => {
      const span = `${c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
      return `<${tag}${span} class="${(c.align ?? 'center')[0]}">${escapeHtml(c.text)}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const head = rows.slice(0, t.rows.filter((r) => r.header).length);
  const body = rows.slice(head.length);
  return `<figure class="table"><figcaption>${escapeHtml(t.title)}</figcaption><table><colgroup>${cols}</colgroup><thead>${head.join('')}</thead><tbody>${body.join('')}</tbody></table></figure>`;
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading': {
      const tag = `h${b.level + 1}`;
      return `<${tag}>${escapeHtml(`${b.numbering ?? ''}${b.text}`)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${b.lead ? `<span class="lead-${b.leadLevel ?? 3}">${escapeHtml(b.lead)}</span>` : ''}${escapeHtml(b.text)}</p>`;
    case 'signature':
      return `<div class="signature"><p>${escapeHtml(b.unitName)}</p><p>${escapeHtml(b.dateText)}</p></div>`;
    case 'pageBreak':
      return '<hr class="page">';
    case 'table':
      return table(b);
  }
}

/** The report as an <article> (for embedding in the portal's own page). */
export function reportToHtmlFragment(doc: ReportDocument): string {
  const parts: string[] = ['<article class="gw" lang="zh-CN">'];
  if (doc.coverPage) {
    const c = doc.cover;
    parts.push(
      `<section class="cover">${c.label ? `<p class="label">${escapeHtml(c.label)}</p>` : ''}` +
        `<h1>${c.titleLines.map(escapeHtml).join('<br>')}</h1>` +
        `<p>单位名称：${escapeHtml(c.unitName)}</p>${c.dateText ? `<p>${escapeHtml(c.dateText)}</p>` : ''}</section>`,
    );
  }
  parts.push(`<h1>${doc.cover.titleLines.map(escapeHtml).join('<br>')}</h1>`);
  for (const b of doc.blocks) parts.push(block(b));
  parts.push('</article>');
  return parts.join('\n');
}

/** A complete standalone page: nothing external is loaded, nothing runs. */
export function reportToHtml(doc: ReportDocument): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="jixiao">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    reportToHtmlFragment(doc),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** An evaluation's 自评报告 as a standalone HTML page. */
export function renderHtml(e: Evaluation, options: BuildReportOptions = {}): string {
  return reportToHtml(buildReport(e, options));
}
