// Budget-management rates of a department-wide self-evaluation (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const rates = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'rate' && r.verdict !== 'unsure')
    .map((r) => [r.verdict, r.stated, r.computed]);

describe('each rate over its own base, both in its sentence', () => {
  it.each([
    ['“三公”经费控制率：“三公”经费预算8万元，实际支出6.4万元，控制率为R%。', '80', '85', 80],
    ['在职人员控制率：核定编制40人，实有在职人员38人，控制率R%。', '95', '99', 95],
    ['结转结余率：年末结转结余资金24万元，全年预算数800万元，结转结余率为R%。', '3', '4', 3],
    ['政府采购执行率：政府采购预算120万元，实际采购114万元，政府采购执行率R%。', '95', '98', 95],
    ['预算调整率：年初预算数800万元，预算调整数56万元，预算调整率R%。', '7', '9', 7],
  ])('%s', (text, ok, wrong, computed) => {
    expect(rates(text.replace('R', ok))).toContainEqual(['ok', Number(ok), computed]);
    expect(rates(text.replace('R', wrong))).toContainEqual(['error', Number(wrong), computed]);
  });
});

describe('look-alikes relate nothing', () => {
  it('two amounts on one side (支出预算 and 实际支出 both name 支出): no base', () => {
    expect(rates('“三公”经费支出预算8万元，实际支出6.4万元，上年支出7万元，控制率为85%。')).toEqual([]);
  });
  it('a third figure in the sentence leaves it unread', () => {
    expect(rates('政府采购预算120万元，其中货物类80万元，实际采购114万元，政府采购执行率98%。').filter((r) => r[0] === 'error')).toEqual([]);
  });
});
