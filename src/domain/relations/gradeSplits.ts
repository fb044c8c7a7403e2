// Projects split by their 自评 grade, every grade of the scale listed:
//   项目共计N个，资金T万元。其中“优”的项目n1个资金t1万元；“良”的n2个t2万元，“中”的n3个t3万元，“差”的n4个t4万元。
// 优/良/中/差 is a complete classification (every project gets exactly one grade), so the counts add up
// to N and the amounts to T. A list that leaves a grade out is a part only, and is not read here.
import { gradeFromWord } from '../checks/grade.js';
import { addSum, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { register } from './groups.js';

const MARK = /[“"]\s*(优秀|优|良好|良|中等|中|合格|一般|较差|差|不合格)\s*[”"]/g;
const OPENS = /^\s*其中[：:，]?/;
type Grade = NonNullable<ReturnType<typeof gradeFromWord>>;
const ALL: Grade[] = ['excellent', 'good', 'fair', 'poor'];

const usable = (f: Figure) => f.role === 'level' && f.q.qualifier === 'exact' && !f.prior && f.depth === 0;

function emit(ctx: Ctx, total: Figure, parts: Figure[]): void {
  register(ctx, { total, parts, exhaustive: true, mode: 'level', cue: '其中' });
  addSum(ctx, total, parts, {
    computedAs: parts[0],
    reason: '按自评等级（优、良、中、差）分列，四级俱全：各级之和应等于总数',
    reasonEn: 'split by self-evaluation grade with all four grades listed: the grades add up to the total',
  });
}

export function findGradeSplits(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    const sentences = ctx.bySentence[pi] ?? [];
    for (let si = 1; si < sentences.length; si++) {
      const start = p.sentenceStarts[si]!;
      const end = p.sentenceStarts[si + 1] ?? p.text.length;
      const text = p.text.slice(start, end);
      if (!OPENS.test(text)) continue;
      const marks = [...text.matchAll(MARK)].map((m) => ({ at: start + m.index, grade: gradeFromWord(m[1]!)! }));
      const grades = new Set(marks.map((m) => m.grade));
      if (marks.length !== 4 || !ALL.every((g) => grades.has(g))) continue;
      // the wholes: the figures of the sentence before, one per measure
      const wholes = sentences[si - 1]!.filter(
        // a total of a 其中 subset read before may be completed here
        (f) => usable(f) && (!ctx.totals.has(f.id) || ctx.groups.some((g) => g.total === f && !g.exhaustive)),
      );
      for (const total of wholes) {
        if (wholes.some((w) => w !== total && compatible(w, total))) continue;
        const parts: Figure[] = [];
        for (let k = 0; k < marks.length; k++) {
          const to = marks[k + 1]?.at ?? end;
          const xs = sentences[si]!.filter((f) => f.start > marks[k]!.at && f.end <= to && f.depth === 0 && compatible(f, total));
          // a part of another list only when that list is of this same total (其中 read as a subset)
          const other = ctx.partOf.get(xs[0]?.id ?? -1);
          if (xs.length !== 1 || !usable(xs[0]!) || (other && other.total !== total)) break;
          parts.push(xs[0]!);
        }
        if (parts.length === 4) emit(ctx, total, parts);
      }
    }
  });
}
