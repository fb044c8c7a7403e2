// 其中 opening the paragraph after its total (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('X。⏎其中：a；b — the total closes its paragraph, 其中 opens the next', () => {
  const t = '二、资金使用情况\n全年用于社区服务支出46.3852万元。\n其中：用于购置设备25.1万元；用于开展活动12.6万元。';
  it('holds (a subset within its total)', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'subset')).toEqual([['ok', 46.3852, 37.7]]);
  });
  it('parts above the total: error', () => {
    expect(errors(t.replace('25.1', '35.1'))).toEqual([['subset', 46.3852, 47.7]]);
  });
  it('a total that does not close its paragraph stays unsure (look-alike)', () => {
    const u = t.replace('46.3852万元。', '46.3852万元。另有结转资金2.5万元。').replace('25.1', '35.1');
    expect(errors(u)).toEqual([]);
  });
});
