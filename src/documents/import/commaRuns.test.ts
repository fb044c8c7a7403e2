// An ASCII comma between digits after 各/分别/均: a thousands separator (1,234.56) or two amounts sharing one
// unit (收入、支出分别是300,280万元). The names before the cue tell which; when they cannot, the amounts are
// listed with the reason — never a wrong value. Our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { COMMA_RUN_REASON, readCommaRuns, toWritten } from './commaRuns.js';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), { year: 2031 });
const HEAD = '2031年度单位决算情况说明\n一、收入支出决算总体情况说明\n';
const cells = (r: ReturnType<typeof load>) => r.recognised.placed.map((p) => `${p.text}→${p.cell}=${p.value}`);
const reasons = (r: ReturnType<typeof load>) => r.unplaced.map((u) => u.split(' — ').slice(0, 2).join(' — '));

describe('readCommaRuns', () => {
  it('two names, one comma between two 3-digit groups: two amounts, the unit written after the first', () => {
    const r = readCommaRuns('收入、支出分别是300,280万元。');
    expect(r.text).toBe('收入、支出分别是300万元、280万元。');
    expect(r.unsure).toEqual([]);
    // offsets map back to the line as written
    expect(toWritten(r.inserts, r.text.indexOf('280'))).toBe('收入、支出分别是300,280万元。'.indexOf('280'));
  });

  it.each([
    ['收入合计1,234.56万元，其中事业收入120万元。', 'no 各/分别: a thousands separator'],
    ['收、支总计均为1,523.26万元。', '均: one value'],
    ['收、支总计均为1,523万元。', '均: one value, even when a split would give two'],
    ['收入、支出分别为1,200.50万元、980.25万元。', 'two names, two amounts each with its unit'],
    ['两个项目各1,200万元。', '各 after one name is “each”'],
    ['收、支总计各增加412,310.40元。', '各 before one value: each rose by it'],
  ])('look-alike %s is left as written (%s)', (line) => {
    expect(readCommaRuns(line)).toEqual({ text: line, inserts: [], unsure: [] });
  });

  it.each([
    ['基本支出、项目支出分别为1,234.56万元。', 'two names, one number: 1 and 234.56 differ in decimals, so no split'],
    ['收入、支出分别是1,300,280万元。', 'two names, two readings (1,300 | 280 and 1 | 300,280)'],
    ['支出分别为300,280万元。', '分别 after one name: the count is unknown'],
    ['收、支总计各增加300,280万元。', '各 after two names: one value each, or two values'],
    ['收入和支出、结余分别为300,280万元。', '和 may be inside a name: 2 or 3 names, and only the split gives 2'],
    [`收入、支出分别为1${',000'.repeat(12)}万元。`, 'too many commas to try every reading'],
  ])('%s is unsure (%s)', (line) => {
    const r = readCommaRuns(line);
    expect(r.text).toBe(line);
    expect(r.unsure).toHaveLength(1);
  });

  it('two names, 1,300,2,280: the one reading with two amounts (300,2 is no number)', () => {
    expect(readCommaRuns('收入、支出分别为1,300,2,280万元。').text).toBe('收入、支出分别为1,300万元、2,280万元。');
  });

  it('three names, 1,300,2,280,500: three readings give three amounts, so it is unsure', () => {
    expect(readCommaRuns('收入、支出、结余分别为1,300,2,280,500万元。').unsure).toHaveLength(1);
  });
});

describe('in the imported draft', () => {
  it('分别是300,280万元 after two names: 300 and 280 in their cells, not 300280', () => {
    const r = load(`${HEAD}2031年度一般公共预算财政拨款基本支出、项目支出分别是300,280万元。`);
    expect(cells(r)).toEqual(['300→一般公共预算 · 基本支出 · 本年支出=300', '280万元→一般公共预算 · 项目支出 · 本年支出=280']);
  });

  it('1,234.56 with a thousands separator keeps its value (no 各/分别, and two amounts after 分别)', () => {
    const r = load(`${HEAD}2031年度一般公共预算财政拨款收入1,234.56万元，基本支出、项目支出分别为1,000.00、234.56万元。`);
    expect(cells(r)).toContain('1,234.56万元→一般公共预算 · 合计 · 本年收入=1234.56');
    expect(cells(r)).toContain('1,000.00→一般公共预算 · 基本支出 · 本年支出=1000');
    expect(cells(r)).toContain('234.56万元→一般公共预算 · 项目支出 · 本年支出=234.56');
  });

  it('an unsure run is listed with its reason, in no cell', () => {
    const r = load(`${HEAD}2031年度一般公共预算财政拨款基本支出、项目支出分别为1,300,280万元。`);
    expect(r.recognised.placed).toEqual([]);
    expect(reasons(r)).toEqual([`1,300,280万元 — ${COMMA_RUN_REASON}`]);
  });

  it('a run of integers sharing one unit (各是300、280万元): the first is no longer dropped', () => {
    const r = load(`${HEAD}2031年度收、支总计各是300、280万元。`);
    expect(reasons(r).map((x) => x.split(' — ')[0])).toEqual(['300', '280万元']);
  });
});
