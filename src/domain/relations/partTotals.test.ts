// A 其中 list after two totals (two years, or a budget and an actual): the parts belong to the total of the
// year or stage they name (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

describe('parts bound to the total of their own year or stage', () => {
  it('parts naming the earlier year: the earlier total', () => {
    const t = '本单位2031年支出150.00万元，2032年支出180.00万元，其中：2031年基本支出100.00万元，项目支出50.00万元。';
    expect(rel(t)).toEqual([['sum', 'ok', 150, 150]]);
    expect(errors(t.replace('项目支出50.00', '项目支出60.00'))).toEqual([['sum', 150, 160]]);
  });
  it('parts naming no year: the nearest total, as before', () => {
    const t = '本单位2031年支出150.00万元，2032年支出180.00万元，其中：基本支出120.00万元，项目支出60.00万元。';
    expect(errors(t)).toEqual([]);
  });
  it('parts each naming the budget after 预算数A，决算数B: A', () => {
    const t = '本单位2032年支出预算数为200.00万元，决算数为180.00万元，其中：基本支出预算数130.00万元，项目支出预算数70.00万元。';
    expect(rel(t)).toEqual([['sum', 'ok', 200, 200]]);
    expect(errors(t.replace('预算数70.00', '预算数80.00'))).toEqual([['sum', 200, 210]]);
  });
  it('parts naming no stage after 预算数A，决算数B: B, the nearest', () => {
    const t = '本单位2032年支出预算数为200.00万元，决算数为180.00万元，其中：基本支出120.00万元，项目支出60.00万元。';
    expect(rel(t)).toEqual([['sum', 'ok', 180, 180]]);
  });
  it('look-alike: two years’ totals and parts given 分别 side by side are not summed across years', () => {
    const t = '本单位2031年和2032年支出分别为150.00万元和180.00万元，其中：基本支出分别为100.00万元和120.00万元，项目支出分别为50.00万元和60.00万元。';
    expect(errors(t)).toEqual([]);
  });
});
