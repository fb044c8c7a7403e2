// The header over the 运行监控 gap cells: 偏差（百分点） only where every row is a number.
import { describe, expect, it } from 'vitest';
import { gapTitle } from './ReportFields.js';

const pt = (key: string) => ({ 'mo.gap': '偏差（百分点）', 'mo.reachedLabel': '完成情况', 'mo.gapOrReached': '偏差（百分点）/ 完成情况' })[key] ?? key;

describe('gapTitle', () => {
  it('says 完成情况 over level rows, 偏差 over numbers, both over a mix', () => {
    expect(gapTitle(pt as never, [true, true])).toBe('完成情况');
    expect(gapTitle(pt as never, [false, false])).toBe('偏差（百分点）');
    expect(gapTitle(pt as never, [false, true])).toBe('偏差（百分点）/ 完成情况');
    expect(gapTitle(pt as never, [])).toBe('偏差（百分点）');
  });
});
