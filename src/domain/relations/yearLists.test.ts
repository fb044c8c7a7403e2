// Two yearly lists of a total and the changes stated paragraphs later (our own text, invented
// figures); a 合计 whose 其中 list adds named items to a complete partition; look-alikes.
import { describe, expect, it } from 'vitest';
import { ofKind as rel } from '../../../test/helpers/relations.js';

const lists =
  '某县2023年的“三公”经费决算数合计为520.40万，其中：因公出国（境）费0万元、公务用车购置费120.00万元、公务用车运行维护费230.15万元、公务接待费60.25万元、会议费50.00万元、培训费60.00万元。' +
  '2022年的“三公”经费决算数合计为480.10万，其中：因公出国（境）费0万元、公务用车购置费100.00万元、公务用车运行维护费210.05万元、公务接待费70.05万元、会议费40.00万元、培训费60.00万元。';
const changes = [
  '2023年“三公”经费决算数较上年增加40.30万元，主要原因是：',
  '1、公务用车购置全县增加20.00万元，原因是车辆到期更换。',
  '2、公务用车运行维护费增加20.10万元，原因是维修增多。',
  '3、公务接待费减少9.80万元；会议费增加10.00万元，培训费持平。',
];
const doc = (first = lists, rest = changes) => [first, ...rest].join('\n\n');

describe('合计 with a complete partition and named extras', () => {
  it('adds up with the extras (万 without 元 read as money), and a wrong 合计 is an error', () => {
    expect(rel(doc(), 'sum')).toEqual([
      ['ok', 520.4, 520.4],
      ['ok', 480.1, 480.1],
    ]);
    expect(rel(doc(lists.replace('520.40', '530.40')), 'sum')[0]).toEqual(['error', 530.4, 520.4]);
    expect(rel(doc(lists.replace('会议费50.00', '会议费58.00')), 'sum')[0]).toEqual(['error', 520.4, 528.4]);
  });
  it('a partition that adds up alone is not an error (the extras stand outside)', () => {
    const outside =
      '本单位“三公”经费支出合计300.00万元，其中：因公出国（境）费0万元、公务用车购置及运行维护费200.00万元、公务接待费100.00万元、会议费20.00万元。';
    expect(rel(outside, 'sum').map((r) => r[0])).not.toContain('error');
  });
  it('without 合计 the list stays a subset', () => {
    const plain = '本单位“三公”经费支出300.00万元，其中：因公出国（境）费0万元、公务用车购置及运行维护费150.00万元、公务接待费100.00万元、会议费20.00万元。';
    expect(rel(plain, 'sum')).toEqual([]);
  });
});

describe('changes of two yearly lists stated paragraphs later', () => {
  it('the total change and each item change hold', () => {
    expect(rel(doc(), 'difference')).toEqual([
      ['ok', 40.3, 40.3],
      ['ok', 20, 20],
      ['ok', 20.1, 20.1],
      ['ok', 9.8, 9.8],
      ['ok', 10, 10],
    ]);
  });
  it('a total change that the two totals do not give is an error', () => {
    expect(rel(doc(lists, [changes[0]!.replace('40.30', '52.30'), ...changes.slice(1)]), 'difference')[0]).toEqual(['error', 52.3, 40.3]);
  });
  it('a wrong item change, or one of the wrong direction, is an error', () => {
    const wrong = [changes[0]!, changes[1]!.replace('20.00万元', '22.00万元'), changes[2]!.replace('增加20.10', '减少20.10'), changes[3]!];
    const v = rel(doc(lists, wrong), 'difference');
    expect(v[1]).toEqual(['error', 22, 20]);
    expect(v[2]![0]).toBe('error');
  });
  it('a class change against the budget is not read as one between the years', () => {
    const budget = [changes[0]!, changes[1]!, '2、公务用车运行维护费较年初预算减少3.00万元，原因是维修减少。', changes[3]!];
    expect(rel(doc(lists, budget), 'difference').map((r) => r[1])).toEqual([40.3, 20, 9.8, 10]);
  });
  it('lists that are not a year apart are not compared', () => {
    expect(rel(doc(lists.replace('2022年的', '2020年的')), 'difference')).toEqual([]);
  });
});
