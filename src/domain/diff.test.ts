import { describe, expect, it } from 'vitest';
import { wugang2022 } from '../demo/dataset.js';
import { diffEvaluations } from './diff.js';

const clone = () => structuredClone(wugang2022);

describe('diffEvaluations', () => {
  it('finds nothing between equal versions', () => {
    expect(diffEvaluations(clone(), clone())).toEqual([]);
  });
  it('names a changed budget cell, paragraph and key-project figure', () => {
    const b = clone();
    b.budget[0]!.rows.basic!.income = '150';
    b.sections.find((s) => s.key === '7')!.paragraphs[0] = '改写后的问题';
    b.keyProjects[0]!.actual = '10800';
    const changes = diffEvaluations(clone(), b);
    expect(changes.map((c) => c.label)).toEqual([
      '预算执行 · 一般公共预算 · 基本支出 · 本年收入',
      '重点项目 · 农村适龄妇女“两癌”免费检查 · 完成',
      expect.stringMatching(/^问题与措施 · 七、存在的问题及原因分析 · 第1段$/),
    ]);
    expect(changes[0]).toMatchObject({ path: 'budget.general.basic.income', before: '153.98', after: '150' });
  });
  it('reports added and removed paragraphs', () => {
    const b = clone();
    b.sections.find((s) => s.key === '10')!.paragraphs.push('补充说明');
    const [c] = diffEvaluations(clone(), b);
    expect(c).toMatchObject({ before: null, after: '补充说明' });
  });
});
