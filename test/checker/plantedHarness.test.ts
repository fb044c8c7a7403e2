// The planted-error harness (bench/planted): its mutations and its scoring, on invented text.
import { describe, expect, it } from 'vitest';
import { planMutants } from '../../bench/planted/corpus.js';
import { figureValue, locateFigure, mutantAt, mutateCore, numbersIn, sentenceAround } from '../../bench/planted/mutate.js';
import { errorItems, mutantFound, type CheckResult } from '../../bench/planted/score.js';

const text = '某所2023年支出1,250.40万元，其中基本支出1,000.00万元，项目支出250.40万元。另有0.5万元。';

describe('planted mutations', () => {
  it('+7% keeps the decimals and the separators, and always changes a figure', () => {
    expect(mutateCore('153.98', 'plus7')).toBe('164.76');
    expect(mutateCore('1,250.40', 'plus7')).toBe('1,337.93');
    expect(mutateCore('2', 'plus7')).toBe('3');
  });
  it('swaps the last two different adjacent digits, never giving a leading zero', () => {
    expect(mutateCore('153.98', 'swap')).toBe('153.89');
    expect(mutateCore('250.40', 'swap')).toBe('250.04');
    expect(mutateCore('100', 'swap')).toBeNull();
    expect(mutateCore('11.11', 'swap')).toBeNull();
  });
  it('×10 keeps the decimals', () => {
    expect(mutateCore('80.10', 'times10')).toBe('801.00');
    expect(mutateCore('1,250.40', 'times10')).toBe('12,504.00');
  });
  it('finds a standalone occurrence, preferring the anchor, and replaces only it', () => {
    expect(locateFigure(text, '250.40万元')).toBe(text.indexOf('项目支出') + 4); // not inside 1,250.40
    expect(locateFigure(text, '5')).toBeNull();
    expect(locateFigure('收、支各减少12.86,70.97万元', '12.86')).toBe(6); // a list comma after decimals
    const at = locateFigure(text, '0.5', '另有');
    const m = mutantAt(text, at!, 'times10')!;
    expect(m.text).toContain('另有5.0万元');
    expect(m.text.replace('另有5.0万元', '另有0.5万元')).toBe(text);
    expect(sentenceAround(m.text, m.at)).toBe('另有5.0万元。');
  });
  it('plans three mutants per figure of a relation, once per place', () => {
    const plan = planMutants(text, [
      { kind: 'sum', figures: ['1,000.00', '250.40'], total: '1,250.40' },
      { kind: 'share', figures: ['250.40'] },
      { kind: 'sum', figures: ['9.99'] },
    ]);
    expect(plan.mutants.filter((m) => m.figure === '250.40')).toHaveLength(3);
    expect(plan.mutants.map((m) => m.relationKind)).not.toContain('share');
    expect(plan.unplaced).toEqual([{ relationKind: 'sum', figure: '9.99' }]);
  });
  it('reads the numbers a figure or a message writes', () => {
    expect(figureValue('1,250.40万元')).toBe(1250.4);
    expect(numbersIn('写为 1,250.40万元，计算 1,249.00万元（甲 3，乙 4）')).toEqual([1250.4, 1249, 3, 4]);
  });
});

const result = (stated: string, parts: string[], verdict = 'error'): CheckResult => ({
  findings: [],
  relations: [{ kind: 'sum', verdict, line: 1, statedText: stated, computedText: '0', parts: parts.map((t) => ({ text: t })) }],
});

describe('planted scoring', () => {
  it('a mutant is found by a new error naming the changed figure', () => {
    const base = errorItems(result('1,250.40万元', ['1,000.00万元', '250.40万元'], 'ok'));
    const mutated = errorItems(result('1,250.40万元', ['1,000.00万元', '250.04万元']));
    expect(mutantFound(base, mutated, 250.04)?.kind).toBe('sum');
  });
  it('an error that names other figures, or was there before the mutation, finds nothing', () => {
    const other = errorItems(result('9.00万元', ['4.00万元', '3.00万元']));
    expect(mutantFound([], other, 250.04)).toBeNull();
    expect(mutantFound(other, other, 4)).toBeNull();
  });
  it('an error finding names the figures of its message but not its computed value', () => {
    const r: CheckResult = {
      relations: [],
      findings: [
        {
          severity: 'error',
          rule: 'sum',
          message: '写为 10.00万元，计算应为 12.00万元（甲 7.00万元，乙 5.00万元）',
          stated: '10.00万元',
          computed: '12.00万元',
        },
      ],
    };
    expect(mutantFound([], errorItems(r), 7)).not.toBeNull();
    expect(mutantFound([], errorItems(r), 12)).toBeNull();
  });
});
