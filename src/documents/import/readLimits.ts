// What a report file may hold, and the error a reader refuses it with. Pure.
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** `tooLarge`: over a size or memory bound (413); `unprocessable`: took too long (422); `invalid`: not a readable report (400). */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly kind: 'invalid' | 'tooLarge' | 'unprocessable' = 'invalid',
  ) {
    super(message);
  }
}

/**
 * What a report may hold. Real reports have hundreds of paragraphs and table rows; the bounds are
 * far above that and far below what freezes a parser (a .docx of a million empty paragraphs).
 */
export const LIMITS = {
  paragraphs: 20_000,
  lineChars: 20_000,
  textChars: 3_000_000,
  tableRows: 10_000,
  cells: 200_000,
};

const WHAT_EN: Record<string, string> = { 字符: 'characters', 行: 'lines', 段落: 'paragraphs', 表格行: 'table rows', 单元格: 'cells' };
/** n: how many were counted (null: counting stopped at the limit). "段落数 1000000，超过上限 20000". */
export const tooMany = (what: string, n: number | null, limit: number) =>
  new ReadError(
    `文件内容过多：${what}数${n === null ? '' : ` ${n}，`}超过上限 ${limit}；自评报告通常只有几百段、几百行，请检查是否选错了文件 / too many ${WHAT_EN[what] ?? what} (limit ${limit})`,
    'tooLarge',
  );

/** Counts lines and the longest one without splitting (a 10 MB line or 400k lines cost no arrays). */
export function guardText(text: string): void {
  if (text.length > LIMITS.textChars) throw tooMany('字符', text.length, LIMITS.textChars);
  let lines = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > LIMITS.lineChars)
      throw new ReadError(`第 ${lines + 1} 行有 ${end - start} 个字符，超过每段 ${LIMITS.lineChars} 字的上限，不像是自评报告 / a line is too long`, 'tooLarge');
    lines++;
    if (lines > LIMITS.paragraphs) throw tooMany('行', null, LIMITS.paragraphs);
    if (nl < 0) return;
    start = nl + 1;
  }
}

export function countOf(xml: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(xml)) n++;
  return n;
}
