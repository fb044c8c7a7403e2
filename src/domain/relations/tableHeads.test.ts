// Two-row headers with an amount and its ratios under one group, numbered heading rows over plain rows,
// and the unit of table relations (our own invented tables and figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';
import { parseText } from '../../documents/import/structure.js';
import { columnNames } from './tableHeader.js';

const table = (rows: string[]) =>
  [
    '某镇2023年一般公共预算收入执行情况表',
    '单位:万元',
    '项 目 | 2022年决算数 | 2023年调整预算数 | 2023年执行数 | |',
    '金额 | 占调整预算% | 比上年增长% | | |',
    ...rows,
  ].join('\n');
const good = [
  '一、税收收入 | 200 | 250 | 240 | 96.00 | 20.00 |',
  '甲税 | 120 | 150 | 150 | 100 | 25.00 |',
  '乙税 | 80 | 100 | 90 | 90 | 12.50 |',
  '丙税 | | | | | |',
  '二、非税收入 | 50 | 50 | 60 | 120.00 | 20.00 |',
  '丁费 | 30 | 30 | 40 | 133.33 | 33.33 |',
  '戊费 | 20 | 20 | 20 | 100.00 | 0.00 |',
  '本年收入合计 | 250 | 300 | 300 | 100.00 | 20.00 |',
];
const run = (rows: string[]) => relations(table(rows));
const errors = (rows: string[]) =>
  run(rows)
    .filter((r) => r.verdict === 'error')
    .map((r) => [r.kind, r.stated, r.computed, r.line]);

describe('a two-row header: 金额 | 占调整预算% | 比上年增长% under 2023年执行数', () => {
  it('the group is the top cell its ratios do not name; blank data rows are not a header', () => {
    const doc = parseText(table(good));
    expect(columnNames(doc.tables[0]!, 10)).toEqual([
      '项目',
      '2022年决算数',
      '2023年调整预算数',
      '2023年执行数·金额',
      '2023年执行数·占调整预算%',
      '2023年执行数·比上年增长%',
    ]);
  });

  it('each row: the growth column over 2022, the share column over the adjusted budget; a clean table has no error', () => {
    const rs = run(good);
    expect(rs.filter((r) => r.kind === 'yoy' && r.verdict === 'ok')).toHaveLength(7);
    expect(rs.filter((r) => r.kind === 'rate' && r.verdict === 'ok')).toHaveLength(7);
    expect(rs.filter((r) => r.verdict === 'error')).toEqual([]);
  });

  it('a wrong growth or share cell is an error on its row', () => {
    const bad = [...good];
    bad[1] = '甲税 | 120 | 150 | 150 | 100 | 52.00 |';
    bad[2] = '乙税 | 80 | 100 | 90 | 80 | 12.50 |';
    expect(errors(bad)).toEqual([
      ['yoy', 52, 25, 6],
      ['rate', 80, 90, 7],
    ]);
  });

  it('ratio columns without a % sign are never summed as amounts', () => {
    expect(run(good).filter((r) => r.kind === 'tableTotal' && /占调整预算|增长/.test(r.reason))).toEqual([]);
  });

  it('a header whose group cannot be told (two cells not named by the ratios) gives no rate or yoy relation', () => {
    const text = [
      '单位:万元',
      '项 目 | 2023年预算数 | 2023年执行数 | |',
      '金额 | 占比% | | |',
      '甲税 | 150 | 150 | 60.00 |',
      '乙税 | 100 | 100 | 40.00 |',
      '合计 | 250 | 250 | 100.00 |',
    ].join('\n');
    const rs = relations(text);
    expect(rs.filter((r) => r.kind === 'rate' || r.kind === 'yoy')).toEqual([]);
    expect(rs.filter((r) => r.verdict === 'error')).toEqual([]);
  });
});

describe('numbered heading rows over plain rows (一、税收收入 over its taxes, then 本年收入合计)', () => {
  it('each head is the sum of its rows, the total the sum of the heads, with the unit', () => {
    const rs = run(good).filter((r) => r.kind === 'tableTotal' && r.verdict === 'ok');
    const heads = rs.filter((r) => /其下各行之和/.test(r.reason)).map((r) => [r.stated, r.computed, r.statedText]);
    expect(heads).toEqual([
      [200, 200, '200万元'],
      [250, 250, '250万元'],
      [240, 240, '240万元'],
      [50, 50, '50万元'], // 2022 and 2023 adjusted state the same figures: one relation
      [60, 60, '60万元'],
    ]);
    expect(rs.filter((r) => /各编号大类行之和/.test(r.reason)).map((r) => r.stated)).toEqual([250, 300, 300]);
  });

  it('a wrong tax row is an error on its head; a wrong head, on the head and the total', () => {
    const bad = [...good];
    bad[1] = '甲税 | 120 | 510 | 150 | 100 | 25.00 |';
    expect(errors(bad).filter((e) => e[0] === 'tableTotal')).toEqual([['tableTotal', 250, 610, 5]]);
    const head = [...good];
    head[4] = '二、非税收入 | 50 | 50 | 600 | 1200.00 | 1100.00 |';
    expect(errors(head).filter((e) => e[0] === 'tableTotal')).toEqual([
      ['tableTotal', 600, 60, 9],
      ['tableTotal', 300, 840, 12],
    ]);
  });

  it('rows that do not follow the heads in most cells: the tree was misread, unsure', () => {
    const odd = [
      '一、甲类 | 10 | 10 | 10 | 100 | 0 |',
      '子项一 | 50 | 50 | 50 | 100 | 0 |',
      '子项二 | 70 | 70 | 70 | 100 | 0 |',
      '二、乙类 | 20 | 20 | 20 | 100 | 0 |',
      '子项三 | 80 | 80 | 80 | 100 | 0 |',
      '子项四 | 90 | 90 | 90 | 100 | 0 |',
      '合计 | 40 | 40 | 40 | 100 | 0 |',
    ];
    expect(run(odd).filter((r) => r.kind === 'tableTotal' && r.verdict === 'error')).toEqual([]);
  });

  it('a 其中 row under a head: its rows may be parts of a part, so a mismatch is unsure', () => {
    const rows = [
      '一、税收收入 | 200 | 250 | 240 | 96.00 | 20.00 |',
      '甲税 | 120 | 150 | 150 | 100 | 25.00 |',
      '其中:甲税附加 | 30 | 40 | 40 | 100 | 33.33 |',
      '乙税 | 80 | 100 | 90 | 90 | 12.50 |',
      '二、非税收入 | 50 | 50 | 60 | 120.00 | 20.00 |',
      '丁费 | 30 | 30 | 40 | 133.33 | 33.33 |',
      '戊费 | 20 | 20 | 20 | 100.00 | 0.00 |',
      '本年收入合计 | 250 | 300 | 300 | 100.00 | 20.00 |',
    ];
    const rs = run(rows).filter((r) => r.kind === 'tableTotal' && /税收收入/.test(r.reason));
    expect(rs.map((r) => r.verdict)).toEqual(['unsure', 'unsure', 'unsure']);
  });
});

describe('其中 rows inside a table: parts of the row above, not siblings', () => {
  const t = (rows: string[]) => relations(['单位:万元', '项目 | 年初预算数 | 决算数', ...rows].join('\n')).filter((r) => r.kind === 'tableTotal');
  const good = ['基本支出 | 100 | 96', '其中:人员经费 | 70 | 66', '公用经费 | 30 | 30', '项目支出 | 50 | 44', '合计 | 150 | 140'];

  it('合计 adds 基本支出 and 项目支出 only; 基本支出 is the sum of its 其中 rows', () => {
    const rs = t(good);
    expect(rs.filter((r) => r.verdict !== 'ok')).toEqual([]);
    expect(rs.filter((r) => /合计/.test(r.reason)).map((r) => [r.stated, r.computed])).toEqual([
      [150, 150],
      [140, 140],
    ]);
  });

  it('a wrong total is an error against the outer rows; a wrong 其中 row, against its parent', () => {
    const total = [...good];
    total[4] = '合计 | 150 | 150';
    expect(
      t(total)
        .filter((r) => r.verdict === 'error')
        .map((r) => [r.stated, r.computed, r.line]),
    ).toEqual([[150, 140, 7]]);
    const part = [...good];
    part[1] = '其中:人员经费 | 70 | 60';
    expect(
      t(part)
        .filter((r) => r.verdict === 'error')
        .map((r) => [r.stated, r.computed, r.line]),
    ).toEqual([[96, 90, 3]]);
  });

  it('其中 rows the lexicon does not place inside the row above: the block is ambiguous, unsure', () => {
    const rows = ['基本支出 | 100 | 96', '其中:办公费 | 70 | 66', '印刷费 | 30 | 30', '项目支出 | 50 | 44', '合计 | 150 | 140'];
    const rs = t(rows);
    expect(rs.filter((r) => r.verdict === 'error')).toEqual([]);
    expect(rs.map((r) => r.verdict)).toEqual(['unsure', 'unsure']);
  });
});
