// Statistical-bulletin prose (our own sentences, invented figures): each level is followed by its
// own change and rate with no 比上年 cue ("完成a，增加b，增长c%"). The changes are no parts of a
// 其中 list, a share is of the level and not of its change, and a classification given in a later
// paragraph splits the headline total, not a part of its 其中 list.
import { describe, expect, it } from 'vitest';
import { relations, errors, find } from '../../../test/helpers/relations.js';

describe('a level with its own bare change (完成a，增加b，增长c%)', () => {
  const text = '1-6月，全县支出完成500万元，增加40万元，增长8.7%。其中：本级完成200万元，增加10万元，增长5.26%；乡镇完成300万元，增加30万元，增长11.11%。';
  it('the changes are not counted as parts of the 其中 list', () => {
    expect(errors(text)).toEqual([]);
    const subset = relations(text).find((r) => r.kind === 'subset' || r.kind === 'sum');
    expect(subset?.parts.map((p) => p.value)).toEqual([200, 300]);
  });
  it('each rate is checked against its own change', () => {
    expect(find(text, 'yoy', 8.7)?.verdict).toBe('ok');
    expect(find(text, 'yoy', 11.11)?.verdict).toBe('ok');
    expect(errors(text.replace('增长5.26%', '增长5.62%'))).toEqual([['yoy', 5.62, 5.26]]);
  });
  it('负增长 is a fall', () => {
    const fall = '全市收入完成95万元，减少5万元，负增长5%。';
    expect(find(fall, 'yoy', -5)?.verdict).toBe('ok');
  });
});

describe('a share after a level and its change', () => {
  const text =
    '一、全区完成收入800万元，增加50万元，增长6.67%。⏎二、分结构看：完成税收收入600万元，增加40万元，增长7.14%，税收占全区收入的比重为75%；完成非税收入200万元，增加10万元，增长5.26%，非税收入占全区收入比重为25%。';
  it('takes the level as numerator and the headline total as denominator', () => {
    const t = text.replace('⏎', '\n');
    expect(errors(t)).toEqual([]);
    expect(find(t, 'share', 75)?.verdict).toBe('ok');
    expect(errors(t.replace('比重为75%', '比重为70%'))).toContainEqual(['share', 70, 75]);
  });
});

describe('a classification in a later paragraph', () => {
  const text =
    '一、累计完成收入900万元，增加60万元，增长7.14%。其中：本级收入600万元，增加40万元；上划收入300万元，增加20万元。\n二、分征收部门看：税务部门完成700万元，增加50万元；财政部门完成200万元，增加10万元。';
  it('splits the headline total, not the last part of its 其中 list', () => {
    expect(errors(text)).toEqual([]);
    const sum = relations(text).find((r) => r.kind === 'sum' && r.parts.some((p) => p.value === 700));
    expect(sum?.stated).toBe(900);
    expect(errors(text.replace('财政部门完成200万元', '财政部门完成250万元'))).toEqual([['sum', 900, 950]]);
  });
  it('also when a part of that list names another stage (地方公共财政预算收入)', () => {
    const t =
      '上半年，全区完成公共财政预算收入900万元，增长7%。其中：地方公共财政预算收入600万元，为预算的52%；上划收入300万元，为预算的48%。分部门看：税务部门完成700万元；财政部门完成200万元。';
    expect(errors(t)).toEqual([]);
    expect(relations(t).find((r) => r.kind === 'sum' && r.parts.some((p) => p.value === 700))?.stated).toBe(900);
  });
});

describe('a label ending with its verb (税收收入累计完成)', () => {
  const text =
    '6月，全区收入累计完成900万元，增长5%，其中：税收收入累计完成600万元；非税收入累计完成300万元。全区支出累计完成1200万元，其中：民生支出累计完成900万元，占全区支出的75%。';
  it('names the same concept as without the verb', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'share', 75)?.verdict).toBe('ok');
    expect(
      relations(text)
        .find((r) => r.kind === 'sum')
        ?.parts.map((p) => p.value),
    ).toEqual([600, 300]);
  });
  it('a planted error in the complete list is found', () => {
    expect(errors(text.replace('非税收入累计完成300万元', '非税收入累计完成350万元'))).toContainEqual(['sum', 900, 950]);
  });
});
