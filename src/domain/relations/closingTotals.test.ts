// Item lists closed by a 共计 sentence, and a heading amount over numbered item lines
// (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeDocument } from './index.js';

const relations = (text: string) => analyzeDocument(parseText(text)).relations;
const sums = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'sum')
    .map((r) => [r.verdict, r.stated, r.computed]);
const errors = (text: string) =>
  relations(text)
    .filter((r) => r.verdict === 'error')
    .map((r) => [r.kind, r.stated, r.computed]);

const closed = '2025年，上级下达文化站运行项目12万元；乡村阅读推广经费3.5万元；非遗保护补助20.25万元；体育设施维修项目8万元。共计下达上级补助资金43.75万元。';

describe('a ；-list of items, then 共计 in the next sentence', () => {
  it('the items add up to the total', () => {
    expect(sums(closed)).toEqual([['ok', 43.75, 43.75]]);
    expect(errors(closed)).toEqual([]);
  });
  it('a changed item or total is an error', () => {
    expect(errors(closed.replace('3.5万元', '4.5万元'))).toEqual([['sum', 43.75, 44.75]]);
    expect(errors(closed.replace('43.75万元', '53.75万元'))).toEqual([['sum', 53.75, 43.75]]);
  });
  it('look-alike: an item with its own 其中 breakdown is no flat list', () => {
    const nested = closed.replace('非遗保护补助20.25万元', '非遗保护补助20.25万元（其中传承人补贴5万元）').replace('43.75万元', '48.75万元');
    expect(errors(nested.replace('（其中传承人补贴5万元）', '，其中传承人补贴5万元'))).toEqual([]);
  });
  it('look-alike: a list with changes or rates in it, or a 共计 of another measure', () => {
    expect(errors(closed.replace('体育设施维修项目8万元', '体育设施维修项目比上年增加8万元'))).toEqual([]);
    expect(errors(closed.replace('共计下达上级补助资金43.75万元', '共计惠及群众4375人'))).toEqual([]);
  });
  it('look-alike: 共计 after a list split by commas (one clause of several amounts) is not read', () => {
    const commas = '上级下达文化站运行项目12万元，乡村阅读推广经费3.5万元，非遗保护补助20.25万元；体育设施维修项目8万元。共计下达上级补助资金50万元。';
    expect(errors(commas)).toEqual([]);
  });
});

const headed = [
  '一、市级奖补资金（900万元）',
  '（一）支持特色种植项目420万元；',
  '（二）农产品冷链设施补助300.5万元；',
  '（三）按1%提取项目管理费9万元；',
  '（四）农村道路养护170.5万元。',
  '二、县级配套资金（150万元）',
  '（一）技术培训50万元；（二）示范基地建设100万元。',
  '联系人：某某',
].join('\n');

describe('a heading amount over numbered item lines', () => {
  it('each heading is the sum of the items under it', () => {
    expect(sums(headed)).toEqual([
      ['ok', 900, 900],
      ['ok', 150, 150],
    ]);
  });
  it('a changed item or heading is an error', () => {
    expect(errors(headed.replace('300.5万元', '310.5万元'))).toEqual([['sum', 900, 910]]);
    expect(errors(headed.replace('（150万元）', '（160万元）'))).toEqual([['sum', 160, 150]]);
  });
  it('look-alike: sub-items of another numbering inside the list are not added', () => {
    const deeper = headed.replace('（二）农产品冷链设施补助300.5万元；', '（二）农产品冷链设施补助300.5万元；\n1.冷库新建200万元；\n2.冷藏车购置100.5万元；');
    expect(errors(deeper.replace('420万元', '520万元'))).toEqual([]);
  });
  it('look-alike: items of another measure (people, dates) or a 主要用于 line are no items', () => {
    expect(errors(headed.replace('（一）技术培训50万元', '（一）技术培训500人次'))).toEqual([]);
    expect(errors(headed.replace('（一）支持特色种植项目420万元', '（一）主要用于特色种植项目等420万元'))).toEqual([]);
  });
});

describe('numbered lines, one amount each, closed by a line 以上资金合计', () => {
  const lines = [
    '二、资金来源',
    '1.上级补助资金612万元',
    '2.省级配套资金38万元',
    '3.市级配套资金75万元',
    '4.县本级资金2300万元',
    '以上资金合计3025万元。',
  ].join('\n');
  it('holds', () => {
    expect(errors(lines)).toEqual([]);
    expect(sums(lines)).toEqual([['ok', 3025, 3025]]);
  });
  it('a line or the total changed: error', () => {
    expect(errors(lines.replace('38万元', '48万元'))).toEqual([['sum', 3025, 3035]]);
    expect(errors(lines.replace('3025万元', '3125万元'))).toEqual([['sum', 3125, 3025]]);
  });
  it('look-alike: lines that do not start at item 1 (the list was cut) are not read', () => {
    const cut = lines.replace('1.上级补助资金612万元\n', '').replace('3025', '3125');
    expect(errors(cut)).toEqual([]);
  });
});
