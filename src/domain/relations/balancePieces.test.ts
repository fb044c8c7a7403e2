// A township balance built from pieces, and numbered groups under 其中 with several measures each
// (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeDocument } from './index.js';

const relations = (text: string) => analyzeDocument(parseText(text)).relations;
const sums = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'sum' || r.kind === 'subset')
    .map((r) => [r.kind, r.verdict, r.stated, r.computed]);
const errors = (text: string) =>
  relations(text)
    .filter((r) => r.verdict === 'error')
    .map((r) => [r.kind, r.stated, r.computed]);

describe('收入 + 上级补助 (with its own 其中 aside) + 上年结转 + 调入 = 收入合计', () => {
  const text =
    '全镇一般公共预算收入3200万元，加上级转移支付收入1500万元（其中：一般转移支付收入1100万元，专项转移支付收入400万元），上年结转结余40万元，基金调入60万元，收入合计为4800万元。';
  it('the pieces add up; the list of the transfer itself is passed over', () => {
    expect(sums(text)).toContainEqual(['sum', 'ok', 4800, 4800]);
    expect(errors(text)).toEqual([]);
  });
  it('a lowered piece is an error', () => {
    expect(errors(text.replace('上年结转结余40万元', '上年结转结余30万元'))).toContainEqual(['sum', 4800, 4790]);
  });
  it('look-alike: where the 其中 list ends is unclear (no parenthesis), so only a reading that adds up is kept', () => {
    const loose =
      '全镇一般公共预算收入3200万元，加上级转移支付收入1500万元，其中：一般转移支付收入1100万元（含均衡性转移支付收入300万元），上年结转结余40万元，基金调入60万元，收入合计为4800万元。';
    expect(sums(loose)).toContainEqual(['sum', 'ok', 4800, 4800]);
    expect(errors(loose.replace('上年结转结余40万元', '上年结转结余30万元'))).toEqual([]);
  });
});

describe('a 总计/合计 list that ends with the carry-over is the whole balance', () => {
  const income = '2025年全镇政府性基金收入总计900万元，其中本级收入100万元，上级补助收入500万元，上年结余300万元。';
  const spending = ['本级一般公共预算支出合计700万元，其中：', '——一般公共服务支出400万元；', '——农林水支出220万元；', '——结转下年80万元。'].join('\n');
  it('the items add up to the total', () => {
    expect(sums(income)).toContainEqual(['sum', 'ok', 900, 900]);
    expect(sums(spending)).toContainEqual(['sum', 'ok', 700, 700]);
  });
  it('an item that falls short is an error', () => {
    expect(errors(income.replace('上年结余300万元', '上年结余200万元'))).toContainEqual(['sum', 900, 800]);
    expect(errors(spending.replace('农林水支出220万元', '农林水支出120万元'))).toContainEqual(['sum', 700, 600]);
  });
  it('look-alike: without the carry-over last the list stays open', () => {
    const open = income.replace('，上年结余300万元', '');
    expect(errors(open)).toEqual([]);
    expect(sums(open)).toContainEqual(['subset', 'ok', 900, 600]);
  });
});

describe('numbered groups under 其中, each with a count and several measures', () => {
  const text = [
    '二、市重点项目',
    '市重点项目60个（含预备项目4项），总投资800亿元，年度计划投资200亿元，完成投资240亿元。其中：',
    '（1）在建项目40个，总投资600亿元，年度计划投资150亿元，完成投资180亿元；',
    '（2）新开工项目16个，总投资170亿元，年度计划投资50亿元，已开工12个，完成投资60亿元；',
    '（3）预备项目4个，总投资30亿元。',
    '三、区重点项目',
    '区重点项目30个，总投资900亿元，年度计划投资100亿元，完成投资110亿元。其中：',
    '（1）在建项目30个，已完成投资110亿元。',
  ].join('\n');
  it('the counts add up, so the 总投资 of the groups adds up; nothing is bound across sections', () => {
    expect(sums(text)).toContainEqual(['sum', 'ok', 800, 800]);
    expect(errors(text)).toEqual([]);
  });
  it('a group measure changed is an error', () => {
    expect(errors(text.replace('总投资170亿元', '总投资180亿元'))).toContainEqual(['sum', 800, 810]);
  });
  it('the counts add up; a wrong count, while 总投资 adds up exactly, is an error', () => {
    expect(sums(text)).toContainEqual(['sum', 'ok', 60, 60]);
    expect(errors(text.replace('在建项目40个', '在建项目45个'))).toEqual([['sum', 60, 65]]);
  });
  it('look-alike: counts that do not add up say nothing', () => {
    expect(errors(text.replace('在建项目40个', '在建项目30个').replace('总投资170亿元', '总投资180亿元'))).toEqual([]);
  });
});

describe('bonds: 一般债 + 专项债 make the whole, in a news sentence after ；', () => {
  const text = '全市开工项目12个；累计争取债券资金5200万元，其中：专项债资金4000万元，一般债资金1200万元；完工项目3个。';
  it('the two kinds add up; a raised total is an error', () => {
    expect(sums(text)).toContainEqual(['sum', 'ok', 5200, 5200]);
    expect(errors(text.replace('5200万元', '5300万元'))).toContainEqual(['sum', 5300, 5200]);
  });
  it('look-alike: refinancing bonds are another split, the list stays open', () => {
    const refi = '累计争取债券资金5300万元，其中：再融资一般债券1200万元，再融资专项债券4000万元。';
    expect(errors(refi)).toEqual([]);
  });
});

describe('a spending list whose items carry a figure-less 用于 clause', () => {
  const text = '2025年政府性基金支出总计800万元，其中本级支出500万元，下降10.00%，主要用于库区项目建设，调出资金100万元用于统筹使用，结转下年使用200万元。';
  it('the items after the 用于 clause are the next items, and the carry-over closes the list', () => {
    expect(sums(text)).toContainEqual(['sum', 'ok', 800, 800]);
    expect(errors(text.replace('结转下年使用200万元', '结转下年使用150万元'))).toContainEqual(['sum', 800, 750]);
  });
  it('look-alike: a 用于 clause naming its own amounts stays the item’s list', () => {
    const own = '2025年政府性基金支出总计800万元，其中本级支出500万元，用于道路200万元、桥梁100万元，结转下年使用300万元。';
    expect(errors(own)).toEqual([]);
  });
});

describe('a 含 aside whose last item is 其他 + the figure’s own name', () => {
  const text =
    '上级补助收入900万元，其中：一般转移支付收入700万元（含均衡性转移支付收入300万元、结算补助收入150万元、其他一般转移支付收入250万元，专项转移支付收入200万元）。';
  it('the items up to the remainder add up to the figure', () => {
    expect(sums(text)).toContainEqual(['sum', 'ok', 700, 700]);
    expect(errors(text.replace('结算补助收入150万元', '结算补助收入140万元'))).toContainEqual(['sum', 700, 690]);
  });
  it('look-alike: a 含 aside with no remainder item, or the remainder of another name, stays open', () => {
    expect(errors(text.replace('其他一般转移支付收入250万元', '体制补助收入240万元'))).toEqual([]);
    expect(errors(text.replace('其他一般转移支付收入250万元', '其他补助收入240万元'))).toEqual([]);
  });
});
