// Text and tables about the same figures, and tables flattened one cell per line (our own invented
// passages in the shapes of converted PDF and web pages).
import { describe, expect, it } from 'vitest';
import { errors } from '../../../test/helpers/relations.js';
import { parseText } from '../../documents/import/structure.js';

// "X |" lines, "X⏎|" pairs (an empty cell is a second "|"), or bare lines
const cells = (lines: string[], sep: 'suffix' | 'line' | 'bare') =>
  (sep === 'suffix' ? lines.map((c) => `${c} |`) : sep === 'line' ? lines.flatMap((c) => (c ? [c, '|'] : ['|'])) : lines).join('\n');

describe('one-cell-per-line tables', () => {
  const grid = ['项目', '预算数', '决算数', '公务接待费', '16.5', '12.4', '公务用车运行维护费', '20', '17.8', '合计', '36.5', '30.2'];
  it.each(['suffix', 'line', 'bare'] as const)('reads rows back (%s)', (sep) => {
    const doc = parseText(`某局“三公”经费支出表\n单位：万元\n${cells(grid, sep)}\n二、说明如下。`);
    expect(doc.tables.map((t) => t.rows)).toEqual([
      [
        ['项目', '预算数', '决算数'],
        ['公务接待费', '16.5', '12.4'],
        ['公务用车运行维护费', '20', '17.8'],
        ['合计', '36.5', '30.2'],
      ],
    ]);
    expect(errors(`某局“三公”经费支出表\n单位：万元\n${cells(grid, sep)}`)).toEqual([]);
    expect(
      errors(
        `某局“三公”经费支出表\n单位：万元\n${cells(
          grid.map((c) => (c === '30.2' ? '31.2' : c)),
          sep,
        )}`,
      ),
    ).toContainEqual(['tableTotal', 31.2, 30.2]);
  });
  it('a group header over its 合计 column names that column; an empty cell is a cell', () => {
    const doc = parseText(
      cells(
        [
          '年度',
          '合计',
          '公务接待费',
          '公车购置及运行维护费',
          '合计',
          '车辆购置',
          '车辆运行',
          '2022年',
          '60',
          '20',
          '40',
          '',
          '40',
          '2023年',
          '55',
          '18',
          '37',
          '5',
          '32',
        ],
        'line',
      ),
    );
    expect(doc.tables[0]!.rows[0]).toEqual(['年度', '合计', '公务接待费', '公车购置及运行维护费', '车辆购置', '车辆运行']);
    expect(doc.tables[0]!.rows[1]).toEqual(['2022年', '60', '20', '40', '', '40']);
  });
  it('short prose lines and page numbers stay prose', () => {
    const doc = parseText('第一部分\n单位概况\n7\n主要职能\n内设机构\n人员情况\n8');
    expect(doc.tables).toEqual([]);
  });
});

describe('text against a table', () => {
  const table = cells(['年度', '公务接待费', '公务用车运行维护费', '2022年', '26', '48', '2023年', '24', '45'], 'line');
  it('a figure of the text that the table states differently is an error, once another figure agrees', () => {
    const ok = `2023年“三公”经费支出69万元，其中公务接待费24万元，公务用车运行维护费45万元。\n${table}`;
    expect(errors(ok)).toEqual([]);
    expect(errors(ok.replace('公务用车运行维护费45万元', '公务用车运行维护费46万元'))).toContainEqual(['same', 46, 45]);
  });
  it('the year of a figure is the one its own level states, never that of a comparison base', () => {
    expect(errors(`2023年“三公”经费支出69万元，较2022年的74万元有所下降。公务接待费24万元，公务用车运行维护费45万元。\n${table}`)).toEqual([]);
  });
  it('without an agreeing figure, or when the year is not told, nothing is compared', () => {
    expect(errors(`2023年公务用车运行维护费46万元。\n${table}`)).toEqual([]);
    expect(errors(`公务接待费24万元，公务用车运行维护费46万元。\n${table}`)).toEqual([]);
  });
  it('与预算相比 with the budget only in the table', () => {
    const t = `单位：万元\n${cells(['项目', '预算数', '决算数', '公务接待费', '12', '8.5', '公务用车运行维护费', '11', '9.6'], 'suffix')}`;
    expect(errors(`${t}\n1.公务接待费支出8.5万元，与年度预算相比，减少3.5万元。\n2.公务用车运行维护费支出9.6万元，与年度预算相比，减少1.4万元。`)).toEqual([]);
    expect(errors(`${t}\n1.公务接待费支出8.5万元，与年度预算相比，减少0.5万元。`)).toEqual([['difference', 0.5, 3.5]]);
    expect(errors(`${t}\n2.公务用车运行维护费支出9.6万元，与年度预算相比无变化。`)).toEqual([['difference', 0, -1.4]]);
  });
  it("比上年预算 / 比 an earlier year's 预算 is not the table's budget: nothing compared", () => {
    const t = `2024年三公经费预算表\n单位：万元\n${cells(['项目', '预算数', '合计', '30', '公务接待费', '12', '公务用车运行费', '18'], 'suffix')}`;
    const text = `${t}\n2024年三公经费预算30万元。（一）公务接待费支出12万元，比2023年预算减少3万元，下降20%。（二）公务用车运行费支出18万元，比上年预算减少2万元。`;
    expect(errors(text)).toEqual([]);
    // the same year as the table's is still its budget
    const ours = `单位：万元\n${cells(['项目', '预算数', '决算数', '公务接待费', '12', '8.5', '公务用车运行维护费', '11', '9.6'], 'suffix')}`;
    expect(errors(`${ours}\n1.公务接待费支出8.5万元，与2024年度预算相比，减少0.5万元。`)).toEqual([['difference', 0.5, 3.5]]);
  });
});

describe('a headline restating the body', () => {
  const body =
    '某县文旅局一季度政府采购节约资金58万余元\n发布时间：2024-04-10\n一季度，我局实施政府采购合同金额1260.40万元，比预算的1318.90万元节约资金58.50万元，节约率为4.4%。';
  it('万余 means the figure and a bit: 58.50 is, 68.50 is not', () => {
    expect(errors(body)).toEqual([]);
    expect(errors(body.replace('1260.40', '1250.40').replace('58.50', '68.50').replace('4.4%', '5.2%'))).toEqual([['same', 58, 68.5]]);
  });
  it('a bound word (突破, 近) or another period is not compared', () => {
    expect(errors(body.replace('节约资金58万余元', '节约资金突破50万元'))).toEqual([]);
    expect(errors(body.replace('一季度政府采购节约资金58万余元', '上半年政府采购节约资金90万余元'))).toEqual([]);
  });
});

describe('a share whose total is not in the sentence', () => {
  it('sibling parts bound their total from below: no share above its part over their sum', () => {
    const text = '（二）按支出性质分类。\n1.基本支出预算 1,860,000.00 元，占一般公共预算支出的77.50%。\n2.项目支出 540,000.00 元，占一般公共预算支出的22.50%。';
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('22.50%', '27.50%'))).toEqual([['share', 27.5, 22.5]]);
    // a share below the bound may be of a larger total (an unlisted part): not an error
    expect(errors(text.replace('22.50%', '20.50%'))).toEqual([]);
  });
  it('the total found in a table, once another figure of the text agrees with the table', () => {
    const table = `单位：万元\n${cells(['项目', '决算数', '本年支出', '250', '基本支出', '190', '项目支出', '60'], 'suffix')}`;
    expect(errors(`${table}\n本年基本支出190万元。项目支出60万元，占本年支出的24.00%。`)).toEqual([]);
    expect(errors(`${table}\n本年基本支出190万元。项目支出60万元，占本年支出的30.00%。`)).toEqual([['share', 30, 24]]);
  });
});
