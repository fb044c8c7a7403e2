// "X中A a，B b，其他c" with no comma after 中 (基本支出中业务支出…): the items are parts of the X stated before
// (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const text = '2031年总支出800.00万元，其中项目支出100.00万元，基本支出700.00万元。基本支出中业务支出450.00万元，管理费用230.00万元，其他支出20.00万元。';

describe('X中A a, B b with no comma after 中', () => {
  it('closed by 其他, the items add up to X', () => {
    expect(ofKind(text, 'sum')).toEqual([
      ['ok', 800, 800],
      ['ok', 700, 700],
    ]);
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('230.00', '320.00'))).toEqual([['sum', 700, 790]]);
  });
  it('without a closing 其他 the items are a subset', () => {
    const t = text.replace('，其他支出20.00万元', '');
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('450.00', '4500.00'))).toEqual([['subset', 700, 4730]]);
  });
  it('look-alikes: 中央, a single item, a name with a comma already read', () => {
    expect(errors('2031年财政拨款支出500.00万元。财政拨款支出中央补助部分300.00万元，地方配套260.00万元。')).toEqual([]);
    expect(errors('2031年项目支出100.00万元。项目支出中设备购置费140.00万元，用于更新。')).toEqual([]);
  });
});
