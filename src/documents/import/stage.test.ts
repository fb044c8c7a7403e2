// 决算为A，完成预算B的X%: the B a completion rate is of is the budget (our own invented report).
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (lines: string[]) => importEvaluation(parseText(lines.join('\n')), { year: 2024 });
const tp = (r: ReturnType<typeof load>, item: string) => r.draft.threePublic.find((l) => l.item === item);

describe('完成预算B万元的X% names the budget of the figure before it', () => {
  it('actual and budget of one clause go to their own cells, nothing unplaced', () => {
    const r = load([
      '某局2024年度“三公”经费决算情况说明',
      '2024年度“三公”经费财政拨款支出决算为20万元，完成预算30万元的66.7%。其中：因公出国（境）费支出决算为8万元，完成预算10万元的80.0%；公务接待费支出决算为12万元，完成预算20万元的60.0%。',
    ]);
    expect(tp(r, 'total')).toEqual({ item: 'total', budget: '30', actual: '20' });
    expect(tp(r, 'overseas')).toEqual({ item: 'overseas', budget: '10', actual: '8' });
    expect(tp(r, 'reception')).toEqual({ item: 'reception', budget: '20', actual: '12' });
    expect(r.unplaced.filter((u) => /万元 — 两处数值不同/.test(u))).toEqual([]);
  });
});
