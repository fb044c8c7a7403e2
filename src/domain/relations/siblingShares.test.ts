// Sibling items that each state a share of "the total" without naming it (our own words, invented
// figures): the total is their sum when their shares make 100% or their sum is stated just before.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const items = [
  '一、资金使用情况',
  '本年度专项资金总收入400万元，总支出400万元。',
  '（一）用于设备购置支出300万元，占总数的75.00%。其中：',
  '1.用于检测设备250万元；',
  '2.用于办公设备50万元。',
  '（二）用于人员培训支出100万元，占总数的25.00%。',
].join('\n');

describe('shares of "the total" over sibling items', () => {
  it('shares of the items’ sum hold', () => {
    expect(ofKind(items, 'share')).toEqual([
      ['ok', 75, 75],
      ['ok', 25, 25],
    ]);
    expect(errors(items)).toEqual([]);
  });
  it('a share off its item’s part of the sum is an error (the sum stated before)', () => {
    expect(errors(items.replace('占总数的25.00%', '占总数的28.00%'))).toEqual([['share', 28, 25]]);
  });
  it('an amount that no longer fits the 100% shares is an error', () => {
    expect(errors(items.replace('人员培训支出100万元', '人员培训支出160万元'))).toContainEqual(['share', 25, 34.78]);
  });
  it('items whose shares miss 100% and whose sum is stated nowhere are of another whole', () => {
    const t = items.replace('总收入400万元，总支出400万元', '总收入520万元，总支出520万元').replace('75.00%', '57.69%').replace('25.00%', '19.23%');
    expect(ofKind(t, 'share').filter(([v]) => v !== 'unsure')).toEqual([]);
    expect(errors(t)).toEqual([]);
  });
  it('a top-level heading closes the items before it', () => {
    const t = [items, '二、下年安排', '（一）用于设备维护80万元，占总数的40.00%；（二）用于培训120万元，占总数的60.00%。'].join('\n');
    expect(ofKind(t, 'share')).toEqual([
      ['ok', 75, 75],
      ['ok', 25, 25],
      ['ok', 40, 40],
      ['ok', 60, 60],
    ]);
  });
});
