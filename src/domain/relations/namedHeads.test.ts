// "X决算中，A a，占p%；B b，占q%" with a long subject before X (unit name, year, budget type): the
// name before 中 is the total stated paragraphs before (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { rel } from '../../../test/helpers/relations.js';

describe('a long name before 中 opens the breakdown of the total it names', () => {
  const text =
    '东川区农业技术推广中心2021年度一般公共预算财政拨款“三公”经费支出预算为5.0万元，支出决算为8.00万元，完成预算的160.00%。\n' +
    '（二）具体情况说明。\n' +
    '东川区农业技术推广中心2021年度一般公共预算财政拨款“三公”经费支出决算中，因公出国（境）费支出决算4.00万元，占50.00%；公务接待费支出决算1.00万元，占12.50%；公务用车购置及运行费支出决算3.00万元，占37.50%。';
  it('the parts add up to the 决算 stated before, and each share is of it', () => {
    expect(rel(text, ['sum', 'share', 'rate'])).toEqual([
      ['sum', 'ok', 8, 8],
      ['rate', 'ok', 160, 160],
      ['share', 'ok', 50, 50],
      ['share', 'ok', 12.5, 12.5],
      ['share', 'ok', 37.5, 37.5],
    ]);
  });
  it('planted errors: a part, a share, the total', () => {
    expect(rel(text.replace('1.00万元', '1.50万元'), ['sum'])).toEqual([['sum', 'error', 8, 8.5]]);
    expect(rel(text.replace('占12.50%', '占15.20%'), ['share']).filter((r) => r[1] === 'error')).toEqual([['share', 'error', 15.2, 12.5]]);
    expect(rel(text.replace('支出决算为8.00万元', '支出决算为9.00万元'), ['sum'])).toEqual([['sum', 'error', 9, 8]]);
  });
  it('a name of another concept before 中 binds nothing', () => {
    expect(rel(text.replace('“三公”经费支出决算中', '部门预算项目执行情况中'), ['sum'])).toEqual([]);
  });
});
