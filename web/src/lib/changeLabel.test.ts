import { describe, expect, it } from 'vitest';
import { diffEvaluations } from '../../../src/domain/diff.js';
import { en } from '../i18n/en.js';
import type { MessageKey } from '../i18n/zh.js';
import { englishChangeLabel } from './changeLabel.js';

const t = (k: MessageKey) => en[k] ?? `MISSING ${k}`;
const label = (path: string, zh: string) => englishChangeLabel(t, { path, label: zh });

describe('englishChangeLabel', () => {
  it('labels budget cells from the path in English', () => {
    expect(label('budget.general.basic.income', '预算执行 · 一般公共预算 · 基本支出 · 本年收入')).toBe(
      'Budget execution · General public budget · Basic expenditure · Income',
    );
    expect(label('budget.governmentFund.noActivity', '预算执行 · 政府性基金预算 · 无此类支出')).toBe(
      'Budget execution · Government fund budget · No such expenditure',
    );
  });
  it('keeps names that are data as written', () => {
    expect(label('budgetLines.l1.executed', '预算资金 · 妇女儿童维权经费 · 全年执行数')).toBe('Budget funds · 妇女儿童维权经费 · Executed');
    expect(label('keyProjects.liangai.actual', '重点项目 · 农村妇女两癌检查 · 完成')).toBe('Key projects · 农村妇女两癌检查 · Actual');
    expect(label('keyProjects.liangai.funding.中央/财政', '重点项目 · 农村妇女两癌检查 · 中央 · 补助（万元）')).toBe(
      'Key projects · 农村妇女两癌检查 · Funding · 中央 · 补助 (10,000 yuan)',
    );
    expect(label('sections.3.1.paragraphs.0', '绩效情况 · （一）产出 · 第1段')).toBe('Performance · （一）产出 · Paragraph 1');
    expect(label('indicators.1.2.3.actual', '指标 1.2.3 · 实际完成值')).toBe('Indicator 1.2.3 · Actual');
    expect(label('threePublic.reception.budget', '"三公"经费 · reception · 预算')).toBe('“Three public” funds · Official reception · Budget');
    expect(label('sections.5.title', '问题与措施 · 五、存在问题 · 标题')).toBe('Problems & measures · 五、存在问题 · Heading');
  });
  it('labels every change the domain diff can produce without a missing dictionary key or Chinese chrome', () => {
    const empty = { title: 'a', reportDate: null, profile: null, budget: [], budgetLines: [], threePublic: [], indicators: [], keyProjects: [], sections: [] };
    const full = {
      title: 'b',
      reportDate: '2023-03-01',
      profile: { authorizedPosts: 5, staffActual: 5, retired: 1, departments: ['办公室'], duties: ['维权'], intro: '简介' },
      budget: (['general', 'governmentFund', 'stateCapital', 'socialInsurance'] as const).map((budgetType) => ({
        budgetType,
        noActivity: true,
        rows: Object.fromEntries((['total', 'basic', 'project'] as const).map((r) => [r, { opening: '1', income: '1', expenditure: '1', closing: '1' }])),
      })),
      budgetLines: [{ key: 'l1', label: '维权经费', initial: '1', adjusted: '1', executed: '1' }],
      threePublic: [{ item: 'reception' as const, budget: '1', actual: '1' }],
      indicators: [{ indicatorCode: '1.1', target: '1', actual: '1', score: '1', deviationReason: '原因', applicable: false, achievement: 'met' as const }],
      keyProjects: [],
      sections: [],
    };
    const changes = diffEvaluations(empty as never, full as never);
    expect(changes.length).toBeGreaterThan(60);
    for (const c of changes) {
      const en = englishChangeLabel(t, c);
      expect(en, c.path).not.toContain('MISSING');
      // only data may stay Chinese: here 维权经费 is the one Chinese data name
      expect(en.replace('维权经费', ''), c.path).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
