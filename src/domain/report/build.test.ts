import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build.js';
import { demoEvaluations, evaluationWithIndicators, sampleIndicatorDefs } from '../../demo/reportFixtures.js';
import type { HeadingBlock, TableBlock } from './model.js';
import { reportText } from './text.js';

const seed = (name: string) => readFileSync(new URL(`../../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const SEED_002 = seed('002_279d50849b4f1aa3.txt');
const SEED_000 = seed('000_32ee0b52d08abfcb.txt');

const numbers = (t: string): string[] => t.match(/\d+(?:\.\d+)?/g) ?? [];
const seedLines = (t: string) =>
  t
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Headings of the report without their numbering, in order (run-in leads included). */
function headingTexts(blocks: ReturnType<typeof buildReport>['blocks']): string[] {
  return blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : b.kind === 'paragraph' && b.lead ? [b.lead] : []));
}

function expectSubsequence(haystack: string[], needles: string[]): void {
  let i = 0;
  for (const n of needles) {
    const j = haystack.findIndex((h, k) => k >= i && h.endsWith(n));
    expect(j, `heading "${n}" missing or out of order`).toBeGreaterThanOrEqual(0);
    i = j + 1;
  }
}

describe('buildReport on seed 002 (department-wide)', () => {
  const { wugang } = demoEvaluations();
  const doc = buildReport(wugang);
  const text = reportText(doc);

  it('has a cover with title, unit name and date as officials write it', () => {
    expect(doc.coverPage).toBe(true);
    expect(doc.cover).toEqual({
      label: null,
      title: '2022年度武冈市妇女联合会整体支出绩效自评报告',
      titleLines: ['2022年度武冈市妇女联合会整体支出', '绩效自评报告'],
      unitName: '武冈市妇女联合会',
      dateText: '2023年7月18日',
    });
  });

  it('contains every figure of the seed', () => {
    const missing = [...new Set(numbers(SEED_002))].filter((n) => !numbers(text).includes(n));
    expect(missing).toEqual([]);
  });

  it('contains every line of the seed (but the 附件 label), so headings and generated sentences match', () => {
    const missing = seedLines(SEED_002).filter((l) => l !== '附件1' && !text.includes(l));
    expect(missing).toEqual([]);
  });

  it('generates the budget sentences from data', () => {
    expect(text).toContain('武冈市妇联2022年度一般公共预算财政拨款年初结转和结余0万元，本年收入153.98万元，本年支出153.98万元，年末结转和结余0万元。');
    expect(text).toContain('武冈市妇联2022年度一般公共预算财政拨款项目支出年初结转和结余0万元，本年收入0万元');
    expect(text).toContain('武冈市妇联无社会保险基金预算支出。');
  });

  it('keeps the seed heading order with canonical numbering', () => {
    const headings = doc.blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
    expect(headings.map((h) => `${h.numbering ?? ''}${h.text}`)).toEqual([
      '一、部门基本情况',
      '（一）机构、人员构成',
      '单位主要职责',
      '二、一般公共预算支出情况',
      '（一）基本支出情况',
      '（二）项目支出情况',
      '三、政府性基金预算支出情况',
      '四、国有资本经营预算支出情况',
      '五、社会保险基金预算支出情况',
      '六、部门整体支出绩效情况',
      '七、存在的问题及原因分析',
      '八、下一步改进措施',
      '九、部门整体支出绩效自评结果拟应用和公开情况',
      '十、其他需要说明的情况',
    ]);
    expect(headings.map((h) => h.level)).toEqual([1, 2, 2, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('prints run-in headings at the start of their first paragraph', () => {
    const p = doc.blocks.find((b) => b.kind === 'paragraph' && b.lead?.startsWith('1、'));
    expect(p).toMatchObject({ lead: '1、注重理论武装，妇联系统坚定信仰，呈现新气象。', leadLevel: 2 });
    expect(p && p.kind === 'paragraph' && p.text.startsWith('一是抓好思想引领工作。')).toBe(true);
  });

  it('numbers the duties 1、2、… from the profile', () => {
    const duties = doc.blocks.filter((b) => b.kind === 'paragraph' && /^\d+、坚持|^\d+、紧密/.test(b.text));
    expect(duties.map((d) => (d.kind === 'paragraph' ? d.text.slice(0, 4) : ''))).toEqual(['1、坚持', '2、紧密']);
  });
});

describe('buildReport on seed 000 (provincial assessment)', () => {
  const { hunan } = demoEvaluations();
  const doc = buildReport(hunan);
  const text = reportText(doc);

  it('contains every figure and every line of the seed', () => {
    expect([...new Set(numbers(SEED_000))].filter((n) => !numbers(text).includes(n))).toEqual([]);
    expect(seedLines(SEED_000).filter((l) => !text.includes(l))).toEqual([]);
  });

  it('lists the categories in framework order, then the key project', () => {
    expectSubsequence(headingTexts(doc.blocks), [
      '各项指标完成情况',
      '扶贫开发',
      '1.做好贫困地区妇女扶贫开发工作。',
      '2.做好省妇联扶贫点的扶贫开发工作。',
      '深化改革',
      '依法行政',
      '综治（平安建设）',
      '宣传思想工作',
      '组织建设',
      '队伍建设',
      '作风建设',
      '廉政建设',
      '应急管理',
      '财政管理',
      '建议提案办理',
      '公车和办公用房管理',
      '重大决策部署贯彻落实',
      '妇女创新创业',
      '妇女儿童权益保障',
      '重点民生实事项目',
      '加强组织领导',
      '落实检查经费',
      '加强宣传发动',
      '加强督查指导',
    ]);
  });

  it('has no cover page and opens with the preamble paragraph', () => {
    expect(doc.coverPage).toBe(false);
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', lead: null });
    expect(doc.blocks[0]?.kind === 'paragraph' && doc.blocks[0].text.startsWith('根据省委办公厅')).toBe(true);
  });
});

describe('indicator table', () => {
  it('is a table block with merged 一级/二级 cells, weights, scores and a total', () => {
    const doc = buildReport(evaluationWithIndicators(), { indicators: sampleIndicatorDefs });
    const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(t?.title).toBe('2022年度武冈市妇女联合会绩效自评表');
    expect(t?.rows[0]?.cells.map((c) => c.text)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ]);
    expect(t?.rows[1]?.cells.map((c) => [c.text, c.rowSpan ?? 1])).toEqual([
      ['产出指标', 2],
      ['数量指标', 2],
      ['“两癌”检查人数', 1],
      ['≥10361人', 1],
      ['10780人', 1],
      ['30', 1],
      ['30', 1],
      ['', 1],
    ]);
    // the second row under 产出指标/数量指标 carries only its own cells
    expect(t?.rows[2]?.cells.map((c) => c.text)).toEqual(['救助低收入妇女人数', '≥40人', '31人', '20', '15.5', '申请人数少于预期，明年加强宣传']);
    expect(t?.rows.at(-1)?.cells.map((c) => c.text)).toEqual(['合计', '90', '83.5', '']);
  });

  it('is absent when there are no indicator values', () => {
    expect(buildReport({ ...demoEvaluations().wugang, indicators: [] }).blocks.some((b) => b.kind === 'table')).toBe(false);
    // 武冈 2022 carries its scored table since issue 14
    expect(buildReport(demoEvaluations().wugang).blocks.some((b) => b.kind === 'table')).toBe(true);
  });
});

describe('a new evaluation without narrative', () => {
  it('gets the department-wide outline with generated profile, duties and budget text', () => {
    const { wugang } = demoEvaluations();
    const text = reportText(buildReport({ ...wugang, sections: [] }));
    for (const h of [
      '一、部门基本情况',
      '（一）机构、人员构成',
      '（二）单位主要职责',
      '二、一般公共预算支出情况',
      '（一）基本支出情况',
      '十、其他需要说明的情况',
    ]) {
      expect(text).toContain(h);
    }
    expect(text).toContain('我单位纳入了财政预算，定编5人。2022年末，单位实有在职人员5人，退休人员3人，内设机构2个：办公室、组宣部。');
    expect(text).toContain('武冈市妇联无政府性基金预算支出。');
  });

  it('writes the key project from its figures in the provincial outline', () => {
    const { hunan } = demoEvaluations();
    const text = reportText(buildReport({ ...hunan, sections: [] }));
    expect(text).toContain('重点民生实事项目');
    expect(text).toContain('检查经费合计1.91亿元，其中中央补助项目经费2473万元，省级6823万元，市县配套9810万元。');
  });
});

describe('tableGrid', async () => {
  const { tableGrid } = await import('./grid.js');
  it('expands spans into a rectangle with blanks under merged cells', () => {
    const doc = buildReport(evaluationWithIndicators(), { indicators: sampleIndicatorDefs });
    const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table')!;
    const g = tableGrid(t);
    expect(g.every((r) => r.length === 8)).toBe(true);
    expect(g[1]!.slice(0, 3)).toEqual(['产出指标', '数量指标', '“两癌”检查人数']);
    expect(g[2]!.slice(0, 4)).toEqual(['', '', '救助低收入妇女人数', '≥40人']);
    expect(g.at(-1)).toEqual(['合计', '', '', '', '', '90', '83.5', '']);
  });
});
