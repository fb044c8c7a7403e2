// Flattened 自评表 and 三公 tables written as pipe rows (round 12, real11/real12 seen): letter-formula rate
// columns, outline-nested indicator sums, 合计 over outline-numbered rows, 增、减 change columns under a
// two-row header. Our own tables, invented figures; each rule with ok, error and a clean look-alike.
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const by = (text: string, reason: RegExp) =>
  relations(text)
    .filter((r) => reason.test(r.reason))
    .map((r) => [r.kind, r.verdict, r.stated, r.computed]);
const errors = (text: string) =>
  relations(text)
    .filter((r) => r.verdict === 'error')
    .map((r) => [r.kind, r.stated, r.computed]);

describe('rate columns whose header writes the formula in letters (B/A)', () => {
  const form = (rate: string) =>
    [
      '项目支出绩效自评表',
      '项目名称 | 乡村道路养护补助 | ||||',
      '资金情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |',
      `年度资金总额 | 160.00 | 120.00 | ${rate} | 15.00 | |`,
    ].join('\n');

  it('ok: 120 ÷ 160 = 75.00%', () => {
    expect(by(form('75.00%'), /B列/)).toEqual([['rate', 'ok', 75, 75]]);
  });

  it('error: a rate that is not B ÷ A', () => {
    expect(errors(form('78.00%'))).toContainEqual(['rate', 78, 75]);
  });

  it('得分 (20分*执行率): 20 × 75% = 15 ok, 18 an error; a score from the rate rounded further is ok', () => {
    const score = (x: string) => form('75.00%').replace('| 15.00 |', `| ${x} |`);
    expect(by(score('15.00'), /分值 20 × 执行率/)).toEqual([['score', 'ok', 15, 15]]);
    expect(errors(score('18.00'))).toContainEqual(['score', 18, 15]);
    // 31 ÷ 280 = 11.07%: 20 × 11.07% = 2.21, but 20 × 11.1% = 2.22 as the form printed it: not an error
    const rounded = form('11.07%').replace('| 160.00 | 120.00 |', '| 280.00 | 31.00 |').replace('| 15.00 |', '| 2.22 |');
    expect(by(rounded, /分值 20 × 执行率/)).toEqual([['score', 'ok', 2.22, 2.22]]);
    expect(errors(rounded)).toEqual([]);
  });

  it('look-alike: letters without a formula, or a formula naming a letter no column carries, say nothing', () => {
    const plain = form('78.00%').replace('执行率(B/A)', '执行率');
    expect(by(plain, /B列/)).toEqual([]);
    const other = form('78.00%').replace('执行率(B/A)', '执行率(C/A)');
    expect(by(other, /列“/)).toEqual([]);
  });
});

describe('indicator rows nested by outline numbers', () => {
  const form = (score: string, target = '≥300亩') =>
    [
      '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分 | |',
      `产出指标 | 数量指标 | 一、新建示范片 | ${target} | 300亩 | 12 | |`,
      '1、东片 | ≥120亩 | 120亩 | 6 | | | |',
      `2、西片 | ≥180亩 | 180亩 | ${score} | | | |`,
      '二、开展技术培训 | ≥4期 | 4期 | 8 | | | |',
      '质量指标 | 验收合格率 | ≥95% | 98% | 10 | |',
    ].join('\n');

  it('ok: the parent row is the sum of its children in target, actual and score', () => {
    expect(by(form('6'), /编号各项之和/).map((r) => r[1])).toEqual(['ok', 'ok']);
  });

  it('error: a child score that breaks the parent while both area columns add up', () => {
    expect(errors(form('7'))).toContainEqual(['tableTotal', 12, 13]);
  });

  it('look-alike: a parent whose figures add up in one column only is no sum (unsure, not an error)', () => {
    // the target names a count of sites, the actual an area: only the score column is read, and it fails
    const t = form('7', '≥2个').replace('| 300亩 |', '| 2个 |');
    expect(errors(t)).toEqual([]);
  });

  it('（一） over （1） （2）: the same rule', () => {
    const t = form('7').replace('一、新建示范片', '（一）新建示范片').replace('1、东片', '（1）东片').replace('2、西片', '（2）西片');
    expect(errors(t)).toContainEqual(['tableTotal', 12, 13]);
  });

  it('look-alike: 1、 and (2) are two levels, not siblings: not added', () => {
    expect(errors(form('7').replace('2、西片', '（2）西片'))).toEqual([]);
  });

  it('look-alike: children numbered with a gap (a row lost) are not added', () => {
    const t = form('7').replace('2、西片', '3、西片');
    expect(errors(t)).toEqual([]);
  });
});

describe('合计 over outline-numbered rows, deeper rows not added again', () => {
  const table = (total: string) =>
    [
      '单位：万元',
      '项 目 | 本年预算数 |',
      `合 计 | ${total} |`,
      '1.因公出国(境)费用 | |',
      '2.公务接待费 | 6 |',
      '3.公务用车费 | 25 |',
      '其中:(1)公务用车运行维护费 | 25 |',
      '(2)公务用车购置 | |',
    ].join('\n');

  it('ok: 31 = 6 + 25, the blank row counting nothing and (1) not added again', () => {
    expect(by(table('31'), /一级编号/)).toEqual([['tableTotal', 'ok', 31, 31]]);
  });

  it('error: a 合计 the first-level rows do not make', () => {
    expect(errors(table('41'))).toContainEqual(['tableTotal', 41, 31]);
  });

  it('look-alike: first-level numbers with a gap (2. missing) are not read', () => {
    const t = table('41').replace('2.公务接待费 | 6 |\n', '');
    expect(by(t, /一级编号/)).toEqual([]);
  });
});

describe('上年 | 本年 | 增、减金额 | 增、减幅度 under a two-row header', () => {
  const table = (diff: string) =>
    [
      '单位:万元 | ||||',
      '项目 | 上年决算数 | 本年决算数 | 比上年增、减情况 | |',
      '增、减金额 | 增、减幅度 | |||',
      `合计 | 80.00 | 60.00 | ${diff} | -25.00% |`,
      '1.公务接待费 | 50.00 | 40.00 | -10.00 | -20.00% |',
      '2.公务用车购置及运行费 | 30.00 | 20.00 | -10.00 | -33.33% |',
    ].join('\n');

  it('ok: each 增、减金额 is 本年 − 上年', () => {
    expect(by(table('-20.00'), /增、减金额”列/).map((r) => r[1])).toEqual(['ok', 'ok', 'ok']);
  });

  it('error: a change that is not 本年 − 上年', () => {
    expect(errors(table('-30.00'))).toContainEqual(['difference', -30, -20]);
    // the wrong change is not carried into the 幅度 of its row: -25% = -20 ÷ 80 stands
    expect(errors(table('-30.00')).filter((e) => e[0] === 'yoy')).toEqual([]);
  });

  it('look-alike: a group cell over the change columns with no period amount before it is not merged by guess', () => {
    const t = table('-30.00').replace('上年决算数 | 本年决算数', '甲类决算 | 乙类决算');
    expect(by(t, /增、减金额”列/)).toEqual([]);
  });
});
