// Amounts listed after 各是 / 分别为 / 均为 with the unit written once, after the last (收、支总计各是A，B万元): every
// one of them is placed or listed with its reason, none dropped because it stood without a unit. Our own
// sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), { year: 2031 });
const reasonOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.find((u) => u.startsWith(`${text} — `))?.split(' — ')[1];
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => `${p.cell}=${p.value}`);
const TOTALS = '收支总计含结转结余，不是本年数（收入总计 = 本年收入 + 年初结转和结余，支出总计 = 本年支出 + 年末结转和结余，草稿没有总计栏目）';
const HEAD = '2031年度单位决算情况说明\n一、收入支出决算总体情况说明\n';

describe('the first amount of a pair written without its unit', () => {
  it('收、支总计各是A,B万元: A is listed with the 总计 reason, like B', () => {
    const r = load(`${HEAD}2031年度收、支总计各是736.20,741.85万元。`);
    expect(reasonOf(r, '736.20')).toBe(TOTALS);
    expect(reasonOf(r, '741.85万元')).toBe(TOTALS);
    expect(r.recognised.placed).toEqual([]);
  });

  it('收入、支出总计分别为A、B万元: both listed (the 总计 holds carry-overs), neither in 本年支出', () => {
    const r = load(`${HEAD}2031年度收入、支出总计分别为736.20、741.85万元。`);
    expect(reasonOf(r, '736.20')).toBe(TOTALS);
    expect(reasonOf(r, '741.85万元')).toBe(TOTALS);
    expect(r.recognised.placed).toEqual([]);
  });

  it('基本支出、项目支出分别为A、B万元: both placed, the unit of the last applying to the first', () => {
    const r = load(`${HEAD}2031年度一般公共预算财政拨款基本支出、项目支出分别为64.40、12.60万元。`);
    expect(cellOf(r, '64.40')).toEqual(['一般公共预算 · 基本支出 · 本年支出=64.4']);
    expect(cellOf(r, '12.60万元')).toEqual(['一般公共预算 · 项目支出 · 本年支出=12.6']);
  });

  it('the scale of the last amount applies too (亿元)', () => {
    const r = load(`${HEAD}2031年度一般公共预算财政拨款基本支出、项目支出分别为1.2、0.35亿元。`);
    expect(cellOf(r, '1.2')).toEqual(['一般公共预算 · 基本支出 · 本年支出=12000']);
    expect(cellOf(r, '0.35亿元')).toEqual(['一般公共预算 · 项目支出 · 本年支出=3500']);
  });

  it('look-alike: counts after 各为 stay counts, and a bare number with no 各/分别 before it stays bare', () => {
    const r = load(`${HEAD}全年开展培训、宣讲各为12、30次。2031年度一般公共预算财政拨款基本支出编号8，项目支出12.60万元。`);
    expect(r.recognised.placed.map((p) => p.text)).not.toContain('12');
    expect(reasonOf(r, '12')).toBeUndefined();
    expect(cellOf(r, '8')).toEqual([]);
    expect(cellOf(r, '12.60万元')).toEqual(['一般公共预算 · 项目支出 · 本年支出=12.6']);
  });
});
