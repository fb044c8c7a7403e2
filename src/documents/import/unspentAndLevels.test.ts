// Figures a stranger's report states in words the importer had not met: what is still unpaid (未支X / 尚未支付X),
// balances written with 数 (年末结余数, 年初结转数), and a source named by a place and its level (某某市市级资金).
// Our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), { year: 2031 });
const rows = (r: ReturnType<typeof load>) => r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total;
const reasonOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.find((u) => u.startsWith(`${text} — `))?.split(' — ')[1];
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => p.cell);

describe('money still unpaid is listed as such, never dropped', () => {
  it('未支X after a project’s money in a narrative section', () => {
    const r = load(
      '2031年度部门整体支出绩效自评报告\n一、收支情况\n本单位本年收入310万元，本年支出296万元。\n二、项目实施情况\n河堤加固项目预算资金640万元，已支付215万元，未支425万元。',
    );
    expect(reasonOf(r, '425万元')).toBe(UNSPENT);
    expect(cellOf(r, '425万元')).toEqual([]);
  });

  it.each(['尚未支付', '未支付资金', '尚未拨付', '未使用资金', '仍未支出'])('%s X is listed as unspent', (words) => {
    const r = load(`2031年度部门整体支出绩效自评报告\n二、项目实施情况\n某某设备采购资金已到位，${words}31.6万元，原因是设备尚未验收。`);
    expect(reasonOf(r, '31.6万元')).toBe(UNSPENT);
  });

  it('look-alikes keep their own readings: a slip 结余未X is the balance, 未结余 stays a “not”', () => {
    const r = load('2031年度部门整体支出绩效自评报告\n本单位本年收入220万元，本年支出210万元，年初结余未12.6万元，未结余资金5万元。');
    expect(rows(r)).toMatchObject({ opening: '12.6' });
    expect(reasonOf(r, '5万元')).not.toBe(UNSPENT);
    expect(reasonOf(r, '5万元')).toBeDefined();
  });
});

describe('balances written with 数 or 金额', () => {
  it.each([
    ['年初结转数', '年末结余数'],
    ['年初结转和结余数', '年末结转和结余数'],
    ['年初结余金额', '年末结转金额'],
    ['上年结转结余数', '期末结余数'],
  ])('%s / %s', (open, close) => {
    const r = load(`2031年度部门整体支出绩效自评报告\n一、收支情况\n本单位本年收入220万元，本年支出210万元，${open}12.6万元，${close}22.6万元。`);
    expect(rows(r)).toEqual({ opening: '12.6', income: '220', expenditure: '210', closing: '22.6' });
    expect(r.unplaced).toEqual([]);
  });

  it('look-alikes: 年初预算数 is no balance; a named project’s 年末结余数 is the project’s', () => {
    const r = load(
      '2031年度部门整体支出绩效自评报告\n一、收支情况\n本单位本年收入220万元，本年支出210万元，年初预算数230万元。\n某某广场维修项目年末结余数3万元。',
    );
    expect(rows(r)).toMatchObject({ opening: '0', closing: '0' });
    expect(cellOf(r, '230万元')).not.toContain('一般公共预算 · 合计 · 年初结转和结余');
    expect(reasonOf(r, '3万元')).toBe('某个项目的结转结余，不是单位的年初或年末结转和结余');
  });
});

describe('a source named by a place and its level', () => {
  it.each(['某州市市级资金', '某某县县级配套资金', '某省省级财政资金', '某某区区级补助资金'])('%s is a level source, listed', (label) => {
    const r = load(`2031年度部门整体支出绩效自评报告\n一、收支情况\n本单位本年收入220万元，其中${label}80万元。`);
    expect(reasonOf(r, '80万元')).toBe('按级次的资金来源（中央、省、市、县），草稿没有这一栏目');
    expect(rows(r)).toMatchObject({ income: '220' });
  });

  it('look-alikes: a place’s 结转资金 or 一般公共预算收入 keeps its own reading', () => {
    const r = load('2031年度部门整体支出绩效自评报告\n一、收支情况\n本单位本年收入220万元，某某县县级结转资金6万元。');
    expect(reasonOf(r, '6万元')).not.toBe('按级次的资金来源（中央、省、市、县），草稿没有这一栏目');
  });
});

const UNSPENT = '尚未支付（使用）的资金，草稿没有这一栏目';
