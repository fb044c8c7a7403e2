// A 项目支出绩效自评表 whose cells a converter scrambled (our own words, invented figures): row labels inside the
// header, empty cells dropped or written —, two rows with no label between them.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';
import { scrambledForms } from './scrambledForms.js';

const load = (text: string) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), { year: 2031 });
const line = (r: ReturnType<typeof load>, key: string) => r.draft.budgetLines.find((l) => l.key === key);
const FORM = (values: string, unit = '(万元)') =>
  `某县项目支出绩效自评表 (2031年度) 项目名称 乡村书屋补助资金 主管部门 某县文旅局 项目资金 年初预算数 ${unit} 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 ${values} 预期目标 实际完成情况 一级指标`;

describe('a scrambled 自评表: the form’s own order lays out its money rows', () => {
  it('two rows run together: the total and 当年财政拨款 by their 执行率 (40.5 / 42.3 = 96%); 上年结转资金 — — states nothing', () => {
    const text = FORM('42.30 40.50 10 96% 9 42.30 40.50 — 96% — 上年结转资金 — — 其他资金 — —');
    const [t] = scrambledForms([text], new Set());
    expect(t!.rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['年度资金总额', '', '42.30', '40.50'],
      ['当年财政拨款', '', '42.30', '40.50'],
    ]);
    const r = load(text);
    expect(line(r, 'total')).toMatchObject({ adjusted: '42.3', executed: '40.5' });
    expect(line(r, 'fiscal')).toMatchObject({ adjusted: '42.3', executed: '40.5' });
    // placed, so not listed again as numbers of an unread table
    expect(r.unplaced.join('\n')).not.toMatch(/^4[02]\.[35]0 — 表格中的数/m);
  });

  it('a row labelled after the header (| table saved from a sheet, 元): the 其中 row writes the total’s amounts again', () => {
    const text = [
      '| 项目名称 | 校舍维修资金 | 主管部门 | 某县教育局 | 项目资金 (元) |',
      '| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |',
      '| 250000.00 | 250000.00 | 10 | 100% | 10 | 其中:当年财政 拨款 |',
      '| 250000.00 | 250000.00 | — |',
      '| — | 上年结转 资金 |',
    ].join('\n');
    const r = load(text);
    expect(line(r, 'total')).toMatchObject({ adjusted: '25', executed: '25' });
    expect(line(r, 'fiscal')).toMatchObject({ adjusted: '25', executed: '25' });
  });

  it('what the cut leaves open stays open: 9 is the 得分 or the next row’s 年初预算数', () => {
    const [t] = scrambledForms([FORM('42.30 40.50 10 96% 9 42.30 40.50 — 96% —')], new Set());
    expect(t!.rows[1]).toEqual(['年度资金总额', '', '42.30', '40.50', '10', '96%', '']);
  });

  it.each([
    ['a rate that does not hold (40.5 / 42.3 is not 90%)', FORM('42.30 40.50 10 90% 9 42.30 40.50 — 90% —')],
    ['no unit anywhere near the header', FORM('42.30 40.50 10 96% 9', '')],
    ['two amounts and no rate: which columns is unknown', FORM('42.30 40.50 上年结转资金 — —')],
  ])('look-alike: %s — nothing read', (_, text) => {
    expect(scrambledForms([text], new Set())).toEqual([]);
    const r = load(text);
    expect(line(r, 'total')?.adjusted ?? '').toBe('');
    expect(line(r, 'total')?.executed ?? '').toBe('');
  });

  it('look-alike: a header out of the form’s order is no scrambled form (the flat table reader takes it as written)', () => {
    expect(scrambledForms(['项目资金(万元) 全年执行数 年初预算数 全年预算数 执行率 年度资金总额 其中:当年财政拨款 40.50 42.30 96%'], new Set())).toEqual([]);
  });

  it('a form laid out in order is read once, by the table reader', () => {
    const text = ['项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分', '年度资金总额 | 42.30 | 42.30 | 40.50 | 10 | 96% | 9'].join(
      '\n',
    );
    const r = load(text);
    expect(line(r, 'total')).toMatchObject({ initial: '42.3', adjusted: '42.3', executed: '40.5' });
    expect(r.recognised.placed.filter((p) => p.cell === '年度资金总额 · 全年执行数')).toHaveLength(1);
  });
});
