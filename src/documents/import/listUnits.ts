// 收、支总计各是A,B万元 / 基本支出、项目支出分别为A、B万元: a run of amounts after 各/分别/均 whose unit is
// written once, after the last. The relation model reads the earlier ones as bare numbers, so the importer
// never saw them as money: each takes the unit (and scale) of the amount that closes the run. Pure.
import type { Ctx } from '../../domain/relations/context.js';
import type { Figure } from '../../domain/relations/figures.js';
import { parseQuantity } from '../../domain/quantity/extract.js';

// the cue right before the run (各是 / 分别为 / 均为 / 各减少 / 分别增长)
const CUE = /(?:各|分别|均)(?:是|为|达到?|计|减少|增加|增长|下降|降低|减|增)?\s*[：:]?\s*$/;
const SEPARATOR = /^\s*[、,，和及与]\s*$/;

/** Gives each bare number of such a run the money unit of its last amount (in place); returns the figures changed. */
export function shareListUnits(ctx: Ctx): Figure[] {
  const changed: Figure[] = [];
  ctx.byPara.forEach((figs, pi) => {
    const text = ctx.paras[pi]!.text;
    for (let k = 1; k < figs.length; k++) {
      const last = figs[k]!;
      if (last.q.kind !== 'money' || last.q.unitInferred) continue;
      // the run of bare numbers before it, each followed by a separator only
      let j = k;
      while (j > 0) {
        const x = figs[j - 1]!;
        if (x.q.kind !== 'number' || x.q.unit !== '' || x.sentence !== last.sentence || !SEPARATOR.test(text.slice(x.end, figs[j]!.start))) break;
        j--;
      }
      if (j === k) continue;
      const first = figs[j]!;
      const sentenceStart = ctx.paras[pi]!.sentenceStarts[first.sentence]!;
      const prev = figs[j - 1];
      const from = prev && prev.sentence === first.sentence ? prev.end : sentenceStart;
      if (!CUE.test(text.slice(from, first.start))) continue;
      const unit = last.q.text.replace(/^[^\d]*[\d.,]+\s*/, '');
      for (const f of figs.slice(j, k)) {
        const q = parseQuantity(`${f.q.text}${unit}`);
        if (!q || q.kind !== 'money' || q.wan === undefined) continue;
        f.q = { ...q, text: f.q.text, start: f.q.start, end: f.q.end, unitInferred: true };
        changed.push(f);
      }
    }
  });
  return changed;
}
