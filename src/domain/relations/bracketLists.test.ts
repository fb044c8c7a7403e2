// Breakdowns in brackets with no cue word, and totals that name their sources (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const sums = (text: string) => rel(text, ['sum', 'subset']);

describe('X（A：a；B：b）: a bracket of labelled amounts only is the whole breakdown', () => {
  const money = '省级下达专项资金412.60万元（一般公共预算：180.40万元；彩票公益金：232.20万元），已全部到位。';
  const people = '单位核定编制58人（行政编12人、工勤编3人、事业编43人），年末实有在职52人。';
  it('holds, and a total or part off the sum is an error', () => {
    expect(sums(money)).toEqual([['sum', 'ok', 412.6, 412.6]]);
    expect(errors(money.replace('412.60', '422.60'))).toEqual([['sum', 422.6, 412.6]]);
    expect(errors(money.replace('232.20', '222.20'))).toEqual([['sum', 412.6, 402.6]]);
    expect(sums(people)).toContainEqual(['sum', 'ok', 58, 58]);
    expect(errors(people.replace('编制58人', '编制68人'))).toEqual([['sum', 68, 58]]);
  });
  it('look-alikes: 其中 / 主要 / 等 / 含 in the bracket, years, a stage, one item, text after the last item', () => {
    // (look-alikes fall short by more than one keystroke: a one-digit shortfall is read as a typo, digitSlips.ts)
    expect(errors('省级下达专项资金412.60万元（其中一般公共预算180.40万元，彩票公益金197.35万元）。')).toEqual([]);
    expect(errors('省级下达专项资金412.60万元（主要用于设备购置180.40万元、人员培训202.20万元）。')).toEqual([]);
    expect(errors('省级下达专项资金412.60万元（设备购置180.40万元、人员培训202.20万元等）。')).toEqual([]);
    expect(errors('三年累计投入412.60万元（2022年180.40万元，2023年202.20万元）。')).toEqual([]);
    expect(errors('项目支出412.60万元（预算数430.00万元，上年支出380.00万元）。')).toEqual([]);
    expect(errors('省级下达专项资金412.60万元（一般公共预算180.40万元）。')).toEqual([]);
    expect(errors('省级下达专项资金412.60万元（一般公共预算180.40万元，彩票公益金197.35万元已到位）。')).toEqual([]);
    expect(errors('全年发放补助412.60万元（第1批180.40万元，第2批197.35万元）。')).toEqual([]);
    expect(errors('全年发放补助412.60万元（人均0.20万元，户均0.50万元）。')).toEqual([]);
  });
});

describe('中、省下达X。其中，中央a；省级b: the total names its sources', () => {
  const text = '2024年中、省下达农机补贴资金合计356.8万元。其中，中央资金248.5万元；省级资金108.3万元。';
  it('holds, and a total off the two levels is an error', () => {
    expect(sums(text)).toEqual([['sum', 'ok', 356.8, 356.8]]);
    expect(errors(text.replace('356.8', '366.8'))).toEqual([['sum', 366.8, 356.8]]);
    expect(errors('中央和省级补助资金共356.8万元，其中中央资金248.5万元，省级资金98.3万元。')).toEqual([['sum', 356.8, 346.8]]);
    expect(errors('中省补助资金共356.8万元，其中中央资金248.5万元，省级资金98.3万元。')).toEqual([['sum', 356.8, 346.8]]);
  });
  it('look-alikes: a level named but not listed, or listed but not named', () => {
    // (look-alikes fall short by more than one keystroke: a one-digit shortfall is read as a typo, digitSlips.ts)
    expect(errors('中、省、市下达资金合计356.8万元。其中，中央资金248.5万元；省级资金95.7万元。')).toEqual([]);
    expect(errors('中、省下达资金合计356.8万元。其中，中央资金248.5万元；县级配套95.7万元。')).toEqual([]);
  });
});

describe('下达X，其中：中央a，省级b（，市级c）: levels of government from 中央 down are all the sources', () => {
  const text = '下达农机补贴资金356.8万元。其中，中央资金248.5万元；省级资金108.3万元。';
  it('holds, and a total or a part off the sum is an error', () => {
    expect(sums(text)).toEqual([['sum', 'ok', 356.8, 356.8]]);
    expect(errors(text.replace('356.8', '366.8'))).toEqual([['sum', 366.8, 356.8]]);
    expect(errors('安排项目资金520万元，其中中央补助300万元，省级补助150万元，市级配套60万元。')).toEqual([['sum', 520, 510]]);
  });
  it('look-alikes: a running total of all governments, 市场化 is no 市, not from 中央, 自筹 among them, out of order', () => {
    // (look-alikes fall short by more than one keystroke: a one-digit shortfall is read as a typo, digitSlips.ts)
    expect(errors('全省各级财政累计拨付资金356.8万元，其中中央资金248.5万元，省级资金95.7万元。')).toEqual([]);
    expect(errors('项目总投资356.8万元，其中中央资金248.5万元，市场化融资95.7万元。')).toEqual([]);
    expect(errors('项目总投资356.8万元，其中省级资金248.5万元，市级资金95.7万元。')).toEqual([]);
    expect(errors('项目总投资356.8万元，其中中央资金248.5万元，农户自筹95.7万元。')).toEqual([]);
    expect(errors('下达资金356.8万元，其中省级资金95.7万元，中央资金248.5万元。')).toEqual([]);
  });
});

describe('a bracket of another view of the amount is no breakdown at all', () => {
  it('支出a（预算数b，上年支出c） relates nothing; 全年预算a（年初预算b，调整追加c） still adds up', () => {
    expect(sums('项目支出412.60万元（预算数430.00万元，上年支出380.00万元）。')).toEqual([]);
    expect(errors('全年预算412.60万元（年初预算380.00万元，调整追加32.60万元）。')).toEqual([]);
    expect(errors('全年预算412.60万元（年初预算380.00万元，调整追加52.60万元）。')).toEqual([['sum', 412.6, 432.6]]);
  });
});
