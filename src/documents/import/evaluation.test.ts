import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hunan2016 } from '../../demo/hunan2016/index.js';
import { wugang2022 } from '../../demo/wugang2022/index.js';
import { checkEvaluation } from '../../domain/checks/index.js';
import type { Evaluation } from '../../domain/types.js';
import { coverDate } from './cover.js';
import { chineseOrdinal, importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const seed = (name: string) => readFileSync(new URL(`../../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const wugang = importEvaluation(parseText(seed('002_279d50849b4f1aa3.txt'), { format: 'txt' }), { unitShortName: '武冈市妇联', year: 2022 });
const hunan = importEvaluation(parseText(seed('000_32ee0b52d08abfcb.txt'), { format: 'txt' }));

const asEvaluation = (d: typeof wugang.draft): Evaluation =>
  ({
    ...d,
    id: '1',
    unit: { id: '1', code: 'x', name: 'x', shortName: null, level: 'county', type: '妇联' },
    year: 2022,
    framework: { id: 'f', code: 'f', name: 'f', kind: 'departmentWide', version: 1 },
    status: 'draft',
    version: 1,
  }) as Evaluation;

describe('importEvaluation: seed 002 (武冈市妇联 2022, department-wide)', () => {
  const d = wugang.draft;

  it('reads the cover: title over two lines, date, unit name, year', () => {
    expect(d.title).toBe('2022年度武冈市妇女联合会整体支出绩效自评报告');
    expect(d.reportDate).toBe('2023-07-18');
    expect(d.outline).toBe('departmentWide');
    expect(wugang.recognised).toMatchObject({ unitName: '武冈市妇女联合会', year: 2022, format: 'txt' });
  });

  it('holds the same profile and budget as the hand-built demo data', () => {
    expect(d.profile).toEqual(wugang2022.profile);
    expect(d.budget).toEqual(wugang2022.budget);
  });

  it('finds the 两癌 project with target, actual and the note', () => {
    expect(d.keyProjects).toEqual(wugang2022.keyProjects);
  });

  it('rebuilds the outline of the demo: same keys, kinds, numbering, titles, paragraphs and figure links', () => {
    const strip = (s: (typeof d.sections)[number]) => ({ ...s, figures: [...s.figures].sort((a, b) => a.text.localeCompare(b.text)) });
    expect(d.sections.map(strip)).toEqual(wugang2022.sections.map(strip));
  });

  it('leaves nothing unplaced and the draft has no error finding', () => {
    expect(wugang.unplaced).toEqual([]);
    expect(wugang.recognised.placed).toHaveLength(12); // 3 budget statements × 4 cells, each with its sentence
    expect(wugang.recognised.placed).toContainEqual(
      expect.objectContaining({ text: '153.98万元', cell: '一般公共预算 · 基本支出 · 本年收入', value: '153.98' }),
    );
    expect(checkEvaluation(asEvaluation(d)).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('importEvaluation: seed 000 (湖南省妇联 2016, provincial)', () => {
  const d = hunan.draft;

  it('guesses the provincial outline and ties categories to the framework', () => {
    expect(d.outline).toBe('hunanProvincial');
    expect(d.title).toBe('省妇联2016年绩效评估自评报告');
    expect(d.reportDate).toBeNull();
    expect(d.profile).toBeNull();
    expect(d.budget).toEqual([]);
    const byKey = new Map(d.sections.map((s) => [s.key, s]));
    expect(byKey.get('1.1')!.indicatorCode).toBe('1');
    expect(byKey.get('1.16')!.indicatorCode).toBe('16');
    expect(byKey.get('2')).toMatchObject({ numbering: '二、', title: '重点民生实事项目', kind: 'keyProject', indicatorCode: '17' });
  });

  it('reads 101.76万名 as the actual and the money by source of the demo data', () => {
    const [p] = d.keyProjects;
    expect(p).toMatchObject({ code: 'liangai', target: null, actual: '1017600', unitOfMeasure: '人' });
    const key = (f: { category: string; source: string; amount: string }) => `${f.category}|${f.source}|${f.amount}`;
    expect(p!.funding.map(key).sort()).toEqual(hunan2016.keyProjects[0]!.funding.map(key).sort());
  });

  it('keeps every demo section heading and paragraph text, in order', () => {
    // The demo splits the closing paragraph of （四） into an untitled section; the text is the same.
    const text = (ss: { title: string; paragraphs: string[] }[]) => ss.map((s) => s.title + s.paragraphs.join('')).join('');
    expect(text(d.sections)).toBe(text(hunan2016.sections));
    expect(d.sections.map((s) => s.key)).toEqual(hunan2016.sections.map((s) => s.key).filter((k) => k !== '2.5'));
    expect(d.sections.slice(0, 20).map((s) => [s.key, s.kind, s.numbering, s.title])).toEqual(
      hunan2016.sections.slice(0, 20).map((s) => [s.key, s.kind, s.numbering, s.title]),
    );
  });

  it('links the closing paragraph figures to the data without an error finding', () => {
    const links = d.sections.flatMap((s) => s.figures.map((f) => f.text));
    expect(links).toEqual(expect.arrayContaining(['1.9亿元', '2473万元', '6823万元', '9810万元', '101.76万名', '4190万元', '1400万元']));
    expect(checkEvaluation(asEvaluation(d)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('lists the key-project figures it could not place', () => {
    expect(hunan.unplaced.some((u) => u.startsWith('400多万元'))).toBe(true);
    expect(hunan.unplaced.some((u) => u.startsWith('4000多人'))).toBe(true);
  });
});

describe('importEvaluation: other shapes', () => {
  it('keeps a budget paragraph it cannot regenerate, and places its figure with a link', () => {
    const text = [
      '2023年度某某单位整体支出绩效自评报告',
      '一、部门基本情况',
      '本单位编制12人，实有在职人员10人，退休人员4人。',
      '二、一般公共预算支出情况',
      '本年支出合计88.5万元，主要用于人员工资。',
      '三、政府性基金预算支出情况',
      '某某单位无政府性基金预算支出。',
      '四、存在的问题',
      '1、预算编制不够细。',
      '2、绩效目标不够明确。',
    ].join('\n');
    const r = importEvaluation(parseText(text));
    expect(r.draft.profile).toMatchObject({ authorizedPosts: 12, staffActual: 10, retired: 4, departments: [], duties: [] });
    // only the expenditure is stated: the other cells are 0 and listed for a person to fill
    expect(r.draft.budget).toEqual([
      { budgetType: 'general', noActivity: false, rows: { total: { opening: '0', income: '0', expenditure: '88.5', closing: '0' } } },
      { budgetType: 'governmentFund', noActivity: true, rows: {} },
    ]);
    expect(r.recognised.filled.filter((f) => f.how === 'missing').map((f) => f.cell)).toEqual([
      '一般公共预算 · 合计 · 年初结转和结余',
      '一般公共预算 · 合计 · 本年收入',
      '一般公共预算 · 合计 · 年末结转和结余',
    ]);
    const general = r.draft.sections.find((s) => s.title === '一般公共预算支出情况')!;
    expect(general.paragraphs).toEqual(['本年支出合计88.5万元，主要用于人员工资。']);
    expect(general.figures).toEqual([
      { paragraph: 0, text: '88.5万元', occurrence: 0, ref: { kind: 'budget', budgetType: 'general', row: 'total', figure: 'expenditure' } },
    ]);
    expect(r.draft.sections.find((s) => s.title === '政府性基金预算支出情况')!.paragraphs).toEqual([]);
    expect(r.unplaced).toEqual([]);
    expect(r.draft.sections.find((s) => s.kind === 'problems')!.paragraphs).toEqual(['1、预算编制不够细。', '2、绩效目标不够明确。']);
    expect(r.recognised.year).toBe(2023);
  });

  it('reads a flattened budget table and an unknown key project', () => {
    const text = [
      '2021年度某局整体支出绩效自评报告',
      '一、一般公共预算支出情况',
      '项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余',
      '合计 | 1.5 | 200.25 | 198.75 | 3',
      '基本支出 | 0 | 150 | 150 | 0',
      '项目支出 | 1.5 | 50.25 | 48.75 | 3',
      '二、部门整体支出绩效情况',
      '全年开展家庭教育讲座工作，计划举办场次为40场，实际完成举办场次45场，完成率112.5%。',
    ].join('\n');
    const r = importEvaluation(parseText(text));
    expect(r.draft.budget[0]!.rows).toEqual({
      total: { opening: '1.5', income: '200.25', expenditure: '198.75', closing: '3' },
      basic: { opening: '0', income: '150', expenditure: '150', closing: '0' },
      project: { opening: '1.5', income: '50.25', expenditure: '48.75', closing: '3' },
    });
    const [p] = r.draft.keyProjects;
    expect(p).toMatchObject({ target: '40', actual: '45', unitOfMeasure: '场' });
    expect(p!.code).toMatch(/^imp-[0-9a-f]{8}$/);
    expect(r.draft.sections[1]!.figures.map((f) => f.ref)).toEqual([
      { kind: 'keyProject', project: p!.code, field: 'target' },
      { kind: 'keyProject', project: p!.code, field: 'actual' },
      { kind: 'keyProject', project: p!.code, field: 'rate' },
    ]);
  });

  it('converts cover dates and ordinals', () => {
    expect(coverDate('2023年7月18日')).toBe('2023-07-18');
    expect(coverDate(' 2023.07.08 ')).toBe('2023-07-08');
    expect(coverDate('2023年13月1日')).toBeNull();
    expect(coverDate('2023年7月18日召开会议')).toBeNull();
    expect([1, 7, 10, 11, 20, 23].map(chineseOrdinal)).toEqual(['一', '七', '十', '十一', '二十', '二十三']);
  });
});
