// A total score and the scores of all its 一级指标 in a 其中 list (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { rel } from '../../../test/helpers/relations.js';

const scores = (text: string) => rel(text, ['score', 'subset']);

describe('总分 = Σ the scores of a complete set of 一级指标', () => {
  const project = (total: string) => `本项目自评得分${total}分（其中：预算执行率8.8分，产出指标45分，效益指标27分，满意度指标9分），评价等级为优。`;
  it('the project framework: holds, and a total off the sum is an error', () => {
    expect(scores(project('89.8'))).toContainEqual(['score', 'ok', 89.8, 89.8]);
    expect(scores(project('88.8'))).toContainEqual(['score', 'error', 88.8, 89.8]);
  });
  it('the department framework (决策 过程 产出 效益)', () => {
    const dept = '部门整体支出绩效自评得分86分，其中：决策指标17分，过程指标18分，产出指标34分，效益指标19分。';
    expect(scores(dept)).toContainEqual(['score', 'error', 86, 88]);
    expect(scores(dept.replace('86分', '88分'))).toContainEqual(['score', 'ok', 88, 88]);
  });
});

describe('look-alikes stay subsets', () => {
  it('a list short of one 一级指标 is no whole', () => {
    const short = '本项目自评得分88.8分（其中：产出指标45分，效益指标27分，满意度指标9分）。';
    expect(scores(short).filter((r) => r[0] === 'score')).toEqual([]);
    expect(scores(short)).toContainEqual(['subset', 'ok', 88.8, 81]);
  });
  it('a 加分项 among the names leaves the list open', () => {
    const bonus = '本项目自评得分92分（其中：产出指标45分，效益指标27分，满意度指标9分，加分项2分）。';
    expect(scores(bonus).filter((r) => r[1] === 'error')).toEqual([]);
  });
});
