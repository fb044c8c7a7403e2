// A complete set of parts with no cue, its total opening the next sentence (our own words, invented figures):
// "A a；B b；C c。X总额T" — the parts add up to T.
import { describe, expect, it } from 'vitest';
import { rel } from '../../../test/helpers/relations.js';

const sums = (text: string) => rel(text, ['sum']);
const text =
  '因公出国（境）费支出决算1.20万元；公务用车购置及运行维护费支出决算4.30万元；公务接待费支出决算2.50万元。\n' +
  '2024年度一般公共预算财政拨款“三公”经费支出决算总额为8.00万元，比上年减少0.60万元。';

describe('the total after a complete cueless set', () => {
  it('the parts add up to the total that opens the next sentence', () => {
    expect(sums(text)).toEqual([['sum', 'ok', 8, 8]]);
    expect(sums(text.replace('4.30万元', '4.80万元'))).toEqual([['sum', 'error', 8, 8.5]]);
  });
  it('in one paragraph too', () => {
    expect(sums(text.replace('\n', ''))).toEqual([['sum', 'ok', 8, 8]]);
  });
  it('parts under the name of another whole, of another stage, or a total not opening the sentence: nothing', () => {
    expect(sums(`本单位项目执行情况中，${text}`)).toEqual([]);
    expect(sums(text.replace('支出决算总额为8.00', '支出预算总额为8.00'))).toEqual([]);
    expect(sums(text.replace('2024年度一般公共预算', '上年公务用车保有量3辆，2024年度一般公共预算'))).toEqual([]);
  });
});
