// A 三公 excerpt with no title that sets each item's spending against its 年初预算 (支出A万元，年初预算为B万元):
// a text of spending, not of a budget, so an item named with 安排的 and no stage word of its own is what was
// spent. Our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (...lines: string[]) => importEvaluation(parseText(lines.join('\n')), { year: 2031 });
const cells = (r: ReturnType<typeof load>) => r.recognised.placed.map((p) => `${p.cell}=${p.value}`).sort();
const clashes = (r: ReturnType<typeof load>) => r.unplaced.filter((u) => u.includes('两处数值不同'));

describe('支出A，年初预算为B: spending set against the plan', () => {
  const overview = [
    '一、“三公”经费财政拨款支出总体情况说明。',
    '2031年度本部门一般公共预算财政拨款安排的“三公”经费支出4.10万元,较上年4.30减少0.20万元;其中:公务用车运行维护费用支出1.10万元;公务接待费支出3万元。',
  ];
  const against = [
    '二、“三公”经费财政拨款支出与年初预算对比情况。',
    '2031年度本部门一般公共预算财政拨款安排的“三公”经费支出4.10万元,年初预算为5万元,差值为0.9万元。其中:公务用车运行维护费支出1.10万元,年初预算为1.5万元,差值为0.4万元;公务接待费支出3万元,年初预算为3.5万元,差值为0.5万元。',
  ];

  it('each 支出 is the 决算数, each 年初预算 the 预算数 — also the items of the 其中 sentence', () => {
    const r = load(...overview, ...against);
    expect([...new Set(cells(r))]).toEqual([
      '“三公”经费合计 · 决算数=4.1',
      '“三公”经费合计 · 预算数=5',
      '公务接待费 · 决算数=3',
      '公务接待费 · 预算数=3.5',
      '公务用车运行维护费 · 决算数=1.1',
      '公务用车运行维护费 · 预算数=1.5',
    ]);
    expect(clashes(r)).toEqual([]);
  });

  it('look-alike: a text of 安排 and 预算 only (no 支出 set against a 年初预算) stays a budget', () => {
    const r = load(
      '一、财政拨款安排的“三公”经费情况',
      '2031年本部门财政拨款安排“三公”经费6万元，其中：公务接待费2万元，公务用车运行维护费4万元。',
      '本部门2031年预算安排的机关运行经费为30万元。',
    );
    expect(cells(r)).toEqual(['“三公”经费合计 · 预算数=6', '公务接待费 · 预算数=2', '公务用车运行维护费 · 预算数=4']);
  });

  it('look-alike: a 预算 item followed by its 年初预算 is not made a 决算数 (its own label says 预算)', () => {
    const r = load(
      ...against.slice(0, 1),
      '公务接待费支出预算3万元，年初预算为3.5万元。',
      '“三公”经费预算安排共6万元，上年预算为5万元。',
      '本年预算安排保持稳定。',
    );
    expect(cells(r).filter((c) => c.includes('决算数'))).toEqual([]);
  });
});
