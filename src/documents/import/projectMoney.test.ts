// A named project's money in prose (a heading, a list item, a sentence opening with the project) makes a key
// project with its budget and spending, as a project table would; the unit's own rows and the words that only
// look like a project stay out. Our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (...lines: string[]) => importEvaluation(textToDocument(Buffer.from(lines.join('\n'), 'utf8'), 'x.txt'), { year: 2031 });
const head = ['某区残疾人联合会2031年度部门整体支出绩效自评报告', '一、收支情况', '2031年本单位本年收入410万元，本年支出396万元。', '二、项目支出情况'];
const projects = (r: ReturnType<typeof load>) => r.draft.keyProjects.map((k) => [k.name, k.target, k.actual, k.unitOfMeasure]);
const total = (r: ReturnType<typeof load>) => r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total;

describe('a named project with its money becomes a key project', () => {
  it('（一）某某项目。 as run-in headings, 万元 with two decimals', () => {
    const r = load(
      ...head,
      '（一）盲人按摩培训项目。全年安排资金18.40万元，实际支出17.95万元，主要用于师资和教材。',
      '（二）辅具适配项目。年初预算9.00万元，执行数8.62万元。',
    );
    expect(projects(r)).toEqual([
      ['盲人按摩培训项目', '18.4', '17.95', '万元'],
      ['辅具适配项目', '9', '8.62', '万元'],
    ]);
    expect(total(r)).toMatchObject({ income: '410', expenditure: '396' });
    expect(r.unplaced).toEqual([]);
  });

  it('1.某某项目：… as numbered headings holding the money, and a list item mid-paragraph in 元', () => {
    const r = load(
      ...head,
      '1.助残就业补贴项目：安排资金26万元，实际支出25.2万元。',
      '本年实施的其他项目如下。（一）康复器材购置项目，全年安排资金132,500.00元，实际支出130,000.00元。',
    );
    expect(projects(r)).toEqual([
      ['助残就业补贴项目', '26', '25.2', '万元'],
      ['康复器材购置项目', '13.25', '13', '万元'],
    ]);
    expect(r.unplaced).toEqual([]);
  });

  it('a sentence opening with the project and its money, with figure links to the key project', () => {
    const r = load(...head, '无障碍设施改造项目全年安排资金40万元，实际支出38.5万元，完成改造120户。');
    expect(projects(r)).toEqual([['无障碍设施改造项目', '40', '38.5', '万元']]);
    const links = r.draft.sections.flatMap((s) => s.figures).filter((f) => f.ref.kind === 'keyProject');
    expect(links.map((f) => f.text)).toEqual(['40万元', '38.5万元']);
  });
});

describe('look-alikes that make no key project', () => {
  it('项目支出 is a row of the unit’s account, 项目 counted is no project named', () => {
    const r = load(...head, '项目支出安排资金60万元，实际支出58万元。', '三、项目管理情况', '全年实施项目5个，安排资金60万元。');
    expect(r.draft.keyProjects).toEqual([]);
  });

  it('a cause clause naming a project is not the project’s money', () => {
    const r = load(...head, '因残疾人之家建设项目延期，年末结转下年使用14万元。');
    expect(r.draft.keyProjects).toEqual([]);
    expect(total(r)).toMatchObject({ closing: '14' });
  });

  it('a project’s own report keeps its money on the 年度资金总额 line', () => {
    const r = load('某区2031年度盲人按摩培训项目支出绩效自评报告', '一、项目资金情况', '（一）盲人按摩培训项目。全年安排资金18.40万元，实际支出17.95万元。');
    expect(r.draft.keyProjects).toEqual([]);
  });
});

describe('a project report’s money named by its work (no 项目 in the name), and its level sources', () => {
  const report = (...lines: string[]) => load('某县乡村道路提升项目绩效自评报告 3', '一、项目基本情况', '（二）资金安排情况', ...lines);
  const line = (r: ReturnType<typeof load>) => r.draft.budgetLines.find((l) => l.key === 'total');
  const reasonOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.find((u) => u.startsWith(`${text} — `))?.split(' — ')[1];

  it('…任务安排资金X万 / …任务资金支付Y万元 fill 年度资金总额; 中央/省/市/县 parts are listed as level sources', () => {
    const r = report(
      '2031年，用于农村公路和桥梁养护建设任务安排资金4820.5万。其中，央省3100.2万元、市级600万元、县级1120.3万元，资金已全部到位。',
      '二、绩效目标完成情况分析',
      '2031年，农村公路和桥梁养护建设任务资金支付4700.5万元，未支120万元，支付率97.5%。',
    );
    expect(line(r)).toMatchObject({ label: '年度资金总额', initial: '4820.5', executed: '4700.5' });
    for (const part of ['3100.2万元', '600万元', '1120.3万元']) expect(reasonOf(r, part)).toBe('按级次的资金来源（中央、省、市、县），草稿没有这一栏目');
    expect(r.draft.budget).toEqual([]);
  });

  it('look-alikes: a part of a 其中 list and a unit report’s task money stay listed; a long label shows its end', () => {
    const r = report('2031年安排资金900万元，其中：危桥改造任务安排资金300万元，路面修补任务安排资金600万元。');
    expect(line(r)?.initial).toBe('900');
    expect(reasonOf(r, '300万元')).toBeDefined();
    const u = load(...head, '全区农村公路和危旧桥梁养护建设任务安排资金4820.5万元。');
    expect(u.draft.budgetLines).toEqual([]);
    const g = load(...head, '全区地方一般公共预算收入完成5210万元，省级结转资金36万元。');
    for (const t of ['5210万元', '36万元']) expect(reasonOf(g, t)).not.toBe('按级次的资金来源（中央、省、市、县），草稿没有这一栏目');
    expect(reasonOf(u, '4820.5万元')).toBe('未知标签“…农村公路和危旧桥梁养护建设任务安排资金”，没有对应栏目');
  });
});
