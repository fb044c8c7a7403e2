// A sentence that opens with its own stated prior (比上年X P减少c，下降r%) after the level X closed the
// sentence before, in our own words with invented figures: the level is that X (the total of a
// 其中 list, not its last part), only when the prior names the same quantity.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

describe('比上年X P减少c after the level X of the sentence before', () => {
  const text =
    '2023年，全镇实现财政总收入8640.50万元，其中，一般转移支付收入7100.00万元，专项转移支付收入1540.50万元。比上年财政总收入9120.50万元减少480.00万元，下降5.26%。';
  it('the difference and the rate are of the total, not of its last part', () => {
    expect(rel(text, ['difference', 'yoy'])).toEqual([
      ['difference', 'ok', 480, 480],
      ['yoy', 'ok', -5.26, -5.26],
    ]);
    expect(errors(text.replace('8640.50', '8740.50'))).toContainEqual(['difference', 480, 380]);
    expect(errors(text.replace('480.00', '490.00'))).toContainEqual(['difference', 490, 480]);
  });
  it('with no 其中 list between', () => {
    const t = '全镇实现财政总收入8640.50万元。比上年财政总收入9120.50万元减少480.00万元，下降5.26%。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('9120.50', '9220.50'))).toContainEqual(['difference', 480, 580]);
  });
  it('a prior of another quantity is not compared with the level before', () => {
    const t = '全镇实现财政总收入8640.50万元。比上年税收收入5120.50万元减少480.00万元，下降8.57%。';
    expect(rel(t, ['difference', 'yoy'])).toEqual([]);
  });
});

describe('two comparisons with their own bases in one sentence', () => {
  const text = '2023年“三公”经费支出决算18.40万元，比预算数21.00万元减少2.60万元，下降12.38%，比上年决算数19.90万元减少1.50万元，下降7.54%。';
  it('each change is the level against its own base', () => {
    expect(rel(text, ['difference'])).toEqual([
      ['difference', 'ok', 2.6, 2.6],
      ['difference', 'ok', 1.5, 1.5],
    ]);
    expect(errors(text.replace('19.90', '20.90'))).toContainEqual(['difference', 1.5, 2.5]);
    expect(errors(text.replace('减少1.50', '减少1.70'))).toContainEqual(['difference', 1.7, 1.5]);
  });
  it('a second change with no base of its own stays unread (which level is not said)', () => {
    const t = '2023年“三公”经费支出决算18.40万元，比预算数21.00万元减少2.60万元，比上年减少1.70万元。';
    expect(rel(t, ['difference'])).toEqual([['difference', 'ok', 2.6, 2.6]]);
  });
});

describe('a department income list with no cue after its total', () => {
  const text = '2023年度本年收入合计860.00万元。财政拨款收入790.00万元，占91.86%；事业收入40.00万元，占4.65%；其他收入30.00万元，占3.49%。';
  it('财政拨款收入 is a kind of income, not a scope: the list splits the total', () => {
    expect(rel(text, ['sum'])).toEqual([['sum', 'ok', 860, 860]]);
    expect(errors(text.replace('790.00', '800.00'))).toContainEqual(['sum', 860, 870]);
  });
  it('a 一般公共预算 scope on a part is still a scope: nothing is split', () => {
    const t = '2023年度本年收入合计860.00万元。一般公共预算财政拨款收入790.00万元，其他收入60.00万元。';
    expect(errors(t)).toEqual([]);
  });
});
