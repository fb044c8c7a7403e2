// A bracket right after a change that lists the changes of its items (our own words, invented figures):
// all of the change; with 主要 or 等 in it, or something said after the last item, only some of it.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const text = '与上年执行数相比，有以下变化。一是收入增加940万元，其中：本级收入增加410万元（税收增加260万元、非税增加150万元），上级补助收入增加530万元。';

describe('本级收入增加a（税收增加b、非税增加c）', () => {
  it('the bracketed changes add up to the change before them', () => {
    expect(ofKind(text, 'changeSum')).toContainEqual(['ok', 410, 410]);
    expect(errors(text)).toEqual([]);
  });
  it('a bracketed change that makes another total is an error', () => {
    expect(errors(text.replace('税收增加260', '税收增加290'))).toEqual([['changeSum', 410, 440]]);
  });
  it('look-alikes: the main items only, or more said in the bracket, is a subset', () => {
    expect(ofKind(text.replace('（税收增加260', '（主要是税收增加290'), 'changeSum').map((r) => r[0])).not.toContain('error');
    expect(ofKind(text.replace('非税增加150万元）', '非税增加150万元等）').replace('税收增加260', '税收增加290'), 'changeSum').map((r) => r[0])).not.toContain(
      'error',
    );
  });
});
