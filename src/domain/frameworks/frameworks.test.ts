import { describe, expect, it } from 'vitest';
import { sum } from '../decimal.js';
import type { Framework } from '../types.js';
import { BUILTIN_FRAMEWORKS, HUNAN_CATEGORIES, builtinFramework, departmentWide, hunanProvincial, projectExpenditure } from './builtin.js';
import {
  FrameworkFrozenError,
  assertEditable,
  childrenOf,
  inTreeOrder,
  copyFrameworkToYear,
  freezeFramework,
  leavesOf,
  totalWeight,
  validateFramework,
} from './utils.js';

describe('tree order', () => {
  it('lists a framework depth first, as people read it (the 绩效目标 table listed 1, 2, 1.1, 2.1 …)', () => {
    const codes = inTreeOrder(departmentWide).map((i) => i.code);
    expect(codes.slice(0, 4)).toEqual(['1', '1.1', '1.1.1', '1.1.2']);
    expect(codes.indexOf('2')).toBeGreaterThan(codes.indexOf('1.3.2'));
    expect(codes).toHaveLength(departmentWide.indicators.length);
  });
});

describe('built-in frameworks', () => {
  it.each(BUILTIN_FRAMEWORKS.map((f) => [f.id, f] as const))('%s is valid and its weights add up to 100', (_id, f) => {
    expect(validateFramework(f)).toEqual([]);
    expect(totalWeight(f)).toBe('100');
    expect(sum(leavesOf(f).map((l) => l.weight ?? '0'))).toBe('100');
    for (const l of leavesOf(f)) expect(l.operator).not.toBeNull();
    expect(f.id).toBe(f.code);
  });

  it('project expenditure has the national level-1 weights', () => {
    expect(childrenOf(projectExpenditure, null).map((i) => [i.name, i.weight])).toEqual([
      ['预算执行率', '10'],
      ['产出指标', '50'],
      ['效益指标', '30'],
      ['满意度指标', '10'],
    ]);
    expect(childrenOf(projectExpenditure, '2').map((i) => i.name)).toEqual(['数量指标', '质量指标', '时效指标', '成本指标']);
    expect(childrenOf(projectExpenditure, '3').map((i) => i.name)).toEqual(['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']);
  });

  it('department-wide carries the budget indicators with rules as data', () => {
    const names = leavesOf(departmentWide).map((l) => l.name);
    for (const n of ['预算执行率', '结转结余率', '预算调整率', '"三公"经费控制率', '政府采购执行率', '在职人员控制率', '预决算信息公开'])
      expect(names).toContain(n);
    expect(departmentWide.indicators.find((i) => i.name === '结转结余率')?.rule.kind).toBe('bands');
    expect(departmentWide.indicators.find((i) => i.name === '预算调整率')?.rule.kind).toBe('deduction');
    expect(childrenOf(departmentWide, '2').map((i) => i.name)).toContain('重点工作完成情况');
  });

  it('hunan provincial has categories 1…16 in seed order and 17 重点民生实事项目', () => {
    const top = childrenOf(hunanProvincial, null);
    expect(top.map((i) => i.code)).toEqual(Array.from({ length: 17 }, (_, k) => String(k + 1)));
    expect(top.slice(0, 16).map((i) => i.name)).toEqual([...HUNAN_CATEGORIES]);
    expect(top[16]?.name).toBe('重点民生实事项目');
    const yesNo = leavesOf(hunanProvincial)
      .filter((l) => l.operator === 'yesNo')
      .map((l) => l.name);
    expect(yesNo).toContain('无失泄密案件');
    expect(yesNo).toContain('无重大群体性事件');
    expect(hunanProvincial.indicators.find((i) => i.code === '1.1.1')?.parentCode).toBe('1.1');
  });
});

describe('framework utilities', () => {
  const broken = (): Framework => {
    const f = builtinFramework('project-expenditure')!;
    f.indicators.find((i) => i.code === '2.1.1')!.weight = '9';
    f.indicators.find((i) => i.code === '3.1.1')!.operator = null;
    f.indicators.push({ ...f.indicators[0]! });
    return f;
  };
  it('reports weights that do not add up, leaves without operator and duplicate codes', () => {
    const msgs = validateFramework(broken()).map((p) => p.message);
    expect(msgs).toContain('“数量指标”下级分值之和 19 ≠ 本级分值 20');
    expect(msgs).toContain('末级指标“带动增收效果”缺少指标性质 operator');
    expect(msgs).toContain('指标编码重复：1');
  });
  it('copies to a new year as a new, unfrozen version and freezes', () => {
    const frozen = freezeFramework(projectExpenditure);
    expect(frozen.frozen).toBe(true);
    expect(projectExpenditure.frozen).toBe(false);
    expect(() => assertEditable(frozen)).toThrow(FrameworkFrozenError);
    const next = copyFrameworkToYear(frozen, 2024);
    expect(next).toMatchObject({ year: 2024, version: 2, frozen: false, code: 'project-expenditure' });
    expect(next.indicators[0]?.id).toBe(`${next.id}:1`);
    expect(validateFramework(next)).toEqual([]);
    expect(() => assertEditable(next)).not.toThrow();
  });
});
