// A prose paragraph and a flattened | table on one line: the prose is read as prose. Invented figures.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';
import { splitProseTables } from './proseTableLines.js';

const line = (share: string) =>
  `3月份，全镇实现一般公共预算收入4200万元，比上年同期增收300万元，增长7.69%。其中：税收收入3150万元，占收入的${share}；非税收入1050万元，占收入的25%。 分项情况如下: 某年三月收入执行情况表 | 科 目 | 全年计划 | 累计完成 | 占计划% | 税收收入 | 12000 | 3150 | 26.25 |`;

describe('prose and a | table on one line', () => {
  it('split into the prose, the table title and the cells', () => {
    expect(splitProseTables([line('75%')])).toEqual([
      line('75%').slice(0, line('75%').indexOf(' 某年')),
      '某年三月收入执行情况表',
      '| 科 目 | 全年计划 | 累计完成 | 占计划% | 税收收入 | 12000 | 3150 | 26.25 |',
    ]);
  });
  it("the prose's relations are read: ok", () => {
    expect(ofKind(line('75%'), 'share')).toEqual([
      ['ok', 75, 75],
      ['ok', 25, 25],
    ]);
    expect(ofKind(line('75%'), 'yoy')).toEqual([['ok', 7.69, 7.69]]);
  });
  it('a wrong share in the prose: an error', () => {
    expect(errors(line('57%'))).toContainEqual(['share', 57, 75]);
  });
  it('a row whose first cell holds a short sentence, or a line opening with |: unchanged', () => {
    const rows = [
      '产出指标：按期完成培训，达到预期。 | 20 | 18 | 无 |',
      '| 说明：全年完成任务，达到预期目标，群众满意。 | 10 | 9 | 8 | 7 |',
      '项目名称 | 预算数 | 执行数 | 执行率 |',
    ];
    expect(splitProseTables(rows)).toEqual(rows);
  });
});
