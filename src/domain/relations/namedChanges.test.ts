// A change in the sentence after its level, naming it by its opening words (our own sentences,
// invented figures): 一般公共预算财政拨款增加c after 一般公共预算财政拨款支出X.
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const yoy = (text: string) => relations(text).find((r) => r.kind === 'yoy');

describe('a change naming its level by the opening words of its label', () => {
  const text = '2023年一般公共预算财政拨款支出520.00万元，占本年支出合计的65.00%。与2022年相比，一般公共预算财政拨款增加20.00万元，增长4.00%。';
  it('the rate is the change over the level less the change', () => {
    expect(yoy(text)?.verdict).toBe('ok');
    expect(yoy(text)?.parts.map((p) => p.value)).toEqual([520, 20]);
    expect(yoy(text.replace('增长4.00%', '增长3.85%'))?.verdict).toBe('error');
  });
  it('two levels the words could open (收入 and 支出): no subject', () => {
    const two = '2023年财政拨款收入520.00万元，财政拨款支出510.00万元。与2022年相比，财政拨款增加20.00万元，增长4.00%。';
    expect(yoy(two)).toBeUndefined();
  });
});
