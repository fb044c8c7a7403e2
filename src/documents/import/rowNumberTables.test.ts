// A fund's 资金投入 table flattened with its 行次 column and its empty cells dropped (our own invented table):
// amounts go to their columns only where the count fits or the rate confirms them; the rest is listed.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../domain/checks/index.js';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';
import { bind, rowNumberTables } from './rowNumberTables.js';

const HEADER = ['资金投入情况', '(万元)', '行次 全年预算数', '(A)', '其他渠道资金数', '(B)', '可用预算金额', '(C)', '全年到位资金', '(D)'];
const RATES = ['到位率', '(D/C×100%)', '全年执行资金', '(E)', '执行率', '(E/C×100%)', '佐证材料', '列次 0 1 2 3 4 5 6 7'];
const cols = (names: [string, string | null, boolean, string | null][]) => names.map(([name, letter, rate, of]) => ({ name, letter, rate, of }));
const COLS = cols([
  ['全年预算数', 'A', false, null],
  ['其他渠道资金数', 'B', false, null],
  ['可用预算金额', 'C', false, null],
  ['全年到位资金', 'D', false, null],
  ['到位率', null, true, 'D'],
  ['全年执行资金', 'E', false, null],
  ['执行率', null, true, 'E'],
]);

describe('a 行次 table flattened to text', () => {
  it('binds a run whose count fits its columns, else only the amount its rate confirms', () => {
    // B left empty: three amounts for four columns — only D (before 到位率, 40/40 = 100%) and E (36.2/40 = 90.5%) are sure
    expect(Object.fromEntries(bind(COLS, ['40.00', '40.00', '40.00', '100.00%', '36.20', '90.50%']))).toEqual({ 3: '40.00', 5: '36.20' });
    // every cell written: each amount in its column
    expect(Object.fromEntries(bind(COLS, ['45.00', '5.00', '40.00', '40.00', '100.00%', '36.20', '90.50%']))).toEqual({
      0: '45.00',
      1: '5.00',
      2: '40.00',
      3: '40.00',
      5: '36.20',
    });
  });

  it('a rate that does not hold binds nothing (the amount before it may be another column’s)', () => {
    expect(Object.fromEntries(bind(COLS, ['40.00', '40.00', '40.00', '100.00%', '30.00', '90.50%']))).toEqual({ 3: '40.00' });
  });

  it('the 行次 number is no amount: the spent money of the 年度资金总额 row goes to 全年执行数, the rest is listed', () => {
    const text = [
      '某某专项资金2030年度绩效评价表',
      ...HEADER,
      ...RATES,
      '年度资金总额(万元): 1 40.000000',
      '40.000000 40.000000 100.00% 36.200000 90.50%',
      '资金管理情况',
    ];
    // 到位率 D/C = 100% needs C written: C and D are sure, A or B is the empty one
    expect(rowNumberTables(text, new Set())[0]!.rows[1]).toEqual(['年度资金总额', '', '', '40.000000', '40.000000', '', '36.200000', '', '']);
    const r = importEvaluation(parseText(text.join('\n')), { year: 2030 });
    expect(r.recognised.placed.map((p) => `${p.cell}=${p.value}`)).toEqual(['年度资金总额 · 全年执行数=36.2']);
    // the three 40s (全年预算数 unsure, 可用 and 到位 have no cell) are listed, the placed 36.2 is not listed again
    expect(r.unplaced.filter((u) => u.startsWith('40.000000')).length).toBe(3);
    expect(r.unplaced.join('\n')).not.toMatch(/^36\.2/m);
  });

  it('a 扣除…后 column (C = A − B) tells which of three equal amounts is missing: B, so A is the 全年预算数', () => {
    const header = HEADER.map((h) => h.replace('其他渠道资金数', '统筹整合资金数').replace('可用预算金额', '扣除统筹整合资金后预算金额'));
    const text = ['某某专项资金2030年度绩效评价表', ...header, ...RATES, '年度资金总额(万元): 1 40.000000', '40.000000 40.000000 100.00% 36.200000 90.50%'];
    expect(rowNumberTables(text, new Set())[0]!.rows[1]).toEqual(['年度资金总额', '40.000000', '', '40.000000', '40.000000', '', '36.200000', '', '']);
    const r = importEvaluation(parseText(text.join('\n')), { year: 2030 });
    expect(r.recognised.placed.map((p) => `${p.cell}=${p.value}`).sort()).toEqual(['年度资金总额 · 全年执行数=36.2', '年度资金总额 · 全年预算数=40']);
    // look-alike: A written, B and C differ (A = 45, B = 5, C = 40): every cell is written, each in its column
    const full = bind(
      cols([
        ['全年预算数', 'A', false, null],
        ['统筹整合资金数', 'B', false, null],
        ['扣除统筹整合资金后预算金额', 'C', false, null],
        ['全年到位资金', 'D', false, null],
        ['到位率', null, true, 'D'],
      ]),
      ['45.00', '5.00', '40.00', '40.00', '100.00%'],
    );
    expect(Object.fromEntries(full)).toEqual({ 0: '45.00', 1: '5.00', 2: '40.00', 3: '40.00' });
    // look-alike: 45, 40, 40 for four columns — no reading keeps C = A − B (B would be 5, yet one cell is empty): nothing bound
    expect(rowNumberTables([...text.slice(0, -2), '年度资金总额(万元): 1 45.000000', '40.000000 40.000000 100.00%'], new Set())).toEqual([]);
  });

  it('a 100% rate is checked against another amount of the row, never the amount itself', () => {
    expect(Object.fromEntries(bind(COLS, ['40.00', '40.00', '39.00', '100.00%', '30.00', '90.50%']))).toEqual({});
  });

  it('a 其中 row whose amounts stayed unsure leaves the 合计 check unsure, never an error', () => {
    const text = [
      '某某专项资金2030年度绩效评价表',
      ...HEADER,
      ...RATES,
      '年度资金总额(万元): 1 100.00',
      '100.00 100.00 100.00% 90.00 90.00%',
      '其中:中央财政资金(万元) 2 60.00',
      '60.00 60.00 100.00% 55.00 91.67%',
      '地方财政资金(万元) 3 40.00',
      '40.00 39.00 100.00% 30.00 87.50%',
    ];
    const relations = analyzeText(parseText(text.join('\n'))).relations;
    expect(relations.filter((r) => r.kind === 'tableTotal').map((r) => r.verdict)).toEqual(['unsure', 'unsure']);
  });

  it('look-alike: a 行次 header with rows of words (管理情况 5 资金分配规范 …) makes no table', () => {
    const text = ['行次 指标 情况说明 存在问题', '分配科学性 5 资金分配规范 按办法分配', '下达及时性 7 资金下达 及时下达'];
    expect(rowNumberTables(text, new Set())).toEqual([]);
  });
});
