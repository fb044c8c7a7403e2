// Budget or actual, this year or another, the account's income or the unit's: the rules that keep a
// figure out of a cell it does not belong to (our own invented reports, in the shapes real ones take).
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (lines: string[], year?: number) => importEvaluation(parseText(lines.join('\n')), year ? { year } : {});
const cells = (r: ReturnType<typeof load>) => r.recognised.placed.map((p) => `${p.text}→${p.cell}`);
const unplacedOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.filter((u) => u.startsWith(`${text} — `));
const tp = (r: ReturnType<typeof load>, item: string) => r.draft.threePublic.find((l) => l.item === item);

describe('三公 items: 预算数 and 决算数 by the words of their sentence', () => {
  it('a sentence that spends (开支) is actual, a 预算 sentence with 其中 parts is budget', () => {
    const r = load(
      [
        '某县农机站2021年度“三公”经费情况',
        '本站2021年用一般公共预算财政拨款开支的出国(境)经费、车辆购置及运行费、公务接待费(简称“三公”经费)支出合计12.40万元。其中:因公出国(境)经费支出0万元;公务用车运行维护费支出4.1万元;公务接待费支出8.30万元。',
        '2021年“三公”经费支出预算合计13.00万元,比上年预算数减少1.2万元。其中:',
        '公务用车运行维护费支出预算4.5万元;与上年预算数持平。',
        '公务接待费支出预算8.5万元,比上年预算数减少1.2万元。',
      ],
      2021,
    );
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: '13', actual: '12.4' });
    expect(tp(r, 'reception')).toEqual({ item: 'reception', budget: '8.5', actual: '8.3' });
    expect(tp(r, 'vehicleOperation')).toEqual({ item: 'vehicleOperation', budget: '4.5', actual: '4.1' });
    expect(r.draft.budget).toEqual([]); // 支出合计 of the 三公 sentence is not the unit's expenditure
  });

  it('财政拨款安排“三公”经费 is a budget; its 其中 parts (in full-width or ASCII parentheses) follow it', () => {
    const r = load(
      [
        '2023年本部门财政拨款安排“三公”经费36.2 万元,比上年减少2 万元。其中:因公出国(境)费0 万元;公务用车购置及运行费30.00 万元(公务用车运行维护费30.00 万元);公务接待费6.2 万元。',
      ],
      2023,
    );
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: '36.2', actual: null });
    expect(tp(r, 'vehicles')?.budget).toBe('30');
    expect(tp(r, 'vehicleOperation')?.budget).toBe('30');
    expect(tp(r, 'reception')).toEqual({ item: 'reception', budget: '6.2', actual: null });
  });

  it('预算为…，实际支出…决算为…。其中…: the parts after 其中 take the stage of the last figure before them', () => {
    const r = load(
      ['2020年度“三公”经费财政拨款支出预算为30.50万元,2020年实际支出“三公经费”决算为18.25万元。其中公务接待费为15.05万元;公务用车运行维护费为3.20万元。'],
      2020,
    );
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: '30.5', actual: '18.25' });
    expect(tp(r, 'reception')).toEqual({ item: 'reception', budget: null, actual: '15.05' });
    expect(tp(r, 'vehicleOperation')).toEqual({ item: 'vehicleOperation', budget: null, actual: '3.2' });
  });

  it('公务接待支出 / 公务用车购置支出 name the items; last year’s figures stay out', () => {
    const r = load(
      [
        '2021年“三公”经费支出210万元,比上年累计支出230万元减少20万元。其中,公务用车购置支出40万元,比上年增加40万元;公务接待支出70万元,比上年累计支出95万元下降25万元。',
      ],
      2021,
    );
    expect(tp(r, 'total')?.actual).toBe('210');
    expect(tp(r, 'vehiclePurchase')?.actual).toBe('40');
    expect(tp(r, 'reception')?.actual).toBe('70');
    expect(cells(r).join(' ')).not.toMatch(/230|95万元/);
  });
});

describe('a budget document (预算 everywhere, 元) fills budget columns only', () => {
  const r = load([
    '(一)教育支出类科目 1,250,000.00 元,占支出总预算 80.13%。',
    '二、财政拨款收支预算情况说明',
    '2024 年财政拨款收支总预算 1,560,000.00 元。收入包',
    '括:一般公共预算拨款 1,540,000.00 元、上年结转结余',
    '20,000.00 元;支出包括:教育支出 1,250,000.00 元。',
    '三、一般公共预算支出情况说明',
    '2024 年本年一般公共预算拨款支出 1,540,000.00 元,',
    '其中:基本支出 1,540,000.00 元,项目支出 0元,具体支出预算如下。',
  ]);

  it('一般公共预算拨款 goes to the 本年财政拨款 line’s 年初预算数, exactly in 万元', () => {
    expect(r.draft.budgetLines).toEqual([{ key: 'fiscal', label: '本年财政拨款', initial: '154', adjusted: null, executed: null }]);
  });

  it('nothing lands in the year’s actual cells; each budget figure says why', () => {
    expect(r.draft.budget.filter((b) => Object.keys(b.rows).length)).toEqual([]);
    expect(unplacedOf(r, '1,540,000.00 元').some((u) => u.includes('预算数，不是本年实际数'))).toBe(true);
    expect(unplacedOf(r, '20,000.00 元')[0]).toContain('预算数，不是本年实际数');
  });
});

describe('the account’s income is what its sentence scopes, not the unit’s total', () => {
  it('一般公共预算财政拨款收入 fills the 一般公共预算 row; the unit’s 本年收入/支出合计 (with 其他收入) are listed', () => {
    const r = load(
      [
        '某县文化馆2022年度单位决算',
        '二、收入决算情况说明',
        '2022年本年收入合计520.60万元,其中:一般公共预算财政拨款收入480.10万元,占92.22%;政府性基金预算财政拨款收入0万元,占0%;其他收入40.50万元,占7.78%。',
        '三、支出决算情况说明',
        '2022年本年支出合计515.00万元,其中:基本支出300.00万元,占58.25%;项目支出215.00万元,占41.75%。',
      ],
      2022,
    );
    const g = r.draft.budget.find((b) => b.budgetType === 'general')!;
    expect(g.rows.total).toMatchObject({ income: '480.1' });
    expect(r.recognised.placed.filter((p) => ['515', '300', '215'].includes(p.value))).toEqual([]);
    expect(unplacedOf(r, '515.00万元')[0]).toContain('非财政拨款');
    expect(r.draft.budgetLines.find((l) => l.key === 'fiscal')?.executed).toBe('480.1');
    expect(r.draft.budgetLines.find((l) => l.key === 'other')?.executed).toBe('40.5');
    expect(unplacedOf(r, '520.60万元')[0]).toContain('句中未注明预算类型');
  });

  it('基本/项目 of the unit’s total go with it when the account’s own total differs (no 合计 ≠ 基本 + 项目 in the draft)', () => {
    const r = load(
      [
        '某幼儿园2019年度部门决算公开',
        '二、部门决算情况说明',
        '2019年度,本单位支出为600.00万元。其中:基本支出400.00万元,占66.67%;项目支出200.00万元,占33.33%。',
        '三、一般公共预算财政拨款支出决算情况',
        '2019年度,本单位一般公共预算财政拨款支出总计520.00万元,与上年相比减少12.3万元。',
      ],
      2019,
    );
    const g = r.draft.budget.find((b) => b.budgetType === 'general')!;
    expect(g.rows.total?.expenditure).toBe('520');
    expect(g.rows.basic).toBeUndefined();
    expect(unplacedOf(r, '400.00万元')[0]).toContain('其中的一项，所属总数 600.00万元 未入栏目');
  });

  it('一般公共预算财政拨款支出总计 with no 本年 or 结转 beside it is the year’s expenditure', () => {
    const r = load(
      [
        '某幼儿园2019年度部门决算公开',
        '三、一般公共预算财政拨款支出决算情况',
        '2019年度,本单位一般公共预算财政拨款支出总计845.20万元,与上年相比减少12.3万元。',
      ],
      2019,
    );
    expect(r.draft.budget[0]!.rows.total?.expenditure).toBe('845.2');
  });

  it('收入决算总计 beside 本年收入决算合计 holds carry-overs: the 本年 figure fills the cell', () => {
    const r = load(
      [
        '某市科协2022年度部门决算',
        '一、收入支出决算总体情况说明',
        '(一)收入决算总计210.35万元。包括:',
        '1.本年收入决算合计205.05万元。与上年决算相比,增加10.5万元。',
        '2.年初结转和结余5.30万元。与上年决算相比,减少1.2万元。',
      ],
      2022,
    );
    expect(r.draft.budget[0]!.rows.total).toMatchObject({ income: '205.05', opening: '5.3' });
    expect(unplacedOf(r, '210.35万元')[0]).toContain('收支总计');
  });

  it('预算收入…其中年初预算…: the total is the year’s adjusted budget, not income', () => {
    const r = load(
      [
        '2023年度某单位整体支出绩效自评报告',
        '二、一般公共预算支出情况',
        '2023年预算收入52.40万元,其中年初预算45.00万元,调整追加7.40万元。',
        '2023年支出50.10万元,其中基本支出50.10万元。',
      ],
      2023,
    );
    expect(r.draft.budgetLines.find((l) => l.key === 'total')).toMatchObject({ initial: '45', adjusted: '52.4' });
    expect(r.draft.budget[0]!.rows.total?.income).not.toBe('52.4');
    expect(r.draft.budget[0]!.rows.total?.expenditure).toBe('50.1');
  });
});

describe('whose money, which year: the level of a label, the 三公 items a sentence names, the year it opens with', () => {
  it('中央本级“三公经费”财政拨款预算 … 亿元 is the 三公 total’s budget, in 万元', () => {
    const r = load(['2024年市本级“三公经费”财政拨款预算3.25亿元中,因公出国(境)费0.42亿元,公务用车购置及运行费1.88亿元,公务接待费0.95亿元。'], 2024);
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: '32500', actual: null });
    expect(tp(r, 'vehicles')?.budget).toBe('18800');
  });

  it('…和公务接待费的财政拨款预算数、决算数 are the 三公 total, not the unit’s appropriation', () => {
    const r = load(['2019年因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数320.5万元、决算数298.12万元,2020年预算数310万元。'], 2019);
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: '320.5', actual: '298.12' });
    expect(r.draft.budgetLines).toEqual([]);
  });

  it('a sentence that opens with another year keeps its figures out, whatever their labels', () => {
    const r = load(
      [
        '2019年本局“三公经费”财政拨款预算中,因公出国(境)费50万元,公务用车购置及运行费120.4万元,公务接待费80万元。',
        '2020年本局“三公经费”财政拨款预算中,因公出国(境)费50万元(零增长),公务用车购置及运行费118万元(较2019年压缩2%),公务接待费80万元。',
      ],
      2019,
    );
    expect(tp(r, 'vehicles')).toEqual({ item: 'vehicles', budget: '120.4', actual: null });
    expect(r.recognised.placed.map((p) => p.text)).not.toContain('118万元'); // (a clash would have placed neither)
  });

  it('a year inside a parenthesis (含2022年转列的项目3个) is not the year of what follows it', () => {
    const r = load(
      ['2023年度某中心项目支出绩效自评报告', '一、基本情况', '2023年,本中心实施项目共9个(含2022年转列项目3个),调整预算后项目预算412.6万元。'],
      2023,
    );
    expect(r.draft.budgetLines.find((l) => l.key === 'total')?.adjusted).toBe('412.6');
  });

  it('比2021年 inside a sentence is a comparison, not the year of what follows', () => {
    const r = load(['2022年度“三公”经费支出决算总额为4.2万元,比2021年减少0.3万元;公务用车运行支出2.7万元,公务接待费支出决算1.5万元。'], 2022);
    expect(tp(r, 'vehicleOperation')?.actual).toBe('2.7');
    expect(tp(r, 'reception')?.actual).toBe('1.5');
  });
});
