// Text files: UTF-8 (with a stray byte from a cut copy) stays UTF-8; real GB18030 is still read as such.
import { describe, expect, it } from 'vitest';
import { decodeText } from './read.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = '本年支出合计100万元，其中基本支出60万元，项目支出40万元。'.repeat(3);

describe('decodeText', () => {
  it('reads valid UTF-8', () => {
    expect(decodeText(utf8(text))).toBe(text);
  });
  it('a UTF-8 file cut in the middle of its last character is still UTF-8', () => {
    const cut = utf8(`${text}支`).slice(0, -1);
    // the broken last character is dropped, everything before it kept
    expect(decodeText(cut)).toBe(text);
  });
  it('one stray byte inside a long UTF-8 text does not turn it into GB18030 noise', () => {
    const long = text.repeat(20);
    const bytes = utf8(long);
    const stray = new Uint8Array([...bytes.slice(0, 30), 0xff, ...bytes.slice(30)]);
    expect(decodeText(stray)).toBe(long);
  });
  it('GB18030 bytes are read as GB18030', () => {
    // 本年支出 in GB18030 (GBK)
    const gbk = new Uint8Array([0xb1, 0xbe, 0xc4, 0xea, 0xd6, 0xa7, 0xb3, 0xf6]);
    expect(decodeText(gbk)).toBe('本年支出');
  });
});
