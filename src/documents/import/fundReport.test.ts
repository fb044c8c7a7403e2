// A fund's own self-evaluation (专项资金 / 转移支付 / 公益金): the total 下达 for the year is the fund's 年度资金总额
// 年初预算数, the total 共支付 its 全年执行数 (our own invented reports and figures).
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (lines: string[]) => importEvaluation(parseText(lines.join('\n')), { year: 2023 });
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => `${p.cell}=${p.value}`);

describe('a fund report: 下达 and 共支付 totals', () => {
  const r = load([
    '某某县2023年度省级养老服务补助资金绩效自评报告',
    '一、资金下达情况',
    '2023年共下达省级养老服务补助资金86万元，其中：甲项目资金50万元，乙项目资金36万元。',
    '1.甲项目：2023年下达省级养老服务补助资金50万元，到位率100%。',
    '二、资金使用情况',
    '2023年共支付省级养老服务补助资金80.5万元，执行率93.6%。',
  ]);
  it('places the totals in the 年度资金总额 line', () => {
    expect(cellOf(r, '86万元')).toEqual(['年度资金总额 · 年初预算数=86']);
    expect(cellOf(r, '80.5万元')).toEqual(['年度资金总额 · 全年执行数=80.5']);
  });
  it('leaves the parts and one project’s 下达 out', () => {
    expect(r.recognised.placed.filter((p) => p.value === '50' || p.value === '36')).toEqual([]);
  });
});

describe('look-alikes', () => {
  it('a department-wide report: 下达 money is not the unit’s 年度资金总额', () => {
    const r = load(['某某县民政局2023年度部门整体支出绩效自评报告', '一、部门收支情况', '2023年上级下达专项资金86万元。']);
    expect(cellOf(r, '86万元')).toEqual([]);
  });
  it('a fund report with several projects each 下达: none is placed', () => {
    const r = load([
      '某某县2023年度中央专项补助资金绩效自评报告',
      '一、资金下达情况',
      '2023年，上级下达专项补助资金120万元。',
      '2023年，市级下达专项补助资金30万元。',
    ]);
    expect(r.recognised.placed.filter((p) => p.cell.startsWith('年度资金总额'))).toEqual([]);
  });
});

describe('a fund report’s title broken over two lines', () => {
  it('某某县2024年度某某发展资金 / 绩效自评报告 is one title', () => {
    expect(parseText('某某县2024年度农田建设发展资金\n绩效自评报告\n一、基本情况').title).toBe('某某县2024年度农田建设发展资金绩效自评报告');
  });
  it('look-alike: a line ending in a sentence is not joined', () => {
    expect(parseText('本报告说明资金使用情况。\n绩效自评报告\n一、基本情况').title).toBe('绩效自评报告');
  });
  it('• 自评报告 of a web page’s navigation is not the title; the report’s own title below is', () => {
    expect(parseText('公开目录\n• 自评报告\n某某局2024年度农田建设发展资金绩效自评报告\n一、基本情况').title).toBe(
      '某某局2024年度农田建设发展资金绩效自评报告',
    );
  });
});
