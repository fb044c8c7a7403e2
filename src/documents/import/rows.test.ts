import { describe, expect, it } from 'vitest';
import { parseCsv } from './rows.js';

describe('parseCsv', () => {
  it('handles quotes, commas and line breaks inside quotes, CRLF and blank lines', () => {
    expect(parseCsv('a,b\r\n"c, d","e ""f"""\n\n"g\nh",i\n')).toEqual([
      ['a', 'b'],
      ['c, d', 'e "f"'],
      ['g\nh', 'i'],
    ]);
  });
});
