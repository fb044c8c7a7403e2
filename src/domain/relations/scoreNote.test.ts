// A 自评表's note fixing the 一级指标 weights against the weights the form writes (invented form).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const form = (out: string, benefit: string, note = '一级指标分值统一设置为：') =>
  `绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(${out}分)数量指标培训人次30≥200人次≥200人次30质量指标合格率20100%100%20效益指标(${benefit}分)社会效益指标覆盖村数30≥12个≥12个30满意度指标(10分)服务对象满意度10≥90%≥90%10总分100100注:1.${note}产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据重要程度确定三级指标的分值。`;

describe('the note fixes the 一级指标 weights', () => {
  it('weights as the note says: ok', () => {
    expect(ofKind(form('50', '30'), 'score').filter((r) => r[0] === 'error')).toEqual([]);
    expect(ofKind(form('50', '30'), 'score')).toEqual(expect.arrayContaining([['ok', 50, 50]]));
  });
  it('a weight other than the note: an error', () => {
    expect(errors(form('60', '20'))).toEqual(
      expect.arrayContaining([
        ['score', 60, 50],
        ['score', 20, 30],
      ]),
    );
  });
  it('a note that only advises (原则上), or no note: nothing', () => {
    expect(errors(form('60', '20', '一级指标分值原则上设置为：'))).toEqual([]);
    expect(errors(form('60', '20', '参考：'))).toEqual([]);
  });
});
