// The report outline → a Word document laid out as a 公文 (GB/T 9704-2012).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { buildReport, type BuildReportOptions } from '../../domain/report/build.js';
import type { HeadingLevel, ReportBlock, ReportDocument, TableBlock } from '../../domain/report/model.js';
import type { Evaluation } from '../../domain/types.js';
import {
  BODY_LINE_TWIPS,
  BODY_SIZE_HALF_POINTS,
  FONTS,
  INDENT_TWO_CHARS_TWIPS,
  PAGE,
  TEXT_WIDTH,
  TITLE_SIZE_HALF_POINTS,
  TYPE_SIZE,
  ptToHalfPoints,
} from './gongwen.js';

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });
const noIndent = { firstLine: 0, firstLineChars: 0 };

/** Style ids written into styles.xml; tests and people editing the file see these names. */
export const STYLE_IDS = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' } as const;

const HEADING_FONTS: Record<HeadingLevel, { font: string; bold: boolean }> = {
  1: { font: FONTS.heading1, bold: false },
  2: { font: FONTS.heading2, bold: false },
  3: { font: FONTS.body, bold: true },
  4: { font: FONTS.body, bold: false },
};

function headingStyle(level: HeadingLevel) {
  const f = HEADING_FONTS[level];
  return {
    run: { font: f.font, size: BODY_SIZE_HALF_POINTS, bold: f.bold, italics: false, color: '000000' },
    paragraph: { spacing: exact(BODY_LINE_TWIPS), indent: { firstLine: INDENT_TWO_CHARS_TWIPS, firstLineChars: 200 }, keepNext: true, outlineLevel: level - 1 },
  };
}

const styles = {
  default: {
    document: {
      run: { font: FONTS.body, size: BODY_SIZE_HALF_POINTS, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
      paragraph: {
        spacing: exact(BODY_LINE_TWIPS),
        indent: { firstLine: INDENT_TWO_CHARS_TWIPS, firstLineChars: 200 },
        alignment: AlignmentType.JUSTIFIED,
      },
    },
    title: {
      run: { font: FONTS.title, size: TITLE_SIZE_HALF_POINTS, bold: false, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: exact(700), indent: noIndent },
    },
    heading1: headingStyle(1),
    heading2: headingStyle(2),
    heading3: headingStyle(3),
    heading4: headingStyle(4),
  },
};

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  // 单页码居右空一字，双页码居左空一字 (one character of 四号 = 280 twips)
  const oneChar = TYPE_SIZE.四号 * 20;
  const run = { font: FONTS.pageNumber, size: ptToHalfPoints(TYPE_SIZE.四号) };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar, firstLine: 0, firstLineChars: 0 } : { left: oneChar, firstLine: 0, firstLineChars: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ ...run, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

const titleParagraphs = (lines: string[]) => lines.map((l) => new Paragraph({ style: 'Title', children: [new TextRun(l)] }));
const blank = (n = 1) => Array.from({ length: n }, () => new Paragraph({ indent: noIndent, children: [] }));
const centered = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, indent: noIndent, children: [new TextRun(text)] });

function coverChildren(doc: ReportDocument): Paragraph[] {
  const c = doc.cover;
  return [
    ...(c.label ? [new Paragraph({ indent: noIndent, children: [new TextRun({ text: c.label, font: FONTS.heading1 })] })] : []),
    ...blank(c.label ? 5 : 6),
    ...titleParagraphs(c.titleLines),
    ...blank(8),
    centered(`单位名称：${c.unitName}`),
    ...blank(1),
    ...(c.dateText ? [centered(c.dateText)] : []),
  ];
}

const CELL_MARGIN = 60;
const tableRun = (text: string, bold: boolean) => new TextRun({ text, size: ptToHalfPoints(TYPE_SIZE.五号), font: bold ? FONTS.heading1 : FONTS.body });

function wordTable(t: TableBlock): Table {
  const total = t.columnWidths.reduce((a, b) => a + b, 0);
  const widths = t.columnWidths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: t.rows.map(
      (r) =>
        new TableRow({
          tableHeader: r.header,
          cantSplit: true,
          children: r.cells.map(
            (c) =>
              new TableCell({
                rowSpan: c.rowSpan,
                columnSpan: c.colSpan,
                verticalAlign: VerticalAlignTable.CENTER,
                margins: { top: CELL_MARGIN, bottom: CELL_MARGIN, left: CELL_MARGIN, right: CELL_MARGIN },
                children: [
                  new Paragraph({
                    alignment: c.align === 'left' ? AlignmentType.LEFT : c.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
                    indent: noIndent,
                    spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
                    children: [tableRun(c.text, r.header)],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

function blockChildren(b: ReportBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ style: STYLE_IDS[b.level], children: [new TextRun(`${b.numbering ?? ''}${b.text}`)] })];
    case 'paragraph': {
      const runs: TextRun[] = [];
      if (b.lead) {
        const f = HEADING_FONTS[b.leadLevel ?? 3];
        runs.push(new TextRun({ text: b.lead, font: f.font, bold: f.bold }));
      }
      if (b.text) runs.push(new TextRun(b.text));
      return [new Paragraph({ children: runs })];
    }
    case 'signature':
      // 成文日期右空四字; the unit name sits above it
      return [
        ...blank(1),
        new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 4 * 320, firstLine: 0, firstLineChars: 0 }, children: [new TextRun(b.unitName)] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 4 * 320, firstLine: 0, firstLineChars: 0 }, children: [new TextRun(b.dateText)] }),
      ];
    case 'pageBreak':
      return [new Paragraph({ indent: noIndent, children: [new PageBreak()] })];
    case 'table':
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true, children: [new TextRun({ text: b.title, font: FONTS.heading1 })] }),
        wordTable(b),
      ];
  }
}

const pageProperties = {
  size: { width: PAGE.width, height: PAGE.height },
  margin: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginLeft, right: PAGE.marginRight, header: PAGE.header, footer: PAGE.footer },
};

/** The docx object model for a report (exposed so callers can add to it before packing). */
export function reportToDocument(doc: ReportDocument): Document {
  const body: ISectionOptions = {
    properties: { page: { ...pageProperties, pageNumbers: { start: 1 } } },
    footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
    children: [...titleParagraphs(doc.cover.titleLines), ...blank(1), ...doc.blocks.flatMap(blockChildren)],
  };
  const sections: ISectionOptions[] = doc.coverPage
    ? [
        {
          properties: { page: pageProperties },
          footers: { default: new Footer({ children: [] }), even: new Footer({ children: [] }) },
          children: coverChildren(doc),
        },
        body,
      ]
    : [body];
  return new Document({
    creator: 'jixiao',
    title: doc.title,
    description: '绩效自评报告',
    evenAndOddHeaderAndFooters: true,
    styles,
    sections,
  });
}

export async function reportDocxBuffer(doc: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(reportToDocument(doc));
}

/** An evaluation's 自评报告 as a .docx file. */
export async function renderDocx(e: Evaluation, options: BuildReportOptions = {}): Promise<Buffer> {
  return reportDocxBuffer(buildReport(e, options));
}
