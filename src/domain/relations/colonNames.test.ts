// 支出X。⏎支出主要用于以下方面：A a，占p%: the colon follows a name whose amount was stated before
// (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, find } from '../../../test/helpers/relations.js';

const share = (text: string, stated: number) => find(text, 'share', stated);

describe('shares of items after a figure-less name and a colon', () => {
  const text =
    '本单位2024年度财政拨款支出5000.00万元，较上年增加500.00万元，增长11.11%。\n本单位2024年度财政拨款支出主要用于以下方面：教育支出4000.00万元，占80.00%；卫生健康支出600.00万元，占12.00%；农林水支出400.00万元，占8.00%。';
  it('are of the amount that name was stated with before', () => {
    expect(share(text, 12)?.verdict).toBe('ok');
    expect(share(text, 12)?.parts.map((p) => p.value)).toEqual([600, 5000]);
    expect(errors(text)).toEqual([]);
  });
  it('a wrong share or a wrong item is an error', () => {
    expect(errors(text.replace('占12.00%', '占21.00%'))).toEqual([['share', 21, 12]]);
    expect(errors(text.replace('600.00万元', '660.00万元'))).toContainEqual(['share', 12, 13.2]);
  });
  it('look-alike: a name stated nowhere before leaves the shares unsure', () => {
    const other = text.replace('本单位2024年度财政拨款支出主要用于', '本单位2024年度项目资金主要用于');
    expect(share(other, 12)?.verdict).toBe('unsure');
    expect(errors(other.replace('占12.00%', '占21.00%'))).toEqual([]);
  });
  it('look-alike: a colon after other words (a heading) is no list of that name', () => {
    const heading = text.replace('本单位2024年度财政拨款支出主要用于以下方面：', '本单位2024年度财政拨款支出结构情况说明如下：');
    expect(errors(heading.replace('占12.00%', '占21.00%'))).toEqual([]);
  });
});
