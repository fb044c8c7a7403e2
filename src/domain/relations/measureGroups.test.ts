// Groups of items with several measures each (our own sentences, invented figures): a headline count
// with 总投资 / 年度计划投资 / 完成投资, then a 其中 list of groups with the same measures. Correct,
// planted errors, and look-alikes where the groups may be a subset or the measures differ.
import { describe, expect, it } from 'vitest';
import { relations, errors, ofKind } from '../../../test/helpers/relations.js';
import { measureName } from './measureGroups.js';

const sums = (text: string) => ofKind(text, 'sum');

describe('a count with measures, then groups with the same measures', () => {
  const text =
    '全市民生工程共40个，总投资86.5亿元，年度计划投资24亿元，1-9月累计完成投资18.6亿元，占年计划投资的77.5%，其中：续建工程25个，总投资60.2亿元，年度计划投资15.3亿元，1-9月累计完成投资12.4亿元，占年计划投资的81.05%；新建工程15个，总投资26.3亿元，年度计划投资8.7亿元，1-9月累计完成投资6.2亿元，占年计划投资的71.26%。';
  it('every measure adds up over the groups when their counts add up to the headline count', () => {
    // the groups' counts (25 + 15 = 40) are a relation of their own
    expect(sums(text)).toEqual([
      ['ok', 40, 40],
      ['ok', 86.5, 86.5],
      ['ok', 24, 24],
      ['ok', 18.6, 18.6],
    ]);
    expect(errors(text)).toEqual([]);
  });
  it('a group measure that does not add up is an error', () => {
    expect(errors(text.replace('总投资60.2亿元', '总投资62.0亿元'))).toEqual([['sum', 86.5, 88.3]]);
    expect(errors(text.replace('1-9月累计完成投资6.2亿元', '1-9月累计完成投资2.6亿元'))).toContainEqual(['sum', 18.6, 15]);
  });
  it('占年计划投资 is the 年度计划投资 stated just before', () => {
    const share = relations(text).find((r) => r.kind === 'share' && r.stated === 81.05);
    expect(share?.verdict).toBe('ok');
    expect(share?.parts.map((p) => p.value)).toEqual([12.4, 15.3]);
    expect(errors(text.replace('81.05%', '85.01%'))).toEqual([['share', 85.01, 81.05]]);
  });
  it('groups whose counts fall short of the headline and have one measure only: no sum is asserted', () => {
    const subset = '全县项目共30个，总投资50亿元，其中：水利项目10个，总投资20亿元；交通项目8个，总投资26亿元。';
    expect(sums(subset)).toEqual([]);
    expect(errors(subset.replace('26亿元', '36亿元'))).toEqual([]);
  });
  it('measures named differently in the groups (概算投资 under 总投资) are not summed', () => {
    const other = '全县项目共20个，总投资50亿元，其中：水利项目12个，概算投资20亿元；交通项目8个，概算投资26亿元。';
    expect(sums(other)).toEqual([['ok', 20, 20]]); // only the counts (12 + 8 = 20)
  });
  it('groups counted in another unit (户, 人) are not groups of the items', () => {
    const people = '全县帮扶项目共12个，资金3000万元，其中：受益农户800户，资金1800万元；受益学生200人，资金1000万元。';
    expect(errors(people)).toEqual([]);
  });
});

describe('groups on lines of their own, the headline in the paragraphs before', () => {
  const text = [
    '全区重点项目共22个，其中：产业项目14个（工业9个、服务业5个），民生项目8个。总投资210亿元，当年计划投资48.6亿元。',
    '1-10月，完成投资41.2亿元，投资完成率84.77%。其中：',
    '工业9个，概算投资95亿元，当年计划投资20.1亿元，1-10月完成投资17.5亿元。',
    '服务业5个，概算投资40亿元，当年计划投资12.5亿元，1-10月完成投资10.2亿元。',
    '民生项目8个，概算投资60亿元，当年计划投资16亿元，1-10月完成投资13.5亿元。',
  ].join('\n');
  it('a measure that adds up exactly shows the groups are all of it; the others must add up too', () => {
    expect(sums(text)).toEqual([
      ['ok', 14, 14], // 产业项目14个（工业9个、服务业5个）: a bracket of labelled counts only is all of it
      ['ok', 48.6, 48.6],
      ['ok', 41.2, 41.2],
    ]);
    expect(errors(text.replace('当年计划投资12.5亿元', '当年计划投资15.2亿元'))).toContainEqual(['sum', 48.6, 51.3]);
    // 概算投资 95 + 40 + 60 ≠ 总投资 210: another measure, no relation
    expect(errors(text)).toEqual([]);
  });
  it('the completion rate of the headline is of the 当年计划投资 in the paragraph before', () => {
    const rate = relations(text).find((r) => r.kind === 'rate' && r.stated === 84.77);
    expect(rate?.verdict).toBe('ok');
    expect(rate?.parts.map((p) => p.value)).toEqual([41.2, 48.6]);
    expect(errors(text.replace('84.77%', '87.44%'))).toEqual([['rate', 87.44, 84.77]]);
  });
  it('a rate whose noun the amounts do not carry, or two targets before it: not checked', () => {
    const twoTargets = text.replace('总投资210亿元', '年度投资计划45亿元，当年计划投资调整为48.6亿元').replace('，当年计划投资48.6亿元。', '。');
    expect(relations(twoTargets).find((r) => r.kind === 'rate' && r.stated === 84.77)?.verdict).toBe('unsure');
    const otherNoun = text.replace('投资完成率84.77%', '项目开工率84.77%');
    expect(relations(otherNoun).find((r) => r.stated === 84.77)).toBeUndefined();
  });
});

describe('measure names', () => {
  it('period and verb aside, 年度 and 当年 are one year', () => {
    expect(measureName('1-6月累计完成投资')).toBe('投资');
    expect(measureName('年度计划投资')).toBe(measureName('当年计划投资'));
    expect(measureName('总投资')).not.toBe(measureName('投资'));
  });
});
