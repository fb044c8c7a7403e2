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

describe('the older project framework (投入 过程 产出 效益), names with or without 指标/得', () => {
  const text = '本项目综合自评得分87分，其中投入16分、过程17分、产出34分、效益20分，评价等级为良。';
  it('holds, and a total or a part off the sum is an error', () => {
    expect(scores(text)).toContainEqual(['score', 'ok', 87, 87]);
    expect(scores(text.replace('87分', '97分'))).toContainEqual(['score', 'error', 97, 87]);
    expect(scores('本项目自评得分87分，其中：投入指标得16分，过程指标得17分，产出指标得32分，效益指标得20分。')).toContainEqual(['score', 'error', 87, 85]);
  });
  it('look-alike: 投入 without 过程 is no whole', () => {
    expect(scores('本项目自评得分87分，其中投入16分、产出34分、效益20分。').filter((r) => r[0] === 'score')).toEqual([]);
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

describe('a score and its weight in one sentence', () => {
  const all = (text: string) => rel(text, ['score']);
  it('the weight in parentheses before other figures: a score above it is an error', () => {
    const text = '2.质量指标（分值20分）：抽检合格率目标值98%，实际完成99%，得20分。';
    expect(all(text).filter((r) => r[1] === 'error')).toEqual([]);
    expect(all(text.replace('得20分', '得22分'))).toContainEqual(['score', 'error', 22, 20]);
  });
  it('look-alike: a deduction is no weight (扣2分，得18分)', () => {
    expect(all('时效指标因两批次延期扣2分，得18分。').filter((r) => r[1] === 'error')).toEqual([]);
  });
  it('预算执行率 scores linearly: 执行率 × 分值', () => {
    const text = '项目全年预算80.00万元，全年执行72.00万元，预算执行率90.00%，该项分值10分，得分9分。';
    expect(all(text)).toContainEqual(['score', 'ok', 9, 9]);
    expect(all(text.replace('得分9分', '得分9.5分'))).toContainEqual(['score', 'error', 9.5, 9]);
  });
  it('look-alike: full marks, or a sentence naming another rule, is not the linear score', () => {
    const band = '预算执行率90.00%，分值10分，执行率每低于100%一个百分点扣0.2分，得分8分。';
    expect(all(band).filter((r) => r[1] === 'error')).toEqual([]);
    const deducted = '预算执行率90.00%，分值10分，得分8分（执行率每低1个百分点扣0.2分）。';
    expect(all(deducted)).toContainEqual(['score', 'unsure', 8, 9]);
    expect(all('预算执行率96.00%，分值10分，得10分。').filter((r) => r[1] === 'error')).toEqual([]);
  });
});

describe('a score over the 分值/得分 pairs right after it whose weights make up its weight', () => {
  const all = (text: string) => rel(text, ['score']);
  const output = (q: string) => `（一）产出指标（40分），得37分。其中：数量指标15分，得15分；质量指标15分，得${q}分；时效指标10分，得8分。`;
  it('the 一级指标 score is the sum of its 二级 scores', () => {
    expect(all(output('14'))).toContainEqual(['score', 'ok', 37, 37]);
    expect(all(output('13'))).toContainEqual(['score', 'error', 37, 36]);
  });
  it('written with 分值 and 自评得分 words', () => {
    const text = '效益指标分值30分，自评得分27分，其中社会效益指标分值20分，得分18分，可持续影响指标分值10分，得分9分。';
    expect(all(text)).toContainEqual(['score', 'ok', 27, 27]);
    expect(all(text.replace('得分9分', '得分8分'))).toContainEqual(['score', 'error', 27, 26]);
  });
  it('look-alike: pairs whose weights fall short of the weight are no breakdown of it', () => {
    const short = '产出指标（40分），得37分。数量指标15分，得15分；质量指标15分，得12分。';
    expect(all(short).filter((r) => r[1] === 'error')).toEqual([]);
  });
});

describe('look-alike: sibling 一级指标 after the first whose weights happen to make up its weight', () => {
  it('产出指标50分，得47分；效益指标30分…；满意度指标10分…；预算执行率10分… are no parts of 产出', () => {
    const text = '产出指标50分，得47分；效益指标30分，得27.5分；满意度指标10分，得9分；预算执行率10分，得9.8分；总分93.3分，评价等级为优。';
    expect(rel(text, ['score', 'subset']).filter((r) => r[1] === 'error')).toEqual([]);
  });
});

describe('look-alike: a score naming its own indicator after a sub-weight', () => {
  it('数量指标（20分）…；产出指标得分48分 compares nothing with 20', () => {
    const text = '产出指标（50分）：其中数量指标（20分）完成培训12期，质量指标（15分）合格率98%，时效指标（15分）按期完成；产出指标得分48分。';
    expect(rel(text, ['score']).filter((r) => r[1] === 'error')).toEqual([]);
    expect(rel('数量指标（20分）：完成培训12期，数量指标得分22分。', ['score'])).toContainEqual(['score', 'error', 22, 20]);
  });
});
