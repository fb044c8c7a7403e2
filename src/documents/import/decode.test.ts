// Text files: UTF-8 (with a stray byte from a cut copy) stays UTF-8; real GB18030 is still read as such.
import { describe, expect, it } from 'vitest';
import { decodeText, ReadError, textToDocument } from './read.js';

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

  it('a GBK report of some length is read (GB2312 hanzi and punctuation)', () => {
    // 本年支出，。 repeated: B1BE C4EA D6A7 B3F6 A3AC A1A3
    const unit = [0xb1, 0xbe, 0xc4, 0xea, 0xd6, 0xa7, 0xb3, 0xf6, 0xa3, 0xac, 0xa1, 0xa3, 0x31, 0x30, 0x0a];
    const bytes = new Uint8Array(Array.from({ length: 40 }, () => unit).flat());
    expect(decodeText(bytes)).toBe('本年支出，。10\n'.repeat(40));
  });
});

describe('a .txt that is not text', () => {
  const noise = (n: number, from: number, span: number) => {
    let x = 11;
    return new Uint8Array(Array.from({ length: n }, () => from + (((x = (x * 1103515245 + 12345) % 2147483648) >> 16) % span)));
  };
  const refused = (bytes: Uint8Array) => {
    try {
      textToDocument(bytes, 'x.txt');
    } catch (e) {
      return e instanceof ReadError ? e.message : `other: ${String(e)}`;
    }
    return 'read';
  };
  it('random high bytes (no NUL, invalid UTF-8) are refused as not text', () => {
    expect(refused(noise(4000, 0x80, 128))).toContain('不像是文本');
  });
  it('bytes of every value but NUL are refused', () => {
    expect(refused(noise(4000, 1, 255))).toContain('不像是文本');
  });
  it('valid UTF-8 made mostly of control characters is refused', () => {
    expect(refused(noise(4000, 1, 31).map((b) => (b === 10 || b === 13 || b === 9 ? 1 : b)))).toContain('不像是文本');
  });
  it('white space only (spaces, tabs, ideographic space, zero-width space, a BOM) is refused', () => {
    expect(refused(utf8('\ufeff  \t\n\u3000\u200b\r\n \n'))).toContain('只有空白');
  });
  it('a report with a few tabs and form feeds is read (look-alike)', () => {
    expect(refused(utf8(`${text}\f\n\t${text}\x1a`))).toBe('read');
  });
});
