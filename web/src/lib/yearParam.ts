// The ?year= of a link: a year a report can be of, or none (the page then takes its default).
// A typed -1 or 99999 went to the API as is and the page said only “出错了：请求无效”.
export function yearParam(s: string | null): number | undefined {
  const y = Number((s ?? '').normalize('NFKC').trim());
  return Number.isInteger(y) && y >= 1949 && y <= 2200 ? y : undefined;
}
