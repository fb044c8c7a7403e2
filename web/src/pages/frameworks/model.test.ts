import { describe, expect, it } from 'vitest';
import type { ScoringRule } from '../../../../src/domain/types.js';
import { frameworksZh, type FrameworksKey } from '../../i18n/frameworks.zh.js';
import { addChild, liveCheck, removeRow, toInput, toTree, type Row } from './model.js';

const ft = (key: FrameworksKey, vars?: Record<string, string | number>) =>
  vars ? (frameworksZh[key] as string).replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : frameworksZh[key];
const row = (code: string, parentCode: string | null, weight: string, rule: ScoringRule = { kind: 'none' }): Row => ({
  code,
  parentCode,
  order: Number(code.split('.').at(-1)),
  name: `指标${code}`,
  unit: null,
  operator: rule.kind === 'none' ? null : '>=',
  weight,
  rule,
  source: null,
});
const ratio: ScoringRule = { kind: 'ratio' };
const tree = (): Row[] => [
  row('1', null, '60'),
  row('1.1', '1', '60'),
  row('1.1.1', '1.1', '30', ratio),
  row('1.1.2', '1.1', '30', ratio),
  row('2', null, '40'),
  row('2.1', '2', '40'),
  row('2.1.1', '2.1', '40', ratio),
];

describe('framework draft model', () => {
  it('builds the tree in order with levels and leaves', () => {
    const t = toTree(tree());
    expect(t.map((r) => [r.code, r.level, r.leaf])).toEqual([
      ['1', 1, false],
      ['2', 1, false],
    ]);
    expect(t[0]!.children![0]!.children!.map((r) => [r.code, r.level, r.leaf])).toEqual([
      ['1.1.1', 3, true],
      ['1.1.2', 3, true],
    ]);
  });

  it('adds a child with the next free number, never reusing a removed code', () => {
    const a = addChild(tree(), '1.1');
    expect(a.code).toBe('1.1.3');
    const b = addChild(removeRow(a.rows, '1.1.2'), '1.1');
    expect(b.code).toBe('1.1.4'); // 1.1.3 still exists; numbering continues after the last sibling
    expect(addChild(tree(), null).code).toBe('3');
  });

  it('turns a leaf that gets a child into a parent (no operator, no rule of its own)', () => {
    const { rows } = addChild(tree(), '2.1.1');
    expect(rows.find((r) => r.code === '2.1.1')).toMatchObject({ operator: null, rule: { kind: 'none' } });
    expect(rows.find((r) => r.code === '2.1.1.1')).toMatchObject({ parentCode: '2.1.1', weight: '' });
  });

  it('removes a row with everything below it and does not renumber the others', () => {
    const rows = removeRow(tree(), '1.1');
    expect(rows.map((r) => r.code)).toEqual(['1', '2', '2.1', '2.1.1']);
    expect(removeRow(tree(), '1.1.1').map((r) => r.code)).toEqual(['1', '1.1', '1.1.2', '2', '2.1', '2.1.1']);
  });

  it('checks live that children add up to their parent, in the server’s words, and the level-1 total', () => {
    expect(liveCheck(ft, tree())).toMatchObject({ total: '100', totalOk: true });
    expect([...liveCheck(ft, tree()).problems.values()].flat()).toEqual([]);
    const broken = tree().map((r) => (r.code === '1.1.1' ? { ...r, weight: '32' } : r));
    const { problems } = liveCheck(ft, broken);
    expect(problems.get('1.1')).toEqual(['“指标1.1”下级分值之和 62 ≠ 本级分值 60']);
    const off = tree().map((r) => (r.code === '2' ? { ...r, weight: '30' } : r));
    expect(liveCheck(ft, off)).toMatchObject({ total: '90', totalOk: false });
    expect(
      liveCheck(
        ft,
        tree().map((r) => (r.code === '2.1.1' ? { ...r, weight: '四十' } : r)),
      ).problems.get('2.1.1')!.length,
    ).toBeGreaterThan(0);
  });

  it('sends weights as normalised decimals and rules only on leaves', () => {
    const input = toInput(tree().map((r) => (r.code === '1.1.1' ? { ...r, weight: ' 30.0 ' } : r)));
    expect(input.find((i) => i.code === '1.1.1')).toMatchObject({ weight: '30', operator: '>=', rule: { kind: 'ratio' } });
    expect(input.find((i) => i.code === '1.1')).not.toHaveProperty('rule');
  });

  it('a computed leaf keeps its data source through the draft (the server stores it); a group never has one', () => {
    const rows = tree().map((r) => (r.code === '1.1.1' ? { ...r, source: { kind: 'budgetExecution' as const } } : r));
    const input = toInput(rows);
    expect(input.find((i) => i.code === '1.1.1')).toMatchObject({ source: { kind: 'budgetExecution' } });
    expect(input.find((i) => i.code === '1.1.2')).toMatchObject({ source: null });
    expect(input.find((i) => i.code === '1.1')).not.toHaveProperty('source');
    // a leaf that gets a child stops being computed
    expect(addChild(rows, '1.1.1').rows.find((r) => r.code === '1.1.1')).toMatchObject({ source: null, rule: { kind: 'none' } });
  });
});
