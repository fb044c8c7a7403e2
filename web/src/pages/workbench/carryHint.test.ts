import { describe, expect, it } from 'vitest';
import { editorZh, type EditorKey } from '../../i18n/editor.zh.js';
import { carryHint, carryHintText, newEvaluationYear } from './carryHint.js';

const own = (year: number) => ({ year, projectCode: null });

describe('carryHint', () => {
  it('last year carried over when the unit has its own evaluation of last year', () => {
    expect(carryHint([own(2022), own(2023)], 2024)).toEqual({ kind: 'lastYear', year: 2023 });
  });
  it('only the profile of an older year when last year is missing', () => {
    expect(carryHint([own(2021)], 2024)).toEqual({ kind: 'profileOnly', lastYear: 2023, profileYear: 2021 });
  });
  it('nothing for a unit with no earlier evaluation (a later one or a project 自评表 does not count)', () => {
    expect(carryHint([own(2025), { year: 2023, projectCode: 'KP1' }], 2024)).toEqual({ kind: 'nothing' });
    expect(carryHint([], 2024)).toEqual({ kind: 'nothing' });
  });
  it('says when the year already has the unit’s own evaluation (a project 自评表 of that year does not count)', () => {
    expect(carryHint([own(2023), own(2024)], 2024)).toEqual({ kind: 'exists', year: 2024 });
    expect(carryHint([own(2023), { year: 2024, projectCode: 'KP1' }], 2024)).toEqual({ kind: 'lastYear', year: 2023 });
  });
  it('unknown until the evaluations are loaded', () => {
    expect(carryHint(null, 2024)).toEqual({ kind: 'unknown' });
  });
});

describe('newEvaluationYear', () => {
  const ev = (unitId: string, year: number, projectCode: string | null = null) => ({ unitId, year, projectCode });
  it('the year after when the filler’s unit already has its 自评 of the year shown', () => {
    expect(newEvaluationYear(2021, ['21'], [ev('21', 2021)], 2026)).toBe(2022);
  });
  it('the year shown when the unit has none (a project 自评表 does not count), or not every unit has one', () => {
    expect(newEvaluationYear(2022, ['21'], [], 2026)).toBe(2022);
    expect(newEvaluationYear(2022, ['21'], [ev('21', 2022, 'KP1')], 2026)).toBe(2022);
    expect(newEvaluationYear(2022, ['21', '22'], [ev('21', 2022)], 2026)).toBe(2022);
    expect(newEvaluationYear(2022, [], [], 2026)).toBe(2022);
  });
  it('never past the newest year offered', () => {
    expect(newEvaluationYear(2026, ['21'], [ev('21', 2026)], 2026)).toBe(2026);
  });
});

describe('carryHintText: what 新建自评 will fill, approved 绩效目标 or not', () => {
  const et = (key: EditorKey, vars: Record<string, string | number> = {}) => editorZh[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
  const say = (evaluations: { year: number; projectCode: string | null }[], approved: boolean) => carryHintText(carryHint(evaluations, 2024, approved), et);

  it('approved targets fill the targets, whatever the earlier years: never "从空白开始" for them', () => {
    for (const evs of [[own(2023)], [own(2021)], []]) {
      const text = say(evs, true);
      expect(text).toContain('指标目标值取自已批准的 2024 年绩效目标');
      expect(text).not.toMatch(/指标目标值[^；。]*从空白开始/);
    }
    expect(say([own(2021)], true)).toBe('本单位没有 2023 年的自评：将带入 2021 年的基本情况；指标目标值取自已批准的 2024 年绩效目标；重点项目从空白开始填写。');
  });

  it("no approved targets: last year's targets carried, or blank when there is no last year", () => {
    expect(say([own(2023)], false)).toBe('将带入本单位 2023 年的基本情况、指标目标值和重点项目（实际完成值留空）。');
    expect(say([own(2021)], false)).toBe(
      '本单位没有 2023 年的自评：将带入 2021 年的基本情况；2024 年没有已批准的绩效目标，指标目标值和重点项目从空白开始填写。',
    );
    expect(say([], false)).toBe('本单位此前没有自评，本年度也没有已批准的绩效目标：基本情况、指标目标值和重点项目都从空白开始填写。');
  });
});
