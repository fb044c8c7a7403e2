import { describe, expect, it } from 'vitest';
import type { Evaluation, IndicatorDef } from '../types.js';
import {
  adjustmentNotes,
  applyApprovedTargets,
  approvedTargets,
  buildAdjustment,
  defaultProgress,
  checkPlanTransition,
  monitoredFigures,
  planActions,
  TargetInputError,
  validateTargetValues,
  type AdjustmentBatch,
} from './index.js';

const leaf = (code: string, name: string, operator: IndicatorDef['operator']): IndicatorDef => ({
  id: code,
  code,
  parentCode: null,
  level: 3,
  order: 0,
  name,
  unit: null,
  operator,
  weight: '10',
  rule: { kind: 'ratio' },
});
const LEAVES = [leaf('1', '检查人数', '>='), leaf('2', '差错率', '<='), leaf('3', '社会效益', 'qualitative')];

describe('plan workflow', () => {
  it('submit by the filler, return with a reason or approve by a reviewer; approved is final', () => {
    expect(checkPlanTransition('submit', 'draft', ['filler'], null)).toEqual({ ok: true, to: 'submitted' });
    expect(checkPlanTransition('submit', 'returned', ['filler'], null)).toEqual({ ok: true, to: 'submitted' });
    expect(checkPlanTransition('submit', 'draft', ['reviewer'], null)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(checkPlanTransition('return', 'submitted', ['reviewer'], '  ')).toMatchObject({ ok: false, code: 'invalid' });
    expect(checkPlanTransition('return', 'submitted', ['reviewer'], '偏低')).toEqual({ ok: true, to: 'returned' });
    expect(checkPlanTransition('approve', 'draft', ['reviewer'], null)).toMatchObject({ ok: false, code: 'invalid' });
    expect(checkPlanTransition('submit', 'approved', ['filler'], null)).toMatchObject({ ok: false, code: 'invalid' });
    expect(planActions('submitted', ['filler', 'reviewer'])).toEqual(['return', 'approve']);
    expect(planActions('approved', ['filler', 'reviewer'])).toEqual([]);
  });
});

describe('targets', () => {
  it('values: known leaves only, one number for quantitative ones, text for qualitative', () => {
    expect(
      validateTargetValues(
        [
          { indicatorCode: '1', value: ' ≥10,361人 ', progress: 'cumulative' },
          { indicatorCode: '3', value: '明显', progress: 'level' },
        ],
        LEAVES,
      ),
    ).toEqual([
      { indicatorCode: '1', value: '≥10361人', progress: 'cumulative' }, // stored normalised (no separators)
      { indicatorCode: '3', value: '明显', progress: 'level' },
    ]);
    expect(() => validateTargetValues([{ indicatorCode: '1', value: '较多', progress: 'cumulative' }], LEAVES)).toThrow(
      /不是一个数：请只填一个数.*如 95、1,200、≥90%/,
    );
    expect(() => validateTargetValues([{ indicatorCode: '9', value: '1', progress: 'cumulative' }], LEAVES)).toThrow(TargetInputError);
    expect(() =>
      validateTargetValues(
        [
          { indicatorCode: '1', value: '1', progress: 'cumulative' },
          { indicatorCode: '1', value: '2', progress: 'cumulative' },
        ],
        LEAVES,
      ),
    ).toThrow(/重复/);
  });
  it('a 是否 target is one the 自评 can read as yes or no; free text is refused naming 是、否、有 或 无', () => {
    const yn = [leaf('4', '预决算信息公开', 'yesNo'), leaf('5', '重大安全事故', 'yesNo')];
    expect(
      validateTargetValues(
        [
          { indicatorCode: '4', value: '是', progress: 'cumulative' },
          { indicatorCode: '5', value: '无重大安全事故', progress: 'cumulative' }, // reads as 无
        ],
        yn,
      ).map((v) => v.value),
    ).toEqual(['是', '无重大安全事故']);
    expect(() => validateTargetValues([{ indicatorCode: '4', value: '按规定公开', progress: 'cumulative' }], yn)).toThrow(
      '指标“预决算信息公开”是是否类指标，指标值“按规定公开”应为 是、否、有 或 无',
    );
    // the same words in a 定性 leaf are a text target and stay allowed
    expect(validateTargetValues([{ indicatorCode: '3', value: '按规定公开', progress: 'level' }], LEAVES)[0]!.value).toBe('按规定公开');
    const current = new Map<string, string | null>([['4', '是']]);
    expect(() => buildAdjustment(current, [{ indicatorCode: '4', to: '基本公开' }], '调', yn)).toThrow(/新指标值“基本公开”应为 是、否、有 或 无/);
    expect(buildAdjustment(current, [{ indicatorCode: '4', to: '否' }], '调', yn)).toEqual([{ indicatorCode: '4', from: '是', to: '否' }]);
  });
  it('an adjustment keeps only real changes, old → new, and needs a reason', () => {
    const current = new Map<string, string | null>([
      ['1', '10000'],
      ['2', '5'],
    ]);
    expect(
      buildAdjustment(
        current,
        [
          { indicatorCode: '1', to: '10361' },
          { indicatorCode: '2', to: '5' },
        ],
        '任务调整',
        LEAVES,
      ),
    ).toEqual([{ indicatorCode: '1', from: '10000', to: '10361' }]);
    expect(() => buildAdjustment(current, [{ indicatorCode: '2', to: '5' }], '无', LEAVES)).toThrow(/没有要调整/);
    expect(() => buildAdjustment(current, [{ indicatorCode: '1', to: '9000' }], ' ', LEAVES)).toThrow(/理由/);
    expect(() => buildAdjustment(current, [{ indicatorCode: '1', to: '九千' }], '调', LEAVES)).toThrow(/不是一个数：请只填一个数/);
  });
  it('the 自评 reads the approved values and names each approved adjustment; pending or returned batches do not count', () => {
    const batches: AdjustmentBatch[] = [
      {
        id: 'a',
        batchNo: 1,
        reason: '任务调整',
        changes: [{ indicatorCode: '1', from: '10000', to: '10361' }],
        status: 'approved',
        decidedAt: '2022-08-01T00:00:00.000Z',
      },
      { id: 'b', batchNo: 2, reason: '再调', changes: [{ indicatorCode: '2', from: '5', to: '4' }], status: 'returned', decidedAt: null },
    ];
    const approved = approvedTargets(
      [
        { indicatorCode: '1', value: '10361', progress: 'cumulative' },
        { indicatorCode: '2', value: '5', progress: 'level' },
      ],
      batches,
    );
    expect(approved[1]!.adjustments).toEqual([]);
    const notes = adjustmentNotes(approved, new Map([['1', '检查人数']]));
    expect(notes).toEqual(['“检查人数”年度目标值经第1批调整，由“10000”调整为“10361”（理由：任务调整）']);
    const e = {
      indicators: [{ indicatorCode: '1', target: '9999', actual: '10780', score: null, deviationReason: null, applicable: true, achievement: null }],
      sections: [],
    } as unknown as Evaluation;
    const out = applyApprovedTargets(e, approved, new Map([['1', '检查人数']]));
    expect(out.indicators.map((i) => [i.indicatorCode, i.target, i.actual])).toEqual([
      ['1', '10361', '10780'],
      ['2', '5', null],
    ]);
    expect(out.sections).toHaveLength(1);
    expect(out.sections[0]!.paragraphs[0]).toBe('本年度绩效目标经批准后调整1项：“检查人数”年度目标值经第1批调整，由“10000”调整为“10361”（理由：任务调整）。');
    expect(applyApprovedTargets(out, approvedTargets([{ indicatorCode: '1', value: '1', progress: 'cumulative' }], []), new Map()).sections).toEqual([]);
  });
  it('monitoring reads a written target as one number', () => {
    expect(monitoredFigures({ operator: '>=' }, '≥10,361人')).toEqual({ operator: '>=', target: '10361' });
    expect(monitoredFigures({ operator: '<=' }, '约五')).toEqual({ operator: '<=', target: null });
    expect(monitoredFigures({ operator: 'yesNo' }, '是')).toEqual({ operator: 'yesNo', target: null });
  });
});

describe('defaultProgress', () => {
  it('quality rates and satisfaction are levels; counts, amounts and rates of progress accumulate', () => {
    expect(defaultProgress({ name: '验收合格率' })).toBe('level');
    expect(defaultProgress({ name: '服务对象满意度' })).toBe('level');
    expect(defaultProgress({ name: '信息发布及时率' })).toBe('level');
    expect(defaultProgress({ name: '预算执行率', source: { kind: 'budgetExecution' } })).toBe('cumulative');
    expect(defaultProgress({ name: '项目完成率' })).toBe('cumulative');
    expect(defaultProgress({ name: '宣传覆盖率' })).toBe('cumulative');
    expect(defaultProgress({ name: '受益（服务）人数' })).toBe('cumulative');
    expect(defaultProgress({ name: '救助金发放' })).toBe('cumulative');
  });
});

describe('normalizeTargetValue: a target value stored and shown as a number reads', () => {
  it('full-width digits and thousands separators go; comparison words and units stay', async () => {
    const { normalizeTargetValue } = await import('./targets.js');
    expect(normalizeTargetValue('９５')).toBe('95');
    expect(normalizeTargetValue('1,200')).toBe('1200');
    expect(normalizeTargetValue(' 1，234，567.5 ')).toBe('1234567.5');
    expect(normalizeTargetValue('≥1,200人')).toBe('≥1200人');
    expect(normalizeTargetValue('９５％')).toBe('95%');
    expect(normalizeTargetValue('≥90%')).toBe('≥90%');
    expect(normalizeTargetValue('不低于９０')).toBe('不低于90');
  });
  it('text that is not one number is only trimmed', async () => {
    const { normalizeTargetValue } = await import('./targets.js');
    expect(normalizeTargetValue(' 良好 ')).toBe('良好');
    expect(normalizeTargetValue('10-20')).toBe('10-20');
    expect(normalizeTargetValue('1,20')).toBe('1,20');
    expect(normalizeTargetValue('２０２６年１２月')).toBe('２０２６年１２月');
  });
  it('validateTargetValues stores the normalised value', () => {
    const leaves = [{ code: '2.1.1', name: '服务人数', operator: '>=' }] as unknown as IndicatorDef[];
    expect(validateTargetValues([{ indicatorCode: '2.1.1', value: '1,200', progress: 'cumulative' }], leaves)[0]!.value).toBe('1200');
  });
});
