// Income and spending named together (收、支 / 收支) with a shared or paired change (our own
// sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';

const yoy = (text: string) => ofKind(text, 'yoy');

describe('收、支 as one subject', () => {
  it('two equal totals, one change: the rate is the change over last year', () => {
    const t = '2023年度收入总计2400.00万元，支出总计2400.00万元。收、支与2022年度相比，减少600.00万元，下降20%，主要原因是项目减少。';
    expect(yoy(t)).toEqual([['ok', -20, -20]]);
    expect(yoy(t.replace('下降20%', '下降25%'))).toEqual([['error', -25, -20]]);
    expect(yoy(t.replace('减少600.00', '减少800.00'))[0]![0]).toBe('error');
  });
  it('收支 written as one word, and 均为 with one amount', () => {
    expect(yoy('2023年度收入总计1,800.00万元，支出总计1,800.00万元。收支较上年决算数增加200.00万元、增长12.5%。')).toEqual([['ok', 12.5, 12.5]]);
    expect(yoy('2023年度收、支总计均为900.00万元。收、支与2022年度相比，增加100.00万元，增长12.5%。')).toEqual([['ok', 12.5, 12.5]]);
  });
  it('各 with two amounts pairs them in order, a bare number taking the unit after it', () => {
    const t = '2023年度收、支总计各是750.00,900.00万元。与2022年相比，收、支总计各减少250.00,100.00万元，各下降25%、10%。';
    expect(yoy(t)).toEqual([
      ['ok', -25, -25],
      ['ok', -10, -10],
    ]);
    expect(yoy(t.replace('各下降25%、10%', '各下降10%、25%')).map((r) => r[0])).toEqual(['error', 'error']);
  });
  it('unequal totals with one shared change are not read', () => {
    expect(yoy('2023年度收入总计2400.00万元，支出总计2300.00万元。收、支与2022年度相比，减少600.00万元，下降20%。')).toEqual([]);
  });
  it('the balance of the two (收支结余) is not the pair', () => {
    expect(yoy('2023年度收入总计2400.00万元，支出总计2400.00万元。收支结余较上年减少5.00万元，下降50%。')).toEqual([]);
  });
});
