// Figures the importer used to lose without a word: a budget line with no cell outside a data section (工资福利支出,
// 本级支出, 结转下年使用), a balance whose 年 the year took (2031年初结转为X), a budget sentence outside a budget section
// (filled the draft but was not shown). Each is now placed and shown, or listed with its reason. Our own sentences,
// invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (...lines: string[]) => importEvaluation(parseText(lines.join('\n')), { year: 2031 });
const cells = (r: ReturnType<typeof load>) => [...new Set(r.recognised.placed.map((p) => `${p.cell}=${p.value}`))].sort();
const listed = (r: ReturnType<typeof load>, text: string) => r.unplaced.filter((u) => u.startsWith(text));

describe('nothing lost in silence', () => {
  const report = (...body: string[]) => load('某中心2031年度部门整体支出绩效自评报告', '一、部门概况', '本中心负责康复服务。', '二、绩效目标完成情况', ...body);

  it('budget lines with no cell outside a data section are listed with their reason', () => {
    const r = report('全年工资福利支出50万元，本级支出30万元，结转下年使用6万元。');
    expect(cells(r)).toEqual([]);
    expect(listed(r, '50万元').join()).toMatch(/经济分类/);
    expect(listed(r, '30万元').join()).toMatch(/本级支出/);
    expect(listed(r, '6万元').join()).toMatch(/结转下年使用/);
  });

  it('look-alike: the narrative’s amounts that name no budget line stay out of the list', () => {
    const r = report('为残疾人康复服务投入20万元，购置器材共花费3万元。');
    expect(listed(r, '20万元')).toEqual([]);
  });

  it('2031年初结转为X / 2031年末结转为Y: the opening and closing balances', () => {
    const r = load(
      '某中心2031年度单位决算说明',
      '一、收入支出决算总体情况说明',
      '2031年初结转为1,200,000.00元，2031年末结转为800,000.00元，减少400,000.00元。',
    );
    expect(cells(r)).toEqual(['一般公共预算 · 合计 · 年初结转和结余=120', '一般公共预算 · 合计 · 年末结转和结余=80']);
  });

  it('look-alike: 初结转 with no year before it is not made a balance', () => {
    const r = load('某中心2031年度单位决算说明', '一、收入支出决算总体情况说明', '项目初结转为120万元。');
    expect(cells(r)).toEqual([]);
    expect(listed(r, '120万元')).toHaveLength(1);
  });

  it('a budget sentence under the title alone fills the draft and is shown as placed', () => {
    const r = load(
      '某县残联2031年度部门整体支出绩效自评报告（节选）',
      '年初结转和结余12.40万元，本年收入356.00万元，本年支出349.20万元，年末结转和结余19.20万元。',
    );
    expect(cells(r)).toEqual([
      '一般公共预算 · 合计 · 年初结转和结余=12.4',
      '一般公共预算 · 合计 · 年末结转和结余=19.2',
      '一般公共预算 · 合计 · 本年支出=349.2',
      '一般公共预算 · 合计 · 本年收入=356',
    ]);
    expect(r.draft.budget[0]!.rows.total).toMatchObject({ opening: '12.4', income: '356', expenditure: '349.2', closing: '19.2' });
  });

  it('收入总计X（本年收入合计Y，年初结转和结余Z）: the 本年 figures fill the cells, the 总计 is listed', () => {
    const r = load(
      '某区文化馆2031年度单位决算说明（节选）',
      '2031年度收入总计52.40万元（本年收入合计50.00万元，年初结转和结余2.40万元），支出总计52.40万元（本年支出合计49.10万元，年末结转和结余3.30万元）。',
    );
    expect(r.draft.budget[0]!.rows.total).toMatchObject({ opening: '2.4', income: '50', expenditure: '49.1', closing: '3.3' });
    expect(r.unplaced.filter((u) => u.startsWith('52.40万元'))).toHaveLength(2);
  });

  it('look-alike: a statement naming 本年收入 and 本年支出 is still read whole', () => {
    const r = load('某区文化馆2031年度单位决算说明（节选）', '年初结转和结余2.40万元，本年收入50.00万元，本年支出49.10万元，年末结转和结余3.30万元。');
    expect(r.draft.budget[0]!.rows.total).toMatchObject({ opening: '2.4', income: '50', expenditure: '49.1', closing: '3.3' });
  });
});
