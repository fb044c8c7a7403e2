// A table row whose empty cells were dropped (our own invented table): its figures slide left, a percent
// landing under an amount column. Its cells cannot be placed, so the sums over it are unsure, never errors.
import { describe, expect, it } from 'vitest';
import { errors, relations } from '../../../test/helpers/relations.js';
import { parseText } from '../../documents/import/structure.js';
import { shiftedRows } from './shiftedRows.js';

const FULL = [
  '某基金预算执行情况表',
  '单位:元',
  '项目 | 预算数 | 调整后预算数 | 本期执行数 | 累计执行数 | 执行进度(%) |',
  '一、收入合计 | 1,000.00 | 1,000.00 | 330.00 | 600.00 | 60.00% |',
  '(一)收入小计 | 1,000.00 | 1,000.00 | 330.00 | 600.00 | 60.00% |',
  '1.保费收入 | 900.00 | 900.00 | 300.00 | 540.00 | 60.00% |',
  '2.利息收入 | 100.00 | 100.00 | 20.00 | 50.00 | 50.00% |',
  '3.补贴收入 | 0.00 | 0.00 | 0.00 | 0.00 | 0.00% |',
  '4.其他收入 | 0.00 | 0.00 | 10.00 | 10.00 | 0.00% |',
  '二、支出合计 | 800.00 | 800.00 | 200.00 | 400.00 | 50.00% |',
].join('\n');

// the same table as a page loses it: 补贴收入 keeps its 0.00 and a 100.00%, 其他收入 its last figures
const SLID = FULL.replace('3.补贴收入 | 0.00 | 0.00 | 0.00 | 0.00 | 0.00% |', '3.补贴收入 | 0.00 | 100.00% | | | |').replace(
  '4.其他收入 | 0.00 | 0.00 | 10.00 | 10.00 | 0.00% |',
  '4.其他收入 | 10.00 | 10.00 | 0.00% | | |',
);

describe('a row whose cells slid left', () => {
  it('is found by its percent under an amount column', () => {
    const t = parseText(SLID).tables[0]!;
    const rows = [...shiftedRows(t)].map((i) => t.rows[i]![0]);
    expect(rows).toEqual(['3.补贴收入', '4.其他收入']);
    expect(shiftedRows(parseText(FULL).tables[0]!).size).toBe(0);
  });
  it('the full table holds, and a wrong cell in it is an error', () => {
    expect(errors(FULL)).toEqual([]);
    expect(errors(FULL.replace('| 300.00 | 540.00 |', '| 310.00 | 540.00 |')).filter((e) => e[0] === 'tableTotal')).toContainEqual(['tableTotal', 330, 340]);
  });
  it('look-alike: with the slid rows, a sum they may complete is never an error (the 100.00% is no amount)', () => {
    expect(errors(SLID).filter((e) => e[0] === 'tableTotal')).toEqual([]);
    const wrong = SLID.replace('| 300.00 | 540.00 |', '| 310.00 | 540.00 |');
    expect(errors(wrong).filter((e) => e[0] === 'tableTotal')).toEqual([]);
    expect(relations(wrong).some((r) => r.kind === 'tableTotal' && r.verdict === 'unsure')).toBe(true);
  });
  it('the placed parts alone above the total are an error (a slid row adds nothing below zero)', () => {
    const over = SLID.replace('| 300.00 | 540.00 |', '| 320.00 | 540.00 |');
    expect(errors(over).filter((e) => e[0] === 'tableTotal')).toContainEqual(['tableTotal', 330, 340]);
  });
});
