// Round 12 precision (our sentences, invented figures): a rate cut instead of rounded is a rounding warning
// that says so; a list cut by a bracket goes on after it (the part before the bracket is still a part);
// 预算 in the name of a fund (预算稳定调节基金) names no budget a completion rate is of.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeDocument } from './index.js';
import { errors, find, rel } from '../../../test/helpers/relations.js';

const findings = (text: string) => analyzeDocument(parseText(text)).findings.map((f) => [f.severity, f.rule, f.stated, f.computed]);

describe('a rate cut instead of rounded (18.75% written 18%) is a warning, not an error', () => {
  const text = '本年采购计划金额320.00万元，节约资金60.00万元，节约率为19%。服务类计划金额150.00万元，节约资金10.02万元，节约率为6.7%。';
  it('rounded rates are ok', () => {
    expect(rel(text, ['rate'])).toEqual([
      ['rate', 'ok', 19, 18.75],
      ['rate', 'ok', 6.7, 6.68],
    ]);
  });
  it('cut rates (to a whole percent, to one decimal) are rounding warnings that name the cut', () => {
    const cut = text.replace('19%', '18%').replace('6.7%', '6.6%');
    expect(errors(cut)).toEqual([]);
    expect(findings(cut)).toEqual([
      ['warning', 'rounding', '18%', '18.75%'],
      ['warning', 'rounding', '6.6%', '6.68%'],
    ]);
    expect(find(cut, 'rate', 18)?.truncated).toBe(true);
    expect(analyzeDocument(parseText(cut)).findings[0]!.message).toContain('截去尾数而非四舍五入');
  });
  it('more than one unit below, or above beyond the rounding, is still an error', () => {
    expect(errors(text.replace('19%', '17%'))).toEqual([['rate', 17, 18.75]]);
    expect(errors(text.replace('6.7%', '6.5%'))).toEqual([['rate', 6.5, 6.68]]);
    expect(errors(text.replace('6.7%', '6.8%'))).toEqual([['rate', 6.8, 6.68]]);
  });
});

describe('a 其中 list cut by a bracket goes on after it', () => {
  const text =
    '上级补助收入15.00亿元，完成年初预算50.00%。其中返还性收入10.00亿元（税收返还6.00亿元，完成年初预算52.00%；非税返还3.00亿元；基数返还1.00亿元），一般性转移支付收入4.00亿元，专项转移支付收入1.00亿元。';
  it('the part before the bracket is a part of the total with the run after it', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'sum', 15)?.parts.map((p) => p.value)).toEqual([10, 4, 1]);
  });
  it('a wrong part, before or after the bracket, is an error over all three parts', () => {
    expect(errors(text.replace('专项转移支付收入1.00', '专项转移支付收入2.00'))).toEqual([['sum', 15, 16]]);
    expect(errors(text.replace('返还性收入10.00', '返还性收入11.00'))).toEqual([['sum', 15, 16]]);
  });
  it('the two transfers alone still make the whole where no 返还性收入 is stated (look-alike)', () => {
    const t = '上级补助收入5.00亿元，完成年初预算50.00%。一般性转移支付收入4.00亿元，专项转移支付收入1.00亿元。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('专项转移支付收入1.00', '专项转移支付收入2.00'))).toEqual([['sum', 5, 6]]);
  });
});

describe('预算 in the name of a fund is no budget figure for a completion rate', () => {
  const lookAlike = '全市支出完成600.00亿元。加上从预算稳定调节基金调入20.00亿元，收入总量为520.00亿元。全市一般公共预算支出600.00亿元，完成预算的96.8%。';
  it('a 调入 from the 预算稳定调节基金 is not the budget the rate is of', () => {
    expect(errors(lookAlike)).toEqual([]);
    expect(rel(lookAlike, ['rate']).filter((r) => r[1] !== 'unsure')).toEqual([]);
  });
  const text = '全年支出预算620.00亿元。加上从预算稳定调节基金调入20.00亿元，收入总量为520.00亿元。全年支出完成600.00亿元，完成预算的96.8%。';
  it('the budget stated beside the fund is the one', () => {
    expect(rel(text, ['rate'])).toEqual([['rate', 'ok', 96.8, 96.77]]);
    expect(errors(text.replace('96.8%', '98.8%'))).toEqual([['rate', 98.8, 96.77]]);
  });
});
