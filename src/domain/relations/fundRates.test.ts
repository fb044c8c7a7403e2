// Funds arrival and execution rates of a project's self-evaluation (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind, rel } from '../../../test/helpers/relations.js';

const rates = (text: string) => ofKind(text, 'rate');

describe('资金到位率 = 到位资金 ÷ 预算资金', () => {
  const text = (rate = '87.5') => `本年度该项目年初预算安排资金320万元，实际到位资金280万元，资金到位率${rate}%。`;
  it('holds, and a wrong rate is an error', () => {
    expect(rates(text())).toContainEqual(['ok', 87.5, 87.5]);
    expect(rates(text('92.5'))).toContainEqual(['error', 92.5, 87.5]);
  });
  it('two budgets before it (年初 and 调整后) leave the base unknown', () => {
    const two = '年初预算安排资金320万元，调整后预算资金300万元，实际到位资金280万元，资金到位率92.5%。';
    expect(rates(two).filter((r) => r[1] === 92.5)).toEqual([]);
  });
  it('an amount not yet arrived (未到位) is no numerator: the rate is (budget − not arrived) ÷ budget', () => {
    const look = (rate: string) => `本年度该项目年初预算安排资金320万元，尚未到位资金40万元，资金到位率${rate}%。`;
    expect(rates(look('87.5'))).toEqual([['ok', 87.5, 87.5]]);
    expect(rates(look('88.89'))).toEqual([['error', 88.89, 87.5]]);
  });
});

describe('预算执行率 of a paid amount over the budget of the paragraph before', () => {
  const doc = (rate = '75.5') =>
    ['一、资金情况', '本年度该项目年初预算安排资金160万元，由县财政全额保障。', `截至年底，项目已支付资金120.8万元，预算执行率为${rate}%。`].join('\n');
  it('holds, and a wrong rate is an error', () => {
    expect(rates(doc())).toContainEqual(['ok', 75.5, 75.5]);
    expect(rates(doc('78.5'))).toContainEqual(['error', 78.5, 75.5]);
  });
  it('a numbered paragraph is another item: its budget is not the one before', () => {
    const other = doc('78.5').replace('截至年底，项目', '（二）乙项目截至年底');
    expect(rates(other).filter((r) => r[0] === 'error')).toEqual([]);
  });
  it('年初 and 调整后 budgets in the paragraph before: the adjusted one is the base', () => {
    const two = doc('80.53').replace('由县财政全额保障', '调整后预算资金150万元');
    expect(rates(two)).toContainEqual(['ok', 80.53, 80.53]);
    expect(rates(two.replace('80.53%', '75.5%'))).toContainEqual(['error', 75.5, 80.53]);
  });
  it('two budgets of the same standing leave the base unknown', () => {
    const two = doc('78.5').replace('由县财政全额保障', '另下达计划资金150万元');
    expect(rates(two).filter((r) => r[1] === 78.5 && r[0] !== 'unsure')).toEqual([]);
  });
  it('到位率 with the budget in the paragraph before', () => {
    const arrived = (r: string) => ['本年度该项目调整后预算资金200万元。', `截至年底，实际到位资金190万元，资金到位率${r}%。`].join('\n');
    expect(rates(arrived('95'))).toContainEqual(['ok', 95, 95]);
    expect(rates(arrived('96'))).toContainEqual(['error', 96, 95]);
  });
  it('an amount of a part (基本支出支付) is not measured against the whole budget before', () => {
    const part = ['本年度部门预算安排资金800万元。', '截至年底，基本支出支付300万元，执行率90%。'].join('\n');
    expect(rates(part).filter((r) => r[0] === 'error')).toEqual([]);
  });
  it('a heading naming another item between them ends the paragraph before', () => {
    const headed = doc('78.5').replace('截至年底', '二、乙项目\n截至年底');
    expect(rates(headed).filter((r) => r[0] === 'error')).toEqual([]);
  });
  it('a section heading of the report does not (the one budget of the document, docRates.ts)', () => {
    const headed = doc('78.5').replace('截至年底', '二、执行情况\n截至年底');
    expect(rates(headed)).toContainEqual(['error', 78.5, 75.5]);
  });
});

describe('a 预算执行率 is never taken over the funds that arrived', () => {
  it('the budget stated in the paragraph is the base, not 实际到位资金', () => {
    const text = '该项目年初预算安排资金200万元，实际到位资金180万元，资金到位率为90%。截至年底已支出150万元，预算执行率为75%。';
    const rs = rates(text);
    expect(rs).toContainEqual(['ok', 75, 75]);
    expect(rs.filter((r) => r[0] === 'error')).toEqual([]);
    expect(rates(text.replace('75%', '80%'))).toContainEqual(['error', 80, 75]);
  });
});

describe('执行率 of the amount paid over the whole of the fund, one sentence', () => {
  const text = (r: string) => `项目资金共640万元，截至2024年11月30日，已完成拨付601.6万元，执行率${r}%。`;
  it('holds, and a wrong rate is an error', () => {
    expect(rates(text('94'))).toContainEqual(['ok', 94, 94]);
    expect(rates(text('96'))).toContainEqual(['error', 96, 94]);
  });
  it('a third amount in between (a source of the fund) leaves it unread', () => {
    const between = text('96').replace('，截至2024年11月30日，', '，其中省级资金400万元，');
    expect(rates(between).filter((r) => r[0] === 'error')).toEqual([]);
  });
});

describe('计划总投资W，已拨付专项资金P，该项目支出率r (traditional script, pinyin glosses)', () => {
  const text =
    '按照項(xiàng)目計(jì)劃，三所小學(xué)操場(chǎng)改造項(xiàng)目計(jì)劃總投資180.00萬(wàn)元，財(cái)政部門已撥付專項(xiàng)資金153.00萬(wàn)元，該項(xiàng)目支出率85.00%。';
  it('the rate is the paid amount over the planned investment', () => {
    expect(rel(text, ['rate'])).toEqual([['rate', 'ok', 85, 85]]);
    expect(errors(text)).toEqual([]);
  });
  it('a wrong rate or amount is an error', () => {
    expect(errors(text.replace('85.00%', '58.00%'))).toEqual([['rate', 58, 85]]);
    expect(errors(text.replace('153.00', '135.00'))).toEqual([['rate', 85, 75]]);
  });
  it('a rate of another measure after two amounts stays quiet', () => {
    expect(errors(text.replace('該項(xiàng)目支出率85.00%', '該項(xiàng)目完工率58.00%'))).toEqual([]);
  });
});

describe('the whole of a fund by its other names, and what was executed of it', () => {
  it('资金总额为W，全年执行数为P，执行率r', () => {
    const t = (r: string) => `该项目年度资金总额为250.00万元，全年执行数为230.00万元，执行率为${r}%。`;
    expect(rates(t('92.00'))).toContainEqual(['ok', 92, 92]);
    expect(rates(t('95.00'))).toContainEqual(['error', 95, 92]);
  });
  it('批复金额W，实际支出P，支出率r; 项目资金W，已使用P，资金使用率r', () => {
    expect(rates('项目批复金额80.00万元，实际支出72.00万元，支出率95.00%。')).toContainEqual(['error', 95, 90]);
    expect(rates('项目资金40.00万元，已使用38.00万元，资金使用率95.00%。')).toContainEqual(['ok', 95, 95]);
  });
  it('a use rate of a thing, not of the money, stays quiet', () => {
    expect(rates('项目资金40.00万元，已使用38.00万元，设备使用率80.00%。')).toEqual([]);
  });
});
