// A paragraph ending in "主要用于以下方面：" opens a numbered list of the amount its sentence states, one item a
// paragraph, each with its share (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, find } from '../../../test/helpers/relations.js';

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
