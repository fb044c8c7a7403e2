// 决算 rows by function class without their codes (our own tables, invented figures): the 合计 is the sum
// of the 类 rows, known by name, the 款 and 项 rows under them left out.
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const byName = (text: string) =>
  relations(text)
    .filter((r) => r.reasonEn === 'the total is the sum of the 类 rows (known by name)')
    .map((r) => [r.verdict, r.stated, r.computed]);

const table = (total: string, rows: string[]) => ['单位：万元', '项目 决算数', `合计 ${total}`, ...rows].join('\n');
const rows = [
  '一般公共服务支出 150.00',
  '政府办公厅事务 150.00',
  '行政运行 110.00',
  '事业运行 40.00',
  '农林水支出 64.50',
  '农业农村 64.50',
  '病虫害控制 64.50',
];

describe('类 rows known by name', () => {
  it('合计 on top: the sum of the 类 rows only', () => {
    expect(byName(table('214.50', rows))).toEqual([['ok', 214.5, 214.5]]);
    expect(byName(table('224.50', rows))).toEqual([['error', 224.5, 214.5]]);
  });

  it('合计 last, one cell a line', () => {
    const cells = ['项目', '决算数', ...rows.flatMap((r) => r.split(' ')), '合计', '214.50'].join('\n');
    expect(byName(cells)).toEqual([['ok', 214.5, 214.5]]);
  });

  it('look-alike: 其他支出 is a 类 and a 项 name: the block is not read', () => {
    expect(byName(table('224.50', [...rows, '其他支出 10.00']))).toEqual([]);
  });

  it('look-alike: a block that does not open with a 类 row (款 rows only) is not read', () => {
    expect(byName(table('214.50', rows.slice(1)))).toEqual([]);
  });

  it('look-alike: 类 rows only are a flat list (read by the plain 合计 rules, not here)', () => {
    expect(byName(table('214.50', ['一般公共服务支出 150.00', '农林水支出 64.50', '住房保障支出 0.00']))).toEqual([]);
  });
});
