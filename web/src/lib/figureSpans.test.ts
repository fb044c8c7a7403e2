import { describe, expect, it } from 'vitest';
import { figureSpans } from './figureSpans.js';

describe('figureSpans', () => {
  it('marks a figure that stands once as a whole number', () => {
    expect(figureSpans('支出4.85万元，其中', '4.85万元')).toEqual([[2, 8]]);
    expect(figureSpans('分别为：20万元，30万元', '30万元')).toEqual([[9, 13]]);
    expect(figureSpans('2022年支出0万元', '0')).toEqual([[7, 8]]);
    expect(figureSpans('写 4.8 与 4.85', '4.8')).toEqual([[2, 5]]);
  });
  it('marks nothing inside a longer number, or where the figure stands twice', () => {
    expect(figureSpans('支出14.85万元', '4.85万元')).toEqual([]);
    expect(figureSpans('共1,133.50元', '133.50元')).toEqual([]);
    expect(figureSpans('年初0万元，年末0万元', '0万元')).toEqual([]);
    expect(figureSpans('支出4.85万元', '')).toEqual([]);
    expect(figureSpans('支出4.85万元', null)).toEqual([]);
  });
});
