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

describe('总分 first, then 分值 and 得分 of every 一级指标 (weight, score pairs)', () => {
  const pairs = (total: string, output: string, weight = '40') =>
    `经自评，本项目总得分${total}分，其中：预算执行率10分，得9.5分；产出指标${weight}分，得${output}分；效益指标40分，得37分；满意度指标10分，得9分。`;
  it('the scores add up to the total, the weights to 100', () => {
    expect(scores(pairs('93.5', '38'))).toContainEqual(['score', 'ok', 93.5, 93.5]);
    expect(scores(pairs('93.5', '38'))).toContainEqual(['score', 'ok', 100, 100]);
    expect(scores(pairs('93.5', '38')).filter((r) => r[0] === 'subset')).toEqual([]);
  });
  it('a total off the scores, or weights off 100, is an error', () => {
    expect(scores(pairs('93.5', '36'))).toContainEqual(['score', 'error', 93.5, 91.5]);
    expect(scores(pairs('93.5', '38', '45'))).toContainEqual(['score', 'error', 100, 105]);
  });
  it('in a sentence of its own after the total too', () => {
    const apart = '本项目自评总分为91分。预算执行率10分，得10分；产出指标50分，得45分；效益指标30分，得27分；满意度指标10分，得8分。';
    expect(scores(apart)).toContainEqual(['score', 'error', 91, 90]);
  });
  it('look-alike: pairs short of one 一级指标 assert no total, and are no subset over the total', () => {
    const short = '本项目总得分93.5分，其中：产出指标40分，得38分；效益指标40分，得37分；满意度指标10分，得9分。';
    expect(scores(short).filter((r) => r[1] === 'error')).toEqual([]);
  });
});
