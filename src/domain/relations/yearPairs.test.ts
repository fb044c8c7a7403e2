// Two years of one item in one sentence, then their change and rate; a total pair with 其中 item pairs
// (our own sentences, invented figures): both verdicts, and look-alikes that relate nothing.
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const of = (text: string, kinds: string[]) =>
  relations(text)
    .filter((r) => kinds.includes(r.kind))
    .map((r) => [r.kind, r.verdict, r.stated, r.computed]);

const text =
  '2025年“三公”经费预算安排46万元，2024年“三公”经费预算安排61.80万元，与上年对比减少15.80万元。其中：1、公务接待费2025年预算11万元，2024年预算14.5万元；对比减少3.50万元；减少率24.14%。2、公务用车运行费2025年预算35万元，2024年预算47.3万元；对比减少12.30万元，减少率26.00%。';

describe('本年 a，上年 b，对比减少 c，减少率 r', () => {
  it('each change is the later year less the earlier, each rate the change over the earlier', () => {
    expect(of(text, ['difference', 'yoy'])).toEqual([
      ['difference', 'ok', 15.8, 15.8],
      ['difference', 'ok', 3.5, 3.5],
      ['yoy', 'ok', -24.14, -24.14],
      ['difference', 'ok', 12.3, 12.3],
      ['yoy', 'ok', -26, -26],
    ]);
  });
  it('a wrong earlier amount breaks its change, its rate and the year’s items', () => {
    const t = text.replace('2024年预算14.5万元', '2024年预算14.8万元');
    const bad = of(t, ['difference', 'yoy', 'subset']).filter((r) => r[1] === 'error');
    expect(bad).toEqual([
      ['difference', 'error', 3.5, 3.8],
      ['yoy', 'error', -24.14, -23.65],
      ['subset', 'error', 61.8, 62.1],
    ]);
  });
  it('the items of each year stay within the total (出国 not listed, so no full sum)', () => {
    const rs = of(text, ['subset', 'sum', 'changeSum']);
    expect(rs).toContainEqual(['subset', 'ok', 46, 46]);
    expect(rs).toContainEqual(['subset', 'ok', 61.8, 61.8]);
    // 2024年预算14.5 is the same item a year apart, never a second part of the 2025 total
    expect(rs.filter((r) => r[0] !== 'subset' || r[1] !== 'ok')).toEqual([]);
    expect(rs).not.toContainEqual(['subset', 'ok', 46, 25.5]);
  });
  it('a complete list adds up each year and in its changes', () => {
    const t =
      '2025年“三公”经费预算30万元，2024年预算36万元，比上年减少6万元。其中：因公出国（境）费2025年预算0万元，2024年预算2万元，减少2万元；公务接待费2025年预算10万元，2024年预算12万元，减少2万元；公务用车购置及运行维护费2025年预算20万元，2024年预算22万元，减少2万元。';
    expect(of(t, ['sum', 'changeSum']).map((r) => r[1])).toEqual(['ok', 'ok', 'ok']);
    const bad = t.replace('2024年预算36万元', '2024年预算38万元');
    expect(of(bad, ['difference', 'sum']).filter((r) => r[1] === 'error')).toEqual([
      ['difference', 'error', 6, 8],
      ['sum', 'error', 38, 36],
    ]);
  });
  it('two items of one year, or two years with no change after them, relate nothing', () => {
    expect(of('2025年接待费预算11万元，2025年会议费预算14.5万元，减少3.5万元。', ['difference', 'yoy'])).toEqual([]);
    expect(of('公务接待费2025年预算11万元，2024年预算14.5万元，主要用于接待考察。', ['difference', 'yoy'])).toEqual([]);
    expect(of('2025年培训费预算11万元，2024年会议费预算14.5万元；减少3.50万元。', ['difference', 'yoy'])).toEqual([]);
  });
});

describe('the earlier year of a pair is the prior of the change after it', () => {
  it('2024年X a，2023年X b，增加c，增长r%: r = c ÷ b, not c ÷ (b − c)', () => {
    const t = '2024年决算支出95万元，2023年决算支出88万元，增加7万元，增长7.95%。';
    expect(of(t, ['difference', 'yoy']).map((r) => r[1])).toEqual(['ok', 'ok']);
    expect(of(t.replace('增长7.95%', '增长8.95%'), ['yoy'])).toEqual([['yoy', 'error', 8.95, 7.95]]);
  });
  it('2024年比2023年多c', () => {
    const t = '2024年培训费120万元，2023年培训费100万元，2024年比2023年多20万元。';
    expect(of(t, ['difference'])).toEqual([['difference', 'ok', 20, 20]]);
    expect(of(t.replace('多20', '多25'), ['difference'])).toEqual([['difference', 'error', 25, 20]]);
  });
});

describe('本年 and 上年 instead of years', () => {
  const t = '公务接待费本年预算6.5万元，上年预算8万元，对比减少1.5万元，减少率18.75%。';
  it('the same pair, the change and the rate', () => {
    expect(of(t, ['difference', 'yoy'])).toEqual([
      ['difference', 'ok', 1.5, 1.5],
      ['yoy', 'ok', -18.75, -18.75],
    ]);
    expect(of(t.replace('上年预算8万元', '上年预算8.5万元'), ['difference', 'yoy']).map((r) => r[1])).toEqual(['error', 'error']);
  });
  it('上年结转 is no prior year of the item', () => {
    expect(of('本年收入6.5万元，上年结转8万元，减少1.5万元。', ['difference', 'yoy'])).toEqual([]);
  });
});

describe('a pair and its rate with no amount of change', () => {
  const t = '2025年会议费决算64万元，2024年会议费决算80万元，下降20%。';
  it('r = (a − b) ÷ b', () => {
    expect(of(t, ['yoy'])).toEqual([['yoy', 'ok', -20, -20]]);
    expect(of(t.replace('下降20%', '下降25%'), ['yoy'])).toEqual([['yoy', 'error', -25, -20]]);
    expect(of(t.replace('下降20%', '增长20%'), ['yoy'])[0]![1]).toBe('error');
  });
  it('two items, or a share after the pair, relate nothing', () => {
    expect(of('2025年会议费决算64万元，2025年培训费决算80万元，下降20%。', ['yoy'])).toEqual([]);
    expect(of('2025年会议费决算64万元，2024年会议费决算80万元，占比20%。', ['yoy'])).toEqual([]);
  });
});
