// "在X当中，A a，B b": 在 and 当 frame the name of a total stated before (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeDocument } from './index.js';

const rel = (text: string) =>
  analyzeDocument(parseText(text))
    .relations.filter((r) => r.kind === 'subset' && r.parts.length === 3)
    .map((r) => [r.verdict, r.stated, r.computed]);

const text = '本年度本单位项目支出820.4万元，占总支出的40%，在项目支出当中，培训支出500.2万元，信息化支出300万元，宣传支出20.2万元。';

describe('在…当中 names the total of the list after it', () => {
  it('the parts are a part of the named total', () => {
    expect(rel(text)).toEqual([['ok', 820.4, 820.4]]);
  });
  it('parts exceeding the total are an error', () => {
    expect(rel(text.replace('500.2万元', '600.2万元'))).toEqual([['error', 820.4, 920.4]]);
  });
  it('look-alike: 在…当中 naming no total (在实施过程当中) binds nothing', () => {
    expect(rel(text.replace('在项目支出当中', '在实施过程当中').replace('500.2万元', '600.2万元'))).toEqual([]);
  });
});
