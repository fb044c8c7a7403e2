// 比上年增加c where last year's figure stands only in a table's 上年数 / 2031年 column (our tables, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const table = (head: string, rows: string[]) => `一、收入支出决算总表\n单位：万元\n项目 | ${head}\n${rows.join('\n')}\n二、说明\n`;
const two = table('上年数 | 本年数', ['一般公共预算财政拨款支出 | 80.00 | 100.00', '项目支出 | 30.00 | 40.00']);

describe('a change against the table’s previous-year column', () => {
  it('c = a − the row’s 上年数 (ok and error)', () => {
    const t = `${two}本单位2032年一般公共预算财政拨款支出100.00万元，比上年增加20.00万元，增长25%。`;
    expect(rel(t, ['difference'])).toEqual([['difference', 'ok', 20, 20]]);
    expect(errors(t.replace('增加20.00万元，增长25%', '增加25.00万元，增长33.33%'))).toEqual([['difference', 25, 20]]);
  });
  it('columns of two years a year apart (2031年决算数 | 2032年决算数)', () => {
    const t = `${table('2031年决算数 | 2032年决算数', ['项目支出 | 30.00 | 40.00'])}本单位2032年项目支出40.00万元，比上年增加15.00万元，增长60%。`;
    expect(errors(t)).toEqual([['difference', 15, 10]]);
    expect(errors(t.replace('增加15.00万元，增长60%', '增加10.00万元，增长33.33%'))).toEqual([]);
  });
  it('look-alikes: a row whose current cell is not the level, columns of two stages, another basis, two fitting rows', () => {
    const says = '本单位2032年项目支出40.00万元，比上年增加15.00万元，增长60%。';
    expect(errors(`${table('上年数 | 本年数', ['项目支出 | 30.00 | 45.00'])}${says}`)).toEqual([]);
    expect(errors(`${table('2031年决算数 | 2032年预算数', ['项目支出 | 30.00 | 40.00'])}${says}`)).toEqual([]);
    expect(errors(`${table('上年数 | 本年数', ['项目支出 | 30.00 | 40.00'])}${says.replace('比上年', '比上年预算')}`)).toEqual([]);
    expect(errors(`${table('上年数 | 本年数', ['项目支出 | 30.00 | 40.00', '其他项目支出 | 28.00 | 40.00'])}${says.replace('项目支出40', '支出40')}`)).toEqual(
      [],
    );
    expect(errors(`${table('上年数 | 本年数', ['项目支出 | 30.00 | 40.00'])}${says.replace('比上年', '比同口径上年')}`)).toEqual([]);
  });
  it('two rows of that name and level with other priors: unsure', () => {
    const t = `${table('上年数 | 本年数', ['项目支出 | 30.00 | 40.00'])}${table('上年数 | 本年数', ['项目支出 | 25.00 | 40.00'])}本单位2032年项目支出40.00万元，比上年增加15.00万元，增长60%。`;
    expect(rel(t, ['difference'])).toEqual([['difference', 'unsure', 15, 10]]);
  });
});
