// Tables flattened to text (one cell per line with "|", or a row per line) read through the relation
// model: our own invented tables, in the shapes real reports take.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string, year: number) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), { year });
const tp = (r: ReturnType<typeof load>, item: string) => r.draft.threePublic.find((l) => l.item === item);

describe('a 三公 table, one cell per line', () => {
  const text = [
    '一、2022年度一般公共预算财政拨款“三公”经费支出决算表',
    '单位:万元',
    '项 目 |',
    '预 算 数 |',
    '决 算 数 |',
    '合 计 |',
    '12.6 |',
    '9.35 |',
    '因公出国(境)费 |',
    '3 |',
    '|',
    '公务接待费 |',
    '4.6 |',
    '4.05 |',
    '公务用车购置及运行维护费 |',
    '5 |',
    '5.3 |',
    '其中:公务用车运行维护费 |',
    '5 |',
    '5.3 |',
  ].join('\n');
  const r = load(text, 2022);

  it('places each cell by its row label and its column: 预算数 and 决算数', () => {
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: '12.6', actual: '9.35' });
    expect(tp(r, 'overseas')).toEqual({ item: 'overseas', budget: '3', actual: null });
    expect(tp(r, 'reception')).toEqual({ item: 'reception', budget: '4.6', actual: '4.05' });
    expect(tp(r, 'vehicles')).toEqual({ item: 'vehicles', budget: '5', actual: '5.3' });
    expect(tp(r, 'vehicleOperation')).toEqual({ item: 'vehicleOperation', budget: '5', actual: '5.3' });
  });

  it('each placed cell keeps the row it came from', () => {
    const p = r.recognised.placed.find((x) => x.cell === '公务接待费 · 决算数')!;
    expect(p.sentence).toBe('表格：公务接待费 | 4.6 | 4.05');
    expect(r.unplaced.filter((u) => u.startsWith('表格行'))).toEqual([]);
  });
});

describe('a project self-evaluation table with a group header cell (年度预算数(万元) over 年初预算 …)', () => {
  const text = [
    '部门预算项目支出绩效自评表(2023年度) | | | | | | |',
    '预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |',
    '总额 | 12.00 | 15.50 | 14.88 | 96.00% | 10 | 9.6 |',
    '其中:财政资金 | 12.00 | 15.50 | 14.88 | 96.00% | / | / |',
    '单位资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / |',
  ].join('\n');
  const r = load(text, 2023);

  it('aligns the columns by the rate column and fills the 年度资金总额 and 财政拨款 lines', () => {
    expect(r.draft.budgetLines.find((l) => l.key === 'total')).toMatchObject({ initial: '12', adjusted: '15.5', executed: '14.88' });
    expect(r.draft.budgetLines.find((l) => l.key === 'fiscal')).toMatchObject({ initial: '12', adjusted: '15.5', executed: '14.88' });
  });

  it('weights, scores and rates are not amounts', () => {
    expect(r.recognised.placed.map((p) => p.value)).not.toContain('9.6');
    expect(r.recognised.placed.map((p) => p.value)).not.toContain('96');
  });
});

describe('收入支出决算总表 flattened a cell per line (label | 行次 | 金额), amounts in 元', () => {
  const text = [
    '某镇农业服务中心2021年部门决算',
    '收入支出决算总表',
    '金额单位:元',
    '项目 | 行次 | 金额',
    '一、一般公共预算财政拨款收入 | 1 | 1,234,500.00',
    '一、一般公共服务支出 | 29 | 1,100,000.00',
    '三、上级补助收入 | 3 | 50,000.00',
  ].join('\n');
  const r = load(text, 2021);

  it('converts 元 to 万元 exactly and fills the income lines and the 一般公共预算 income', () => {
    expect(r.draft.budgetLines.find((l) => l.key === 'fiscal')?.executed).toBe('123.45');
    expect(r.draft.budgetLines.find((l) => l.key === 'upperSubsidy')?.executed).toBe('5');
    expect(r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total?.income).toBe('123.45');
  });

  it('a functional class of expenditure is listed with its reason, not placed', () => {
    expect(r.unplaced.some((u) => u.includes('分类中的一项支出') && u.includes('表格：一、一般公共服务支出'))).toBe(true);
  });
});

describe('what a table does not say is not guessed', () => {
  it('no unit stated: nothing placed, the rows are listed', () => {
    const r = load(['项目 | 预算数 | 决算数', '公务接待费 | 4 | 3.5'].join('\n'), 2022);
    expect(r.draft.threePublic).toEqual([]);
    expect(r.unplaced).toContain('表格行：公务接待费 | 4 | 3.5');
  });

  it('a row label ending in the column’s word (总“三公”经费支出 under 2022年度支出) is read once', () => {
    const r = load(
      [
        '“三公”经费决算情况',
        '经费项目 | 2022年度支出 (万元) | 支出减少情况(万元) | 支出减少率',
        '公务接待费 | 3.1 | - | -',
        '总“三公”经费支出 | 7.45 | - | -',
      ].join('\n'),
      2022,
    );
    expect(tp(r, 'total')?.actual).toBe('7.45');
    expect(tp(r, 'reception')?.actual).toBe('3.1');
  });

  it('a column of another year is skipped', () => {
    const r = load(['“三公”经费情况(万元)', '项目 | 2021年度支出 | 2022年度支出', '公务接待费 | 6.1 | 5.2'].join('\n'), 2022);
    expect(tp(r, 'reception')).toEqual({ item: 'reception', budget: null, actual: '5.2' });
  });
});

describe('a 三公 table with 上年决算数 | 本年决算数 | 增减 columns', () => {
  const r = load(
    [
      '某某中心2023年度部门决算',
      '三、“三公”经费支出决算情况',
      '单位:万元',
      '项目 | 上年决算数 | 本年决算数 | 增减',
      '三公经费合计 | 20.5 | 18.2 | -2.3',
      '公务接待费 | 6.4 | 5.1 | -1.3',
      '公务用车购置及运行维护费 | 14.1 | 13.1 | -1',
    ].join('\n'),
    2023,
  );
  it('本年决算数 is this year’s 决算数', () => {
    expect(tp(r, 'total')?.actual).toBe('18.2');
    expect(tp(r, 'reception')?.actual).toBe('5.1');
    expect(tp(r, 'vehicles')?.actual).toBe('13.1');
  });
  it('look-alike: 上年决算数 goes to no cell', () => {
    expect(r.recognised.placed.filter((p) => ['20.5', '6.4', '14.1'].includes(p.value))).toEqual([]);
  });
});

describe('a 自评表 whose 项目类别 row lists options to tick above the money header', () => {
  const form = (kind: string) =>
    [
      '2023年度项目支出绩效自评表',
      '项目名称 | 某某示范区建设项目 |',
      `项目类别 | ${kind} |`,
      '预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |',
      '年度财政资金总额 | 64.5 | 60.2 | 93.33% | 18.67 |',
    ].join('\n');
  it('the money header below the options is the header: 预算数 and 执行数 are read', () => {
    const r = load(form('1、部门预算项目 £ 2、上级转移支付项目 R'), 2023);
    expect(r.recognised.placed.map((p) => `${p.cell}=${p.value}`)).toEqual(['年度资金总额 · 年初预算数=64.5', '年度资金总额 · 全年执行数=60.2']);
  });
  it('look-alike: the options row alone is no header, nothing is read as its column', () => {
    const r = load(
      ['2023年度项目支出绩效自评表', '项目名称 | 某某示范区建设项目 |', '项目类别 | 1、部门预算项目 £ 2、上级转移支付项目 R |', '某某资金 | 64.5 |'].join('\n'),
      2023,
    );
    expect(r.recognised.placed).toEqual([]);
  });
});
