// Additive chains in our own words with invented figures: a 财政拨款 carry-over identity, 加上 … 可用资金,
// and arithmetic written out with + − =. Both verdicts, and look-alikes that assert nothing.
import { describe, expect, it } from 'vitest';
import { errors, rel as rels } from '../../../test/helpers/relations.js';

describe('the carry-over identity of 财政拨款', () => {
  const text = '2024年年初财政拨款结转和结余18.20万元，本年财政拨款收入356.00万元，本年财政拨款支出349.70万元，年末财政拨款结转和结余24.50万元。';
  it('opening + 本年财政拨款收入 − 本年财政拨款支出 = closing', () => {
    expect(rels(text, ['carryOver'])).toEqual([['carryOver', 'ok', 24.5, 24.5]]);
    expect(errors(text.replace('24.50', '28.50'))).toEqual([['carryOver', 28.5, 24.5]]);
  });
  it('the 财政拨款 income is not read for an opening balance of all funds', () => {
    const t = '年初结转和结余18.20万元，本年财政拨款收入356.00万元，本年支出349.70万元，年末结转和结余30.50万元。';
    expect(rels(t, ['carryOver'])).toEqual([]);
  });
});

describe('加上 … 可用资金 / 可用财力', () => {
  it('the items before it add up to the funds available', () => {
    const t = '上年结转资金14万元，加上本年预算安排96万元，全年可用资金110万元。';
    expect(rels(t, ['sum'])).toEqual([['sum', 'ok', 110, 110]]);
    expect(errors(t.replace('110万元', '120万元'))).toEqual([['sum', 120, 110]]);
  });
  it('可用资金 with no 加上 before it is no sum', () => {
    expect(errors('上年结转资金14万元，本年预算安排96万元，其中可用资金80万元。')).toEqual([]);
  });
});

describe('arithmetic written out: a + b − c = X', () => {
  it('named items joined by + and − and closed by =', () => {
    const t = '年末结转和结余=年初结转和结余12.5万元+本年收入230万元-本年支出221.5万元=21万元。';
    expect(rels(t, ['difference'])).toEqual([['difference', 'ok', 21, 21]]);
    expect(errors(t.replace('=21万元', '=25万元'))).toContainEqual(['difference', 25, 21]);
  });
  it('only + gives a sum', () => {
    const t = '项目总投资=设备费42万元+安装费8万元+培训费5万元=55万元。';
    expect(rels(t, ['sum'])).toEqual([['sum', 'ok', 55, 55]]);
    expect(errors(t.replace('=55万元', '=65万元'))).toEqual([['sum', 65, 55]]);
  });
  it('look-alikes: ranges, dates, phone numbers, a 文号 and an equation of rates', () => {
    expect(errors('每户补助3-5万元，实施期2023-2025年，咨询电话0731-8888123，依据某财〔2024〕7号。')).toEqual([]);
    expect(errors('执行率=执行数45万元/预算数50万元=90%。')).toEqual([]);
    expect(rels('补助标准为每人每月300元，共计12个月，3600元=300元×12。', ['sum', 'difference'])).toEqual([]);
  });
});

describe('收入总计 / 支出总计 and the carry-over they include', () => {
  const text =
    '2024年度收入总计512.30万元，其中本年收入合计480.10万元，年初结转和结余32.20万元；支出总计512.30万元，其中本年支出合计470.00万元，年末结转和结余42.30万元。';
  it('this year’s flow and the carry-over are all of the grand total', () => {
    expect(rels(text, ['sum', 'subset'])).toEqual([
      ['sum', 'ok', 512.3, 512.3],
      ['sum', 'ok', 512.3, 512.3],
    ]);
    expect(errors(text.replace('32.20', '22.20'))).toContainEqual(['sum', 512.3, 502.3]);
    expect(errors(text.replace('42.30', '52.30'))).toContainEqual(['sum', 512.3, 522.3]);
  });
  it('包括 … 和 上年结转和结余 reads the same', () => {
    const t = '收入总计460万元，包括本年收入420万元和上年结转和结余40万元。';
    expect(rels(t, ['sum', 'subset'])).toEqual([['sum', 'ok', 460, 460]]);
    expect(errors(t.replace('40万元', '30万元'))).toEqual([['sum', 460, 450]]);
  });
  it('only 本年收入 listed, or another item among them: a subset', () => {
    expect(rels('收入总计460万元，其中本年收入420万元。', ['sum', 'subset'])).toEqual([['subset', 'ok', 460, 420]]);
    expect(errors('收入总计460万元，其中本年收入420万元，财政拨款收入30万元。')).toEqual([]);
  });
});

describe('a closing total after two balance clauses', () => {
  const text = '本年收入合计410万元，加上年初结转和结余30万元，收入总计440万元；本年支出合计420万元，加上年末结转和结余20万元，支出总计440万元。';
  it('each 总计 adds its own clause, never the other side’s figures', () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('20万元', '25万元'))).toEqual([['sum', 440, 445]]);
  });
  it('a 共计 after a list of the other side only adds what follows them', () => {
    expect(errors('全年收入86万元，支出A项目30万元、B项目25万元，支出共计55万元。')).toEqual([]);
  });
});
