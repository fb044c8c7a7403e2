// A 其中 list whose every part carries its share of the total, the shares adding up to 100%: the text says the
// parts are all of it, so they must add up to the total (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

describe('X，其中：A a，占p%；B b，占q% with p + q = 100%', () => {
  const t = '2023年度本单位专项资金支出500.00万元，其中：设备购置300.00万元，占60.00%；系统运维200.00万元，占40.00%。';
  it('the parts add up to the total: ok', () => {
    expect(errors(t)).toEqual([]);
    expect(rel(t, ['sum', 'subset'])).toEqual([['sum', 'ok', 500, 500]]);
  });
  it('a part short of the total with its share kept: error on the sum and on the part’s share', () => {
    expect(errors(t.replace('系统运维200.00万元', '系统运维180.00万元')).sort()).toEqual(
      [
        ['share', 40, 36],
        ['sum', 500, 480],
      ].sort(),
    );
  });
  it('shares that do not cover the whole leave a subset (look-alike)', () => {
    const u = '2023年度本单位专项资金支出500.00万元，其中：设备购置300.00万元，占60.00%；系统运维150.00万元，占30.00%。';
    expect(errors(u)).toEqual([]);
    expect(rel(u, ['sum', 'subset'])).toEqual([['subset', 'ok', 500, 450]]);
  });
});

describe('其中：基本支出A，占B%，…；项目支出C，占D%，… (a lexicon set, each part with its share and more clauses)', () => {
  const t =
    '2023年度本部门支出总额为3,456,789.00元，其中：基本支出2,456,789.00元，占支出总额的71.07%，主要包括人员工资、办公费等；' +
    '项目支出1,000,000.00元，占支出总额的28.93%，较上年减少120,000.00元。';
  it('the parts add up and each share is of the total: ok', () => {
    expect(errors(t)).toEqual([]);
    expect(rel(t, ['sum', 'share', 'shareSum'])).toEqual([
      ['sum', 'ok', 3456789, 3456789],
      ['share', 'ok', 71.07, 71.07],
      ['share', 'ok', 28.93, 28.93],
      ['shareSum', 'ok', 100, 100],
    ]);
  });
  it('a part or a share altered: error naming it', () => {
    expect(errors(t.replace('1,000,000.00元', '1,100,000.00元'))).toEqual([
      ['sum', 3456789, 3556789],
      ['share', 28.93, 31.82],
    ]);
    expect(errors(t.replace('71.07%', '73.07%'))).toEqual([
      ['share', 73.07, 71.07],
      ['shareSum', 100, 102],
    ]);
  });
});
