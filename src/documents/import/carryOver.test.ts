// The year-end carry-over in the words reports use for it (结转下年使用 / 留待下年使用 / 结转至下一年度), and
// the look-alikes that are not the unit's year-end balance: an opening balance, a named project's carry-over.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string, year = 2031) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), { year });
const rows = (r: ReturnType<typeof load>) => r.draft.budget.find((b) => b.budgetType === 'general')?.rows.total;
const reasonOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.find((u) => u.startsWith(`${text} — `))?.split(' — ')[1];

describe('the unit’s own year-end carry-over', () => {
  for (const words of ['结转下年使用', '留待下年使用', '结转至下一年度使用', '结转下年']) {
    it(`${words} goes to 年末结转和结余`, () => {
      const r = load(`2031年本单位年初结转和结余4.25万元，本年收入236.70万元，本年支出221.45万元，${words}19.50万元。`);
      expect(rows(r)).toEqual({ opening: '4.25', income: '236.7', expenditure: '221.45', closing: '19.5' });
      expect(r.unplaced).toEqual([]);
    });
  }

  it('a cause clause naming a project leaves the carry-over the unit’s', () => {
    const r = load('2031年本单位本年收入88万元，本年支出80万元。因宣传阵地改造项目未完工，结转下年使用8万元。');
    expect(rows(r)).toMatchObject({ closing: '8' });
  });
});

describe('carry-overs that are not the unit’s year-end balance', () => {
  it('上年结转 stays the opening balance', () => {
    const r = load('2031年本单位上年结转6万元，本年收入120万元，本年支出110万元，结转下年使用16万元。');
    expect(rows(r)).toEqual({ opening: '6', income: '120', expenditure: '110', closing: '16' });
  });

  it('a named project’s money and carry-over in its own sentence are listed, not put in the unit’s account', () => {
    const r = load('2031年本单位本年收入300万元，本年支出290万元。乡村书屋维护项目全年安排资金14万元，实际支出11万元，结转下年使用3万元。');
    expect(rows(r)).toMatchObject({ income: '300', expenditure: '290', closing: '0' });
    expect(reasonOf(r, '3万元')).toBe('某个项目的结转结余，不是单位的年初或年末结转和结余');
    expect(r.draft.keyProjects.map((k) => [k.name, k.target, k.actual])).toEqual([['乡村书屋维护项目', '14', '11']]);
  });

  it('under a heading naming a project the carry-over is the project’s', () => {
    const r = load(['一、收支情况', '2031年本单位本年收入300万元，本年支出290万元。', '二、河道保洁项目', '本年支出7万元，结转下年使用1.5万元。'].join('\n'));
    expect(rows(r)).toMatchObject({ expenditure: '290', closing: '0' });
    expect(reasonOf(r, '1.5万元')).toBe('某个项目的结转结余，不是单位的年初或年末结转和结余');
    expect(reasonOf(r, '7万元')).toBe('某个项目的收支，不是单位的本年收入或支出');
  });

  it('beside 本级支出 and 上解 it is where a fund’s money went, not a balance of the unit', () => {
    const r = load('2031年本单位本年收入300万元，本年支出290万元。某项基金支出总计60万元，其中本级支出41万元，上解支出4万元，结转下年使用15万元。');
    expect(rows(r)).toMatchObject({ closing: '0' });
    expect(reasonOf(r, '15万元')).toMatch(/^“结转下年使用”与本级支出/);
  });

  it('in a list item naming a project (（一）某某项目。…), the sentences after the name are the project’s', () => {
    const r = load(
      [
        '一、收支情况',
        '2031年本单位本年收入300万元，本年支出290万元，结转下年使用10万元。',
        '二、重点工作',
        '（一）古籍修复项目。全年安排资金9万元，实际支出8.2万元，结转下年0.8万元，主要用于材料。',
      ].join('\n'),
    );
    expect(rows(r)).toMatchObject({ closing: '10' });
    expect(reasonOf(r, '0.8万元')).toBe('某个项目的结转结余，不是单位的年初或年末结转和结余');
    expect(r.draft.keyProjects.map((k) => [k.name, k.target, k.actual])).toEqual([['古籍修复项目', '9', '8.2']]);
  });

  it('look-alike: after an item naming no project, the unit’s carry-over is placed again', () => {
    const r = load(
      [
        '一、收支情况',
        '（一）古籍修复项目。全年安排资金9万元，实际支出8.2万元。（二）收支总体情况。2031年本单位本年收入300万元，本年支出290万元，结转下年使用10万元。',
      ].join('\n'),
    );
    expect(rows(r)).toMatchObject({ income: '300', expenditure: '290', closing: '10' });
  });
});
