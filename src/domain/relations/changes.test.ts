// Year-on-year changes (our own sentences, invented figures): each shape correct, with a planted
// error, and a look-alike that is no relation.
import { describe, expect, it } from 'vitest';
import { errors, rel, relations } from '../../../test/helpers/relations.js';

describe('the prior stated in the sentence', () => {
  const text = '2024年“三公”经费支出52万元，比上年支出58万元减少6万元，下降10.34%。';
  it('the difference and the rate over the stated prior both hold', () => {
    expect(rel(text)).toEqual([
      ['difference', 'ok', 6, 6],
      ['yoy', 'ok', -10.34, -10.34],
    ]);
  });
  it('a wrong rate over the stated prior is an error', () => {
    expect(errors(text.replace('10.34%', '11.54%'))).toEqual([['yoy', -11.54, -10.34]]);
    // 6 ÷ 52 (the current year) is the look-alike a careless writer uses
    expect(errors(text.replace('10.34%', '11.5%'))).toEqual([['yoy', -11.5, -10.34]]);
  });
  it('a rate with no prior in the sentence is the change over current ∓ change', () => {
    expect(rel('2024年“三公”经费支出52万元，比上年减少6万元，下降10.34%。')).toEqual([['yoy', 'ok', -10.34, -10.34]]);
  });
});

describe('an increase larger than the amount', () => {
  it('makes the prior year negative: the stated rate cannot hold', () => {
    const text = '1—6月税收收入8100万元，比上年同期增收1280万元，增长18.8%。';
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('1280', '12800'))).toEqual([['yoy', 12800, 8100]]);
  });
  it('a decrease larger than the amount is an ordinary change (the prior was larger)', () => {
    expect(errors('1—6月税收收入810万元，比上年同期减收1280万元，下降61.2%。')).toEqual([]);
  });
});

describe('a part changes, its level stated sentences before', () => {
  const text =
    '2024年本级“三公”经费预算为860万元。其中，因公出国（境）费40万元，公务接待费220万元，公务用车购置及运行费600万元。同口径比上年减少90万元，下降9.47%。其中：因公出国（境）费同口径比上年减少10万元，下降20.0%。公务接待费同口径比上年减少30万元，下降12.0%。公务用车购置及运行费同口径比上年减少50万元，下降7.69%。';
  it('the level of the part is the one figure of its concept up to three sentences back', () => {
    expect(rel(text)).toContainEqual(['yoy', 'ok', -20, -20]);
    expect(rel(text)).toContainEqual(['yoy', 'ok', -12, -12]);
    expect(errors(text.replace('下降20.0%', '下降25.0%'))).toEqual([['yoy', -25, -20]]);
  });
  it('a change of the same item in between leaves the level unknown', () => {
    const t = '公务接待费220万元。公务接待费比预算减少5万元。公务接待费比上年减少30万元，下降50.0%。';
    expect(errors(t)).toEqual([]);
  });
});

describe('a change in the sentence after its level, text extracted with spaces', () => {
  const text =
    '3.年初结转和结余 6.40 万元,为以前年度尚未完成、结转到本年度继续使用的资金。较 2023 年度决算数增加 0.40 万元,增长 6.7%,主要原因是:项目进度放缓。';
  it('较 2023 年度决算数 with spaces opens a change of the level before', () => {
    expect(rel(text)).toEqual([['yoy', 'ok', 6.7, 6.67]]);
    expect(errors(text.replace('6.7%', '8.7%'))).toEqual([['yoy', 8.7, 6.67]]);
  });
  it('a zero change on a zero level stays silent', () => {
    expect(errors('5.经营收入 0.00 万元,为开展经营活动取得的收入。较 2023 年度决算数增加 0.00 万元,增长 0%,主要原因是:无经营收入。')).toEqual([]);
  });
});

describe('a bound restating the level before a change', () => {
  const text = '2023年,全区政府采购规模为5380.6万元,首次突破5000万元,比上年增加630.6万元,增长13.3%。';
  it('the change is of the exact level, not of the bound', () => {
    expect(rel(text)).toEqual([['yoy', 'ok', 13.3, 13.28]]);
    expect(errors(text.replace('13.3%', '15.3%'))).toEqual([['yoy', 15.3, 13.28]]);
  });
  it('a bound alone stays the subject (approximate, never an error)', () => {
    expect(errors('2023年,全区政府采购规模首次突破5000万元,比上年增加630.6万元,增长23.3%。')).toEqual([]);
  });
});

describe('收入支出总体与上年相比: the change of both totals', () => {
  const text = '2024年度收入总计215.40万元。2024年度支出总计215.40万元。收入支出总体与上年相比，增加25.40万元，增长13.37%，主要原因是人员增加。';
  it('both totals stated and equal: the rate is the change over the prior of either', () => {
    expect(rel(text)).toEqual([['yoy', 'ok', 13.37, 13.37]]);
    expect(errors(text.replace('13.37%', '11.79%'))).toEqual([['yoy', 11.79, 13.37]]);
  });
  it('totals that differ give no subject', () => {
    expect(rel(text.replace('支出总计215.40', '支出总计209.40'))).toEqual([]);
  });
});

describe('the explanation names the basis the sentence compares with', () => {
  const reasons = (text: string) =>
    relations(text)
      .filter((r) => r.kind === 'yoy')
      .map((r) => [r.verdict, r.reason, r.reasonEn]);
  it('较预算数: the base is the budget, not the previous year (ok and error)', () => {
    const ok = '2024年本会本年支出450万元，较预算数减少50万元，下降10%。';
    expect(reasons(ok)).toEqual([
      ['ok', '比预算减少50万元：预算数 = 450万元 + 50万元，变动率 = 变动额 ÷ 预算数', 'change on the budget: base = current + change; rate = change ÷ base'],
    ]);
    const [bad] = reasons(ok.replace('10%', '11.1%'));
    expect(bad![0]).toBe('error');
    expect(bad![1]).not.toMatch(/上年/);
  });
  it('比上年 and a named year keep their own basis', () => {
    expect(reasons('2024年本会本年支出450万元，比上年减少50万元，下降10%。')[0]![1]).toBe(
      '比上年减少50万元：上年数 = 450万元 + 50万元，变动率 = 变动额 ÷ 上年数',
    );
    expect(reasons('2024年本会本年支出450万元，较2021年增加50万元，增长12.5%。')[0]![1]).toBe(
      '比2021年增加50万元：2021年数 = 450万元 − 50万元，变动率 = 变动额 ÷ 2021年数',
    );
  });
  it('a prior stated in the sentence against the budget says 预算数', () => {
    const text = '2024年本会本年支出450万元，较年初预算数500万元减少50万元，下降10%。';
    const yoy = relations(text).filter((r) => r.kind === 'yoy');
    expect(yoy.map((r) => r.reason)).toEqual(['变动率 = 50万元 ÷ 500万元（预算数为句中所写）']);
  });
});
