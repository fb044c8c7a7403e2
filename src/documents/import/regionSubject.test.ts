// A unit whose work is a region's finances (a 财政局's own report) quotes the county's revenue and spending over
// several sentences: once a paragraph or the document names the region's money, the government's aggregates
// that follow are the region's, not the unit's — while the unit's own sentences stay placed. Our own words,
// invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (...lines: string[]) => importEvaluation(textToDocument(Buffer.from(lines.join('\n'), 'utf8'), 'x.txt'), { year: 2031 });
const total = (r: ReturnType<typeof load>) => r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total;
const reasonOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.filter((u) => u.startsWith(`${text} — `)).map((u) => u.split(' — ')[1]);
const REGION = '所在地区的财政收支（全县、全区等），不是本单位的收支，不入栏目';
const own = [
  '某县财政局2031年度部门整体支出绩效自评报告',
  '一、部门整体支出情况',
  '2031年本局本年收入612.40万元，本年支出598.15万元，其中基本支出520.05万元，项目支出78.10万元。',
];

describe('a finance bureau’s report quoting the county’s budget', () => {
  it('a later sentence of the paragraph that named the county is the county’s', () => {
    const r = load(...own, '二、履职情况', '2031年全县一般公共预算收入完成9.87亿元，增长4.1%。一般公共预算支出24.63亿元，增长2.2%。');
    expect(total(r)).toEqual({ opening: '0', income: '612.4', expenditure: '598.15', closing: '0' });
    expect(reasonOf(r, '24.63亿元')).toEqual([REGION]);
    expect(reasonOf(r, '9.87亿元')).toEqual([REGION]);
  });

  it('another paragraph stating the aggregate with no region word is the county’s too', () => {
    const r = load(...own, '二、履职情况', '全县一般公共预算收入完成9.87亿元。', '三、保障重点', '全年一般公共预算支出为24.63亿元，民生支出占比八成。');
    expect(total(r)).toMatchObject({ expenditure: '598.15' });
    expect(reasonOf(r, '24.63亿元')).toEqual([REGION]);
  });

  it('look-alike: the bureau’s own sentence after the county’s, naming itself, is placed', () => {
    const r = load('某县财政局2031年度部门整体支出绩效自评报告', '一、收支情况', '全县一般公共预算收入完成9.87亿元。本局一般公共预算财政拨款支出598.15万元。');
    expect(total(r)).toMatchObject({ expenditure: '598.15' });
  });

  it('look-alike: a unit report naming no region keeps its 一般公共预算支出', () => {
    const r = load(
      '某县档案馆2031年度部门整体支出绩效自评报告',
      '一、收支情况',
      '2031年一般公共预算支出186.30万元，其中基本支出150.20万元，项目支出36.10万元。',
    );
    expect(total(r)).toMatchObject({ expenditure: '186.3' });
  });
});
