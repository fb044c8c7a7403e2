// 财政拨款收入 of all budget types beside each type's own figure: listed as their sum, not as a clash of values.
// Our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), { year: 2031 });
const reasonOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.find((u) => u.startsWith(`${text} — `))?.split(' — ')[1];
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => `${p.cell}=${p.value}`);
const report = (all: string) =>
  `2031年度单位决算情况说明\n一、财政拨款收入决算情况\n2031年度本单位财政拨款收入总计${all}万元，其中：一般公共预算财政拨款收入702.40万元，政府性基金预算财政拨款收入45.10万元。`;

describe('an unscoped 财政拨款收入 that is the sum over budget types', () => {
  it('is listed as the sum of the types, each type in its own cells', () => {
    const r = load(report('747.50'));
    expect(reasonOf(r, '747.50万元')).toBe('各预算类型之和（一般公共预算 702.4 + 政府性基金预算 45.1 万元），草稿按预算类型分列，没有合计栏目');
    expect(cellOf(r, '702.40万元')).toContain('本年财政拨款 · 全年执行数=702.4');
    expect(cellOf(r, '45.10万元')).toContain('政府性基金预算本年财政拨款 · 全年执行数=45.1');
  });

  it('look-alike: a total that is not the sum keeps the reason naming the other value', () => {
    const r = load(report('750.00'));
    expect(reasonOf(r, '750.00万元')).toMatch(/与另一处的数不同（本年财政拨款 · 全年执行数：702.4 万元）/);
  });
});
