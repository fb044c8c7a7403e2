// A two-sided 收支总表 flattened one cell per line (our own table, invented figures): an unnumbered row
// under a numbered head (一般公共预算收入 under 一、财政拨款收入) is an item of the head, not a sibling of
// the 本年收入合计; a total the numbered heads do not make is still an error.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const cells = (xs: string[]) => xs.join('\n\n');
const head = ['甲单位2025年单位预算', '收支总表', '单位：万元', '收入', '支出', '项目', '预算数', '项目', '预算数'];
const foot = (total: string) => ['本年收入合计', total, '本年支出合计', '905.10', '收入总计', '905.10', '支出总计', '905.10'];

const nested = (other: string, total = '905.10') =>
  cells([
    ...head,
    '一、财政拨款收入',
    '860.40',
    '一、一般公共服务支出',
    '一般公共预算收入',
    '860.40',
    '二、教育支出',
    '905.10',
    '政府性基金预算收入',
    '三、社会保障和就业支出',
    '二、事业收入',
    '四、卫生健康支出',
    '三、其他收入',
    other,
    '五、住房保障支出',
    ...foot(total),
  ]);

const incomeTotal = (t: string) => ofKind(t, 'tableTotal').filter((r) => r[1] === 905.1 && r[2] !== 905.1 && r[0] !== 'ok');

describe('rows nested under a numbered head of a flattened two-sided table', () => {
  it('ok: the 合计 is the numbered heads (860.40 + 44.70), the sub-row not counted again', () => {
    expect(errors(nested('44.70'))).toEqual([]);
    expect(ofKind(nested('44.70'), 'tableTotal')).toContainEqual(['ok', 905.1, 905.1]);
  });

  it('error kept: a head mistyped, so neither the heads nor every row make the total', () => {
    expect(errors(nested('54.70'))).toContainEqual(['tableTotal', 905.1, 915.1]);
  });

  it('look-alike: an unnumbered row that is a sibling (the flat sum holds) stays a sibling', () => {
    const t = cells([...head, '一、财政拨款收入', '500.00', '二、事业收入', '300.00', '其他收入', '105.10', ...foot('905.10')]);
    expect(errors(t)).toEqual([]);
    expect(incomeTotal(t)).toEqual([]);
  });

  it('look-alike: items and an unnumbered sibling mixed — one re-reading holds, so unsure, not an error', () => {
    const t = cells([...head, '一、财政拨款收入', '500.00', '一般公共预算收入', '500.00', '二、事业收入', '300.00', '其他收入', '105.10', ...foot('905.10')]);
    expect(errors(t)).toEqual([]);
  });
});
