// A total, then its parts one frame at a time (在…方面 / 第一类…), no 其中 (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('parts one aspect a paragraph (在…方面)', () => {
  const t = [
    '今年全市共安排奖补资金860.5万元，扶持各类项目143个。',
    '在村庄整治方面，安排奖补资金412.3万元，扶持整治项目77个，改善了环境。',
    '在产业发展方面，安排奖补资金448.2万元，扶持种养项目66个，带动了增收。',
  ].join('\n');
  it('holds: the money and the counts each within their total', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'subset')).toEqual([
      ['ok', 860.5, 860.5],
      ['ok', 143, 143],
    ]);
  });
  it('a part made larger: error', () => {
    expect(errors(t.replace('412.3', '422.3'))).toEqual([['subset', 860.5, 870.5]]);
  });
  it('a count made larger: error', () => {
    expect(errors(t.replace('66个', '76个'))).toEqual([['subset', 143, 153]]);
  });
  it('a part one keystroke short: a slip', () => {
    expect(errors(t.replace('448.2', '438.2')).map((e) => e[0])).toEqual(['sum']);
  });
  it('aspects of another measure than the total are no parts (look-alike)', () => {
    const u = t.replace('安排奖补资金412.3万元', '带动社会投资912.3万元').replace('安排奖补资金448.2万元', '带动社会投资848.2万元');
    expect(errors(u)).toEqual([]);
    expect(ofKind(u, 'subset').map((r) => r[1])).toEqual([143]);
  });
  it('aspects two paragraphs away from each other are no run (look-alike)', () => {
    const u = t.replace('\n在产业', '\n下一步将继续推进。\n在产业').replace('412.3', '912.3');
    expect(errors(u)).toEqual([]);
  });
});

describe('parts class by class (第一类…第N类)', () => {
  const t =
    '上缴利润收入356.8亿元，增加12.4亿元。按企业类别分为四类：第一类为甲类企业，上交收入120.5亿元；第二类为乙类企业，上交收入150.1亿元；第三类为丙类企业，上交收入86.2亿元；第四类为政策性企业，免交。';
  it('holds', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'subset')).toEqual([['ok', 356.8, 356.8]]);
  });
  it('a class made larger: error', () => {
    expect(errors(t.replace('150.1', '160.1'))).toEqual([['subset', 356.8, 366.8]]);
  });
  it('classes numbered out of order are no list (look-alike)', () => {
    const u = t.replace('第二类为乙类', '第三类为乙类').replace('150.1', '950.1');
    expect(errors(u)).toEqual([]);
  });
  it('a class with two amounts of the head noun is not read (look-alike)', () => {
    const u = t.replace('上交收入120.5亿元', '上交收入620.5亿元，应交收入700.0亿元');
    expect(errors(u)).toEqual([]);
  });
});
