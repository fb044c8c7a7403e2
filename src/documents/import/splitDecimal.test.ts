// A decimal a PDF line break split after its point (预算46. 5万元) reads as the whole number, never as 5万元;
// a list item 2. 30万元 after punctuation stays a list number and an amount (our own invented figures).
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';
import { simplify } from './simplify.js';

const load = (lines: string[]) => importEvaluation(parseText(lines.join('\n')), { year: 2022 });

describe('a decimal split by a space', () => {
  it('预算46. 5万元 is 46.5, and no 5万元 is listed', () => {
    const r = load(['2022年度某某馆项目支出绩效自评报告', '一、项目资金情况', '修缮项目：预算46. 5万元，全年实际支付46. 5万元，执行率100%。']);
    expect(r.recognised.placed.map((p) => `${p.cell}=${p.value}`)).toEqual(['年度资金总额 · 年初预算数=46.5', '年度资金总额 · 全年执行数=46.5']);
    expect(r.unplaced.filter((u) => u.startsWith('5万元'))).toEqual([]);
  });
  it('keeps the length of the text (offsets stay valid)', () => {
    expect(simplify('预算46. 5万元')).toBe('预算46.5 万元');
  });
  it('look-alike: a list number after punctuation is not joined to the amount', () => {
    expect(simplify('资金用途如下：2. 30万元用于设备购置')).toBe('资金用途如下：2. 30万元用于设备购置');
    expect(simplify('完成验收46. 5个')).toBe('完成验收46. 5个');
  });
});
