// Budget or actual from the whole clause, and the balances of a 其中 list (our own sentences, invented
// figures, in the shapes 决算说明 and 自评报告 take: 安排…，比年初预算减少…; 年初结转和结余…，其中基本支出结转…).
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (title: string, ...lines: string[]) =>
  importEvaluation(parseText([title, '一、收支情况', ...lines].join('\n')), { year: Number(/(20\d\d)年/.exec(title)![1]) });
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => `${p.cell}=${p.value}`);
const reasonOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.filter((u) => u.startsWith(`${text} — `)).map((u) => u.split(' — ')[1]);
const FINAL = '2023年度某某局部门决算';
const SELF = '2023年度某某站部门整体支出绩效自评报告';

describe('安排 set against this year’s budget is what was spent', () => {
  it('安排“三公”经费X，比年初预算减少… fills the 决算数, not the 预算数', () => {
    const r = load(FINAL, '2023年安排“三公”经费21.40万元，比年初预算减少2.60万元，下降10.8%。');
    expect(cellOf(r, '21.40万元')).toEqual(['“三公”经费合计 · 决算数=21.4']);
    expect(r.draft.threePublic).toEqual([{ item: 'total', budget: null, actual: '21.4' }]);
  });

  it('the items of its 其中 list follow the total (公务接待费, 公务用车运行维护费 → 决算数)', () => {
    const r = load(FINAL, '2023年共安排“三公”经费支出9.30万元，比年初预算节约0.70万元，其中公务接待费3.10万元，公务用车运行维护费6.20万元。');
    expect(cellOf(r, '9.30万元')).toEqual(['“三公”经费合计 · 决算数=9.3']);
    expect(cellOf(r, '3.10万元')).toEqual(['公务接待费 · 决算数=3.1']);
    expect(cellOf(r, '6.20万元')).toEqual(['公务用车运行维护费 · 决算数=6.2']);
  });

  it('公务接待费安排X，较年初预算减少…: 安排 after the item is a stage word, the figure is the 决算数', () => {
    const r = load(FINAL, '2023年公务接待费安排1.85万元，较年初预算减少0.15万元。');
    expect(cellOf(r, '1.85万元')).toEqual(['公务接待费 · 决算数=1.85']);
  });

  it('look-alike: 安排 compared with last year’s budget stays a budget (预算数)', () => {
    const r = load('2024年度某某站部门预算', '2024年安排“三公”经费7.00万元，比上年预算减少0.50万元。');
    expect(cellOf(r, '7.00万元')).toEqual(['“三公”经费合计 · 预算数=7']);
  });

  it('look-alike: 安排 with only 比上年 is the plan (预算数); 安排 beside 实际支出 too', () => {
    expect(cellOf(load(SELF, '2023年“三公”经费安排5.50万元，比上年减少0.40万元。'), '5.50万元')).toEqual(['“三公”经费合计 · 预算数=5.5']);
    const r = load(SELF, '2023年安排“三公”经费4.80万元，实际支出4.10万元。');
    expect(cellOf(r, '4.80万元')).toEqual(['“三公”经费合计 · 预算数=4.8']);
    expect(cellOf(r, '4.10万元')).toEqual(['“三公”经费合计 · 决算数=4.1']);
  });

  it('财政拨款安排的“三公”经费支出X: 安排的 names the money’s source, the figure is the 决算数', () => {
    const r = load(FINAL, '2023年度本单位一般公共预算财政拨款安排的“三公”经费支出2.45万元，较上年减少0.35万元。');
    expect(cellOf(r, '2.45万元')).toEqual(['“三公”经费合计 · 决算数=2.45']);
  });

  it('年初预算安排X，全年实际支出Y: Y is the 三公 决算数, not the unit’s 本年支出', () => {
    const r = load(SELF, '“三公”经费年初预算安排6.20万元，全年实际支出5.30万元，比年初预算减少0.90万元。');
    expect(cellOf(r, '6.20万元')).toEqual(['“三公”经费合计 · 预算数=6.2']);
    expect(cellOf(r, '5.30万元')).toEqual(['“三公”经费合计 · 决算数=5.3']);
    expect(r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total).toBeUndefined();
  });

  it('全年三公经费实际开支X，比预算节约…: 实际开支 after the item is its stage, the figure the 决算数', () => {
    const r = load(SELF, '全年三公经费实际开支2.15万元，比预算节约0.35万元。');
    expect(cellOf(r, '2.15万元')).toEqual(['“三公”经费合计 · 决算数=2.15']);
  });

  it('ambiguous: 一般公共预算财政拨款支出安排X，比年初预算增加… (the scope’s 预算 is no stage) — listed, not a 年初预算数', () => {
    const r = load(SELF, '2023年一般公共预算财政拨款支出安排227.00万元，比年初预算增加7.00万元。');
    expect(cellOf(r, '227.00万元')).toEqual([]);
    expect(reasonOf(r, '227.00万元')).toEqual(['安排数与本年预算相比，原文未写明是调整后预算还是实际支出，未入栏目']);
    expect(r.draft.budgetLines).toEqual([]);
  });

  it('“三公”经费安排支出X，较年初预算数减少…: the 三公 决算数, not a classification line of the unit', () => {
    const r = load(FINAL, '2023年“三公”经费安排支出6.40万元，较年初预算数减少0.60万元，其中公务接待费1.40万元。');
    expect(cellOf(r, '6.40万元')).toEqual(['“三公”经费合计 · 决算数=6.4']);
    expect(cellOf(r, '1.40万元')).toEqual(['公务接待费 · 决算数=1.4']);
  });

  it('安排项目支出资金X，实际支出Y: Y is the 项目支出 row’s 本年支出, not the unit’s total', () => {
    const r = load(SELF, '2023年安排项目支出资金64.00万元，实际支出61.50万元。');
    expect(cellOf(r, '61.50万元')).toEqual(['一般公共预算 · 项目支出 · 本年支出=61.5']);
    expect(cellOf(r, '64.00万元')).toEqual([]);
  });

  it('支出决算X，比年初预算增加…: the 决算 of the account', () => {
    const r = load(FINAL, '2023年度一般公共预算财政拨款支出决算264.30万元，比年初预算增加14.30万元，主要是追加了项目经费。');
    expect(cellOf(r, '264.30万元')).toEqual(['一般公共预算 · 合计 · 本年支出=264.3']);
  });

  it('ambiguous: an account’s 安排 set against the 年初预算 may be the adjusted budget — listed with the reason', () => {
    const r = load(FINAL, '2023年全年安排项目支出138.00万元，比年初预算增加18.00万元。');
    expect(cellOf(r, '138.00万元')).toEqual([]);
    expect(reasonOf(r, '138.00万元')).toEqual(['安排数与本年预算相比，原文未写明是调整后预算还是实际支出，未入栏目']);
    expect(r.draft.budget.find((b) => b.budgetType === 'general')?.rows.project).toBeUndefined();
  });
});

describe('the 年初预算 beside a 三公 item is that item’s budget', () => {
  it('“三公”经费支出X，年初预算为Y: Y is the 预算数, X the 决算数', () => {
    const r = load(FINAL, '2023年“三公”经费支出3.70万元，年初预算为4.50万元，差额0.80万元。');
    expect(cellOf(r, '3.70万元')).toEqual(['“三公”经费合计 · 决算数=3.7']);
    expect(cellOf(r, '4.50万元')).toEqual(['“三公”经费合计 · 预算数=4.5']);
  });

  it('公务接待费支出X，比年初预算Y减少…: the base Y is the 公务接待费 预算数', () => {
    const r = load(FINAL, '2023年公务接待费支出0.90万元，比年初预算1.30万元减少0.40万元。');
    expect(cellOf(r, '0.90万元')).toEqual(['公务接待费 · 决算数=0.9']);
    expect(cellOf(r, '1.30万元')).toEqual(['公务接待费 · 预算数=1.3']);
  });

  it('look-alike: the base of the unit’s 本年支出 stays out of every cell (对比的基数)', () => {
    const r = load(FINAL, '2023年本年支出318.00万元，比年初预算300.00万元增加18.00万元。');
    expect(cellOf(r, '318.00万元')).toEqual(['一般公共预算 · 合计 · 本年支出=318']);
    expect(cellOf(r, '300.00万元')).toEqual([]);
    expect(r.draft.threePublic).toEqual([]);
  });

  it('部门年初预算数 / 全年预算数 / 全年执行数 fill the 年度资金总额 line', () => {
    const r = load(SELF, '部门年初预算数380万元，全年预算数402万元，全年执行数398.60万元。');
    expect(cellOf(r, '380万元')).toEqual(['年度资金总额 · 年初预算数=380']);
    expect(cellOf(r, '402万元')).toEqual(['年度资金总额 · 全年预算数=402']);
    expect(cellOf(r, '398.60万元')).toEqual(['年度资金总额 · 全年执行数=398.6']);
  });
});

describe('收入总计 / 支出总计 beside a stated carry-over', () => {
  it('支出总计 stays out of 本年支出 and says what it holds', () => {
    const r = load(FINAL, '2023年度支出总计264.00万元，其中：本年支出250.00万元，年末结转和结余14.00万元。');
    expect(cellOf(r, '250.00万元')).toEqual(['一般公共预算 · 合计 · 本年支出=250']);
    expect(cellOf(r, '14.00万元')).toEqual(['一般公共预算 · 合计 · 年末结转和结余=14']);
    expect(reasonOf(r, '264.00万元')).toEqual(['收支总计含结转结余（报告写有结转结余），不是本年数（支出总计 = 本年支出 + 年末结转和结余，草稿没有总计栏目）']);
  });
});

describe('the carry-overs of a 其中 list take the total’s kind (年初 or 年末)', () => {
  it('年初结转和结余X，其中基本支出结转a，项目支出结转和结余b → the 年初 cells of each row', () => {
    const r = load(SELF, '年初结转和结余26.40万元，其中基本支出结转1.40万元，项目支出结转和结余25.00万元。');
    expect(cellOf(r, '26.40万元')).toEqual(['一般公共预算 · 合计 · 年初结转和结余=26.4']);
    expect(cellOf(r, '1.40万元')).toEqual(['一般公共预算 · 基本支出 · 年初结转和结余=1.4']);
    expect(cellOf(r, '25.00万元')).toEqual(['一般公共预算 · 项目支出 · 年初结转和结余=25']);
  });

  it('上年结转和结余 is the opening balance, 年末结转和结余 with the same 其中 words the closing one', () => {
    const r = load(FINAL, '上年结转和结余12.60万元。年末结转和结余31.50万元，其中基本支出结转0.50万元，项目支出结转和结余31.00万元。');
    expect(cellOf(r, '12.60万元')).toEqual(['一般公共预算 · 合计 · 年初结转和结余=12.6']);
    expect(cellOf(r, '0.50万元')).toEqual(['一般公共预算 · 基本支出 · 年末结转和结余=0.5']);
    expect(cellOf(r, '31.00万元')).toEqual(['一般公共预算 · 项目支出 · 年末结转和结余=31']);
  });

  it('上年结余结转 / 年末结余结转 (the words the other way round) are the same balances', () => {
    const r = load(FINAL, '上年结余结转资金3.60万元。年末结余结转4.10万元。');
    expect(cellOf(r, '3.60万元')).toEqual(['一般公共预算 · 合计 · 年初结转和结余=3.6']);
    expect(cellOf(r, '4.10万元')).toEqual(['一般公共预算 · 合计 · 年末结转和结余=4.1']);
  });

  it('收入总计 = 本年收入合计 + 上年结转: the 总计 stays out of 本年收入, with the reason in Chinese', () => {
    const r = load(FINAL, '本年收入合计402.00万元，上年结转和结余18.00万元，收入总计420.00万元。');
    expect(cellOf(r, '402.00万元')).toEqual(['一般公共预算 · 合计 · 本年收入=402']);
    expect(cellOf(r, '18.00万元')).toEqual(['一般公共预算 · 合计 · 年初结转和结余=18']);
    expect(cellOf(r, '420.00万元')).toEqual([]);
    expect(reasonOf(r, '420.00万元')).toEqual(['收支总计含结转结余，不是本年数（收入总计 = 本年收入 + 年初结转和结余，草稿没有总计栏目）']);
  });
});
