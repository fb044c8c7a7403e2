// Numbered causes of a change, each a part with its own level and change, some with a 其中 of their own
// (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind, rel } from '../../../test/helpers/relations.js';

describe('主要原因：一是A a，比上年增加x；二是B b，比上年增加y', () => {
  const t =
    '2023年度本单位支出合计915.00万元，比上年增加75.00万元，主要原因：一是基本支出660.00万元，比上年增加48.00万元，' +
    '其中人员经费增加36.00万元，公用经费增加12.00万元；二是项目支出255.00万元，比上年增加27.00万元，主要是新增档案数字化项目。';
  it('the levels and the changes of a complete set add up, and so does the inner 其中: ok', () => {
    expect(errors(t)).toEqual([]);
    expect(rel(t, ['sum', 'changeSum']).sort()).toEqual(
      [
        ['changeSum', 'ok', 48, 48],
        ['changeSum', 'ok', 75, 75],
        ['sum', 'ok', 915, 915],
      ].sort(),
    );
  });
  it('an item’s change, an inner part or an item’s level altered: error naming it', () => {
    expect(errors(t.replace('增加27.00万元', '增加29.00万元'))).toEqual([['changeSum', 75, 77]]);
    expect(errors(t.replace('公用经费增加12.00万元', '公用经费增加14.00万元'))).toEqual([['changeSum', 48, 50]]);
    expect(errors(t.replace('项目支出255.00万元', '项目支出265.00万元'))).toEqual([['sum', 915, 925]]);
  });
  it('causes that are no complete set (会议费, 培训费) explain the change: never summed (look-alike)', () => {
    const u =
      '2023年度本单位支出合计915.00万元，比上年增加75.00万元，主要原因：一是会议费40.00万元，比上年增加30.00万元；二是培训费55.00万元，比上年增加20.00万元。';
    expect(errors(u)).toEqual([]);
    expect(ofKind(u, 'changeSum')).toEqual([]);
  });
});

describe('比上年增加c。一是A增加a，其中…；二是B增加b，其中…', () => {
  const t =
    '2023年度本单位支出比上年增加62.00万元。一是基本支出增加40.00万元，其中人员经费增加31.00万元，公用经费增加9.00万元；' +
    '二是项目支出增加22.00万元，其中信息系统运维项目增加15.00万元，业务培训项目增加7.00万元。';
  it('the items add up to the change, and a lexicon 其中 adds up to its item: ok', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'changeSum')).toContainEqual(['ok', 62, 62]);
    expect(ofKind(t, 'changeSum')).toContainEqual(['ok', 40, 40]);
  });
  it('an item or an inner lexicon part altered: error', () => {
    expect(errors(t.replace('项目支出增加22.00万元', '项目支出增加24.00万元'))).toEqual([['changeSum', 62, 64]]);
    expect(errors(t.replace('公用经费增加9.00万元', '公用经费增加11.00万元'))).toEqual([['changeSum', 40, 42]]);
  });
  it('projects under 项目支出 are no complete set: a smaller sum stays quiet (look-alike)', () => {
    expect(errors(t.replace('业务培训项目增加7.00万元', '业务培训项目增加5.00万元'))).toEqual([]);
  });
  it('numbered items that are no complete set of the total are never summed (look-alike)', () => {
    const u = '2023年度本单位支出比上年增加62.00万元。一是会议费增加40.00万元；二是差旅费增加12.00万元。';
    expect(errors(u)).toEqual([]);
  });
});
