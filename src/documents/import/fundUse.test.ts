// A fund's report titled by its use (关于“某某补助资金”管理使用情况): read as the fund's self-evaluation — 资金下达我区X is the
// 年初预算数, 全年实际下达Z after an 调减 the 全年预算数. Our own report, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (...lines: string[]) => importEvaluation(parseText(lines.join('\n')), { year: 2031 });
const cells = (r: ReturnType<typeof load>) => r.recognised.placed.map((p) => `${p.cell}=${p.value}`).sort();

const body = [
  '一、资金基本情况',
  '2031年省级残疾人康复补助资金下达我县86万元，其中康复训练补助60万元，辅具适配补助26万元，调减12万元，全年实际下达74万元，已全部拨付。',
  '二、资金使用情况',
  '资金专款专用，发放及时。',
];

describe('关于“…资金”管理使用情况', () => {
  it('the title is found, the 下达 total and the adjusted total fill the 年度资金总额 line', () => {
    const r = load('某县残联关于“2031年省级残疾人康复补助资金”管理使用情况', ...body);
    expect(r.recognised.title).toBe('某县残联关于“2031年省级残疾人康复补助资金”管理使用情况');
    expect(cells(r)).toEqual(['年度资金总额 · 全年预算数=74', '年度资金总额 · 年初预算数=86']);
    expect(r.unplaced.filter((u) => /^(?:60|26|12)万元/.test(u))).toHaveLength(3);
  });

  it('look-alike: a unit’s report with the same sentence places none of it', () => {
    const r = load('某县残联2031年度部门整体支出绩效自评报告', ...body);
    expect(cells(r)).toEqual([]);
  });

  it('look-alike: 实际下达 with no 调减/追加 before it is not an adjusted budget', () => {
    const r = load('某县残联关于“2031年省级残疾人康复补助资金”管理使用情况', '一、资金基本情况', '2031年全年实际下达74万元。');
    expect(cells(r)).not.toContain('年度资金总额 · 全年预算数=74');
  });
});

describe('a named fund’s 下达 beside money of no name', () => {
  const title = '某县2031年度中央林业改革发展资金绩效自评报告';
  it('下达某县2031年中央林业改革发展资金X wins the line; 下达某县2031年资金Y (no name) is listed', () => {
    const r = load(
      title,
      '一、资金下达情况',
      '市财政局《关于下达2031年中央林业改革发展资金预算的通知》，下达某县2031年中央林业改革发展资金640万元。市财政局另文下达某县2031年资金85万元。',
    );
    expect(cells(r)).toEqual(['年度资金总额 · 年初预算数=640']);
    expect(r.unplaced.filter((u) => u.startsWith('85万元')).join()).toMatch(/未写明名称/);
  });
  it('look-alike: money of no name alone still fills the line', () => {
    const r = load(title, '一、资金下达情况', '市财政局下达某县2031年资金85万元。');
    expect(cells(r)).toEqual(['年度资金总额 · 年初预算数=85']);
  });
});
