// A change against a named year (our own sentences, invented figures): "与2012年支出相比，压减C" after the
// 2012 figure and this year's — the two differ by C; look-alikes that assert nothing.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const diffs = (text: string) => ofKind(text, 'difference');

describe('与2012年支出相比，压减C: this year less the named year’s figure', () => {
  const text = '2012年“三公”经费财政拨款支出5236.40万元，2013年“三公”经费财政拨款预算4870.15万元，与2012年支出相比，压减366.25万元，减少7%。';
  it('holds, and 压减 is a fall whose rate is read too', () => {
    expect(diffs(text)).toEqual([['ok', 366.25, 366.25]]);
    expect(errors(text)).toEqual([]);
  });
  it('a wrong earlier figure, or a wrong cut, is an error', () => {
    expect(errors(text.replace('5236.40', '5336.40'))).toEqual([['difference', 366.25, 466.25]]);
    expect(errors(text.replace('366.25', '386.25'))).toContainEqual(['difference', 386.25, 366.25]);
  });
  it('a named item across sentences: the year’s figure of the same item', () => {
    const t = '2012年公务接待费支出812.30万元。2013年公务接待费预算760万元，与2012年支出相比，压减52.30万元。';
    expect(diffs(t)).toEqual([['ok', 52.3, 52.3]]);
    expect(errors(t.replace('812.30', '872.30'))).toEqual([['difference', 52.3, 112.3]]);
  });
  it('look-alikes: the named year’s budget when only its spending is written, or another item, assert nothing', () => {
    expect(diffs('2012年公务接待费支出812.30万元，2013年公务接待费预算760万元，与2012年预算相比，压减80.30万元。')).toEqual([]);
    expect(diffs('2012年会议费支出812.30万元，2013年公务接待费预算760万元，与2012年相比，压减80.30万元。')).toEqual([]);
  });
});

describe('this year’s figure labelled by its scope and stage only (2011年财政拨款预算B)', () => {
  const text = '在会议费方面，2020年会议费财政拨款支出600.00万元，2021年财政拨款预算540万元，与2020年支出相比，压减60.00万元，减少10%。';
  it('goes on with the figure right before it: ok', () => {
    expect(diffs(text)).toEqual([['ok', 60, 60]]);
    expect(errors(text)).toEqual([]);
  });
  it('a wrong earlier figure: error', () => {
    expect(errors(text.replace('600.00万元', '700.00万元'))).toEqual([['difference', 60, 160]]);
  });
  it('a figure of the named year that is not right before it asserts nothing (look-alike)', () => {
    const t = '2020年会议费财政拨款支出600.00万元，培训费支出80万元，2021年财政拨款预算540万元，与2020年支出相比，压减90.00万元。';
    expect(diffs(t)).toEqual([]);
    expect(errors(t)).toEqual([]);
  });
});
