// 其中 at the end of a line, numbered sub-items (1)…(n) on their own lines (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const rel = (text: string, head = 500.5) =>
  relations(text)
    .filter((r) => (r.kind === 'sum' || r.kind === 'subset') && r.stated === head)
    .map((r) => [r.kind, r.verdict, r.computed]);

const lines = [
  '本年支出决算数为900.80万元。',
  '1.人员支出决算数为500.50万元，主要是在职人员工资等。其中：',
  '(1)基本工资决算数为210.30万元，比上年增长2.1%，主要是调资。',
  '(2)津贴补贴决算数为150.20万元。',
  '(3)其他人员支出决算数为140.00万元，主要是伙食补助等。',
  '2.公用支出决算数为400.30万元。',
];
const doc = (xs: string[]) => xs.join('\n');

describe('numbered sub-items on their own lines', () => {
  it('ending with 其他, they are the whole of the head', () => {
    expect(rel(doc(lines))).toContainEqual(['sum', 'ok', 500.5]);
    expect(rel(doc(lines.map((l) => l.replace('150.20', '160.20'))))).toContainEqual(['sum', 'error', 510.5]);
    expect(rel(doc(lines.map((l) => l.replace('500.50', '510.50'))), 510.5)).toContainEqual(['sum', 'error', 500.5]);
  });
  it('without a last 其他 they are a part: falling short is no error', () => {
    const partial = lines.map((l) => l.replace('其他人员支出', '奖金'));
    expect(rel(doc(partial)).filter((r) => r[1] === 'error')).toEqual([]);
    const short = partial.map((l) => l.replace('140.00', '40.00'));
    expect(rel(doc(short)).filter((r) => r[1] === 'error')).toEqual([]);
  });
  it('other numbering does not continue the list', () => {
    const broken = lines.map((l) => l.replace('(2)', '(5)'));
    expect(rel(doc(broken)).filter((r) => r[0] === 'sum')).toEqual([]);
  });
});
