// Item 6 of issue 13: a stored evaluation's narrative read with the relation model. Invented
// figures: a unit whose 一般公共预算 spent 880.40 万元 (基本 700.40, 项目 180.00).
import { describe, expect, it } from 'vitest';
import type { Evaluation, NarrativeSection } from '../types.js';
import { analyzeEvaluation, checkEvaluation } from './index.js';

const row = (opening: string, income: string, expenditure: string, closing: string) => ({ opening, income, expenditure, closing });

function evaluation(paragraphs: string[], more: Partial<NarrativeSection> = {}): Evaluation {
  return {
    id: 'e1',
    unit: { id: 'u1', code: 'qs', name: '青山县妇女联合会', shortName: '青山县妇联', level: 'county', type: '妇联' },
    year: 2023,
    framework: { id: 'f', code: 'dw', name: '部门整体支出', kind: 'departmentWide', version: 1 },
    outline: 'departmentWide',
    title: '2023年度青山县妇女联合会整体支出绩效自评报告',
    reportDate: null,
    status: 'draft',
    version: 1,
    profile: null,
    budget: [
      {
        budgetType: 'general',
        noActivity: false,
        rows: { total: row('12.5', '875.9', '880.40', '8'), basic: row('0', '700.4', '700.40', '0'), project: row('12.5', '175.5', '180', '8') },
      },
      { budgetType: 'governmentFund', noActivity: true, rows: {} },
    ],
    budgetLines: [],
    threePublic: [],
    indicators: [],
    keyProjects: [],
    sections: [
      {
        key: '1',
        parentKey: null,
        order: 1,
        kind: 'profile',
        numbering: '一、',
        title: '基本情况',
        runIn: false,
        paragraphs: ['本会内设办公室、权益部。'],
        indicatorCode: null,
        figures: [],
      },
      {
        key: '2',
        parentKey: null,
        order: 2,
        kind: 'budget',
        numbering: '二、',
        title: '一般公共预算支出情况',
        runIn: false,
        paragraphs,
        indicatorCode: null,
        figures: [],
        ...more,
      },
    ],
  };
}

describe('narrative vs the stored budget table', () => {
  it('880.4万元 in the text against 880.40 in the table is the same figure: ok, no finding', () => {
    const e = evaluation(['2023年本会本年支出880.4万元，主要用于人员工资和妇女儿童维权工作。']);
    const { relations, findings } = analyzeEvaluation(e);
    const same = relations.filter((r) => r.kind === 'same');
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({
      verdict: 'ok',
      stated: 880.4,
      computed: 880.4,
      statedText: '880.4万元',
      computedText: '880.4万元',
      location: { section: '2', paragraph: 0, field: 'budget.general.total.expenditure' },
    });
    expect(same[0]!.text.slice(...same[0]!.spans![0]!)).toBe('880.4万元');
    expect(findings).toEqual([]);
    expect(checkEvaluation(e).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('890万元 contradicts the table: an error on that paragraph naming the field', () => {
    const e = evaluation(['本会全年收支平稳。', '2023年本会本年支出890万元，主要用于人员工资和妇女儿童维权工作。']);
    const errors = checkEvaluation(e).filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      rule: 'narrative',
      stated: '890万元',
      computed: '880.4万元',
      location: { section: '2', paragraph: 1, field: 'budget.general.total.expenditure' },
    });
    expect(errors[0]!.message).toContain('一般公共预算合计本年支出');
    expect(errors[0]!.messageEn).toContain('expenditure');
  });

  it('reads the row and type from the sentence subject (基本支出 … 本年收入 … 本年支出)', () => {
    const ok = evaluation(['青山县妇联2023年度一般公共预算财政拨款基本支出年初结转和结余0万元，本年收入700.4万元，本年支出700.4万元，年末结转和结余0万元。']);
    const rs = analyzeEvaluation(ok).relations.filter((r) => r.kind === 'same');
    expect(rs.map((r) => [r.location.field, r.verdict])).toEqual([
      ['budget.general.basic.opening', 'ok'],
      ['budget.general.basic.income', 'ok'],
      ['budget.general.basic.expenditure', 'ok'],
      ['budget.general.basic.closing', 'ok'],
    ]);
    const bad = evaluation(['青山县妇联2023年度一般公共预算财政拨款基本支出年初结转和结余0万元，本年收入710.4万元，本年支出710.4万元，年末结转和结余0万元。']);
    const errs = analyzeEvaluation(bad).findings.filter((f) => f.rule === 'narrative');
    expect(errs.map((f) => [f.location?.field, f.stated, f.computed])).toEqual([
      ['budget.general.basic.income', '710.4万元', '700.4万元'],
      ['budget.general.basic.expenditure', '710.4万元', '700.4万元'],
    ]);
  });

  it('compares nothing it cannot name for sure: budget-stage figures, last year, a project of its own name', () => {
    const e = evaluation(['2023年年初预算数900万元，上年支出850万元，培训项目支出12万元，其他资金支出30万元。']);
    expect(analyzeEvaluation(e).relations.filter((r) => r.kind === 'same' && r.location.field?.startsWith('budget'))).toEqual([]);
    expect(checkEvaluation(e).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('leaves a figure linked to the budget to the link rule (one finding, not two)', () => {
    const e = evaluation(['2023年本会本年支出890万元。'], {
      figures: [{ paragraph: 0, text: '890万元', occurrence: 0, ref: { kind: 'budget', budgetType: 'general', row: 'total', figure: 'expenditure' } }],
    });
    const errs = checkEvaluation(e).filter((f) => f.severity === 'error');
    expect(errs).toHaveLength(1);
    expect(errs[0]!.message).toContain('但一般公共预算合计本年支出为');
  });
});

describe('relations the narrative asserts within itself', () => {
  it('a breakdown that adds up is ok; one that does not is an error on its paragraph', () => {
    const good = evaluation(['2023年本会本年支出880.4万元，其中：基本支出700.4万元，项目支出180万元。']);
    const sums = analyzeEvaluation(good).relations.filter((r) => r.kind === 'sum');
    expect(sums).toHaveLength(1);
    expect(sums[0]).toMatchObject({ verdict: 'ok', stated: 880.4, computed: 880.4, location: { section: '2', paragraph: 0 } });
    expect(sums[0]!.spans!.map((s) => sums[0]!.text.slice(...s))).toEqual(['880.4万元', '700.4万元', '180万元']);

    const bad = evaluation(['全年收支情况如下。', '2023年本会本年支出880.4万元，其中：基本支出700.4万元，项目支出190万元。']);
    const { relations, findings } = analyzeEvaluation(bad);
    expect(relations.find((r) => r.kind === 'sum')).toMatchObject({
      verdict: 'error',
      stated: 880.4,
      computed: 890.4,
      location: { section: '2', paragraph: 1 },
    });
    const sumError = findings.find((f) => f.rule === 'sum');
    expect(sumError).toMatchObject({ severity: 'error', stated: '880.4万元', location: { section: '2', paragraph: 1 } });
    // and the 项目支出 figure contradicts the table's 180
    expect(findings.filter((f) => f.rule === 'narrative').map((f) => f.location?.field)).toEqual(['budget.general.project.expenditure']);
  });

  it('a year-on-year change and a share are checked on their paragraph', () => {
    const ok = evaluation(['2023年本会本年支出880.4万元，比上年增加80.4万元，增长10.05%；其中基本支出700.4万元，占本年支出的79.55%。']);
    const kinds = analyzeEvaluation(ok)
      .relations.filter((r) => r.kind !== 'same')
      .map((r) => [r.kind, r.verdict]);
    expect(kinds).toContainEqual(['yoy', 'ok']);
    expect(kinds).toContainEqual(['share', 'ok']);
    const bad = evaluation(['2023年本会本年支出880.4万元，比上年增加80.4万元，增长12.5%；其中基本支出700.4万元，占本年支出的69.55%。']);
    const errs = analyzeEvaluation(bad).findings.map((f) => [f.rule, f.location?.paragraph]);
    expect(errs).toContainEqual(['change', 0]);
    expect(errs).toContainEqual(['rate', 0]);
  });

  it('names stored fields in Chinese: 退休人数, not retired; an indicator’s 实际完成值, not actual', () => {
    const e = {
      ...evaluation(['本会退休人员7人。'], { figures: [{ paragraph: 0, text: '7人', occurrence: 0, ref: { kind: 'profile', field: 'retired' } }] }),
      profile: { authorizedPosts: 5, staffActual: 5, retired: 4, departments: [], duties: [], intro: null },
    };
    const msgs = checkEvaluation(e)
      .filter((f) => f.rule === 'narrative')
      .map((f) => f.message);
    expect(msgs).toContain('正文写“7人”，但单位基本情况中的退休人数为 4');
    expect(msgs.join('')).not.toMatch(/retired|staffActual|authorizedPosts|general\.|\.total\./);
  });
});
