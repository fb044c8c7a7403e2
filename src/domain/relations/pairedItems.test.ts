// 其中 lists whose items carry a count and an amount each (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeDocument } from './index.js';

const rel = (text: string) =>
  analyzeDocument(parseText(text))
    .relations.filter((r) => (r.kind === 'sum' || r.kind === 'subset') && r.stated === 3.6)
    .map((r) => [r.kind, r.verdict, r.computed]);
const named = (text: string) =>
  analyzeDocument(parseText(text))
    .relations.filter((r) => r.kind === 'sum' || r.kind === 'subset')
    .map((r) => [r.kind, r.verdict, r.stated, r.computed]);

const units = '2025年，市里下达专项债券资金3.6亿元，涉及3个部门单位，用于7个项目。其中：市水务局4个2.1亿元、市交通局2个1.2亿元、市档案馆1个0.3亿元。';

describe('as many items as the units the text says are involved', () => {
  it('the amounts are all of the total', () => {
    expect(rel(units)).toEqual([['sum', 'ok', 3.6]]);
    expect(rel(units.replace('1.2亿元', '0.9亿元'))).toEqual([['sum', 'error', 3.3]]);
  });
  it('look-alike: four units said, three listed — a part only', () => {
    const four = units.replace('涉及3个部门单位', '涉及4个部门单位');
    expect(rel(four.replace('1.2亿元', '0.9亿元'))).toEqual([['subset', 'ok', 3.3]]);
    expect(rel(four.replace('1.2亿元', '1.6亿元'))).toEqual([['subset', 'error', 4]]);
  });
  it('look-alike: two amounts in the sentence before — which one is split is a guess', () => {
    const two = units.replace('涉及3个部门单位', '另有结转0.5亿元，涉及3个部门单位');
    expect(rel(two.replace('1.2亿元', '0.9亿元'))).toEqual([]);
  });
});

describe('the total named by its items (甲和乙资金)', () => {
  const text = '下达脱贫乡镇和脱贫村奖补资金300.00万元，其中：脱贫乡2个奖补资金60.00万元，脱贫村12个奖补资金240.00万元。';
  it('the two items are all of it', () => {
    expect(named(text)).toEqual([['sum', 'ok', 300, 300]]);
    expect(named(text.replace('60.00万元', '50.00万元'))).toEqual([['sum', 'error', 300, 290]]);
  });
  it('look-alike: items of other names stay a part', () => {
    const other = text.replace('脱贫乡2个', '示范点2个').replace('60.00万元', '50.00万元');
    expect(named(other)).toEqual([['subset', 'ok', 300, 290]]);
  });
});

describe('items set off by ；, each with a count and an amount, whose counts add up to the projects stated', () => {
  const t =
    '2031年，某市公益金资助项目30个，资金3.6亿元，其中，道路、桥梁修缮项目12个，金额1.5亿元；文化场馆项目10个，金额1.3亿元；其他公益项目8个，金额0.8亿元。';
  it('ok: the counts add up to 30, so the amounts are all of the 3.6', () => {
    expect(rel(t)).toEqual([['sum', 'ok', 3.6]]);
  });
  it('error: one amount changed', () => {
    expect(rel(t.replace('金额1.3亿元', '金额1.6亿元'))).toEqual([['sum', 'error', 3.9]]);
  });
  it('look-alike: counts that do not add up to the stated projects leave a subset', () => {
    expect(rel(t.replace('项目30个', '项目36个').replace('金额1.3亿元', '金额1.1亿元'))).toEqual([['subset', 'ok', 3.4]]);
  });
});
