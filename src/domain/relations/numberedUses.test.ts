// A paragraph ending in "主要用于以下方面：" opens a numbered list of the amount its sentence states, one item a
// paragraph, each with its share (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, find, relations } from '../../../test/helpers/relations.js';

const subsetsOf = (text: string, stated: number) =>
  relations(text)
    .filter((r) => r.kind === 'subset' && r.stated === stated)
    .map((r) => r.parts.map((p) => p.value));

const text = [
  '（二）一般公共预算财政拨款支出决算结构情况',
  '一般公共预算财政拨款支出 640.00 万元，主要用于以',
  '下方面：',
  '1.“一般公共服务”160.00 万元，占 25.00%；',
  '2.“教育支出”96.00 万元，占 15.00%；',
  '3.“城乡社区支出”384.00 万元，占 60.00%。',
].join('\n');

describe('主要用于以下方面： then numbered paragraphs', () => {
  it('the items are parts of the amount before the cue, their shares of it', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'share', 15)?.verdict).toBe('ok');
    expect(find(text, 'sum', 640)?.parts.map((p) => p.value)).toEqual([160, 96, 384]);
  });
  it('a wrong share is an error', () => {
    expect(errors(text.replace('占 15.00%', '占 17.00%'))).toEqual([['share', 17, 15]]);
  });
  it('items that overrun the amount are an error', () => {
    expect(errors(text.replace('“教育支出”96.00 万元，占 15.00%', '“教育支出”196.00 万元，占 15.00%')).map((e) => e[0])).toContain('sum');
  });
  it('a sentence of two amounts before the cue opens no list (look-alike)', () => {
    const t = text.replace('一般公共预算财政拨款支出 640.00 万元，', '基本支出 256.00 万元，项目支出 384.00 万元，');
    expect(errors(t.replace('占 15.00%', '占 17.00%'))).toEqual([]);
  });
});

describe('“X主要内容如下：” alone in its paragraph, X stated in the paragraphs before', () => {
  const budget = [
    '支出预算820.00万元，其中：财政拨款支出预算820.00万元，比上年预算减少15.00万元。',
    '财政拨款收入支出减少的主要原因是项目支出减少。',
    '财政拨款支出主要内容如下：',
    '1.“社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”120.00万元，主要用于离退休经费。',
    '2.“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”60.00万元，主要用于医疗保险缴费。',
    '3.“城乡社区支出（类）城乡社区管理事务（款）城管执法（项）”640.00万元，主要用于城管执法。',
  ].join('\n');
  it('the numbered items are parts of the amount of that name', () => {
    expect(errors(budget)).toEqual([]);
    expect(subsetsOf(budget, 820)).toContainEqual([120, 60, 640]);
  });
  it('items that overrun it are an error', () => {
    expect(errors(budget.replace('”640.00万元', '”740.00万元')).map((e) => e[0])).toContain('subset');
  });
  it('a name no amount before carries opens no list (look-alike)', () => {
    const t = budget.replace('财政拨款支出主要内容如下：', '政府采购主要内容如下：');
    expect(subsetsOf(t, 820)).toEqual([[820]]);
    expect(errors(t.replace('”640.00万元', '”740.00万元'))).toEqual([]);
  });
});
