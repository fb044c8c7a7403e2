// Where a figure's label starts in the text before it (figures.ts): after the last delimiter, stepping back
// over what a delimiter there does not end (a short parenthesis inside a name, a qualifying aside, a clause
// of the verb alone after a comparison).
import { CLOSED_BEFORE, VERB_ONLY } from './changeLexicon.js';
import { afterLast } from './text.js';

const DELIMS = '，、；：。（）！？';
const ASIDE_BEFORE = /[\u4e00-\u9fff]（(?:以[^（）\d，。；]{1,12}为准|不?含[^（）\d，。；]{1,12}|按[^（）\d，。；]{1,12}口径)）$/;

/** The offset in `lead` (the text since the previous figure, blanks dropped) where the label starts. */
export function labelStart(lead: string): number {
  let cut = lead.length;
  for (;;) {
    cut = afterLast(lead, DELIMS, cut);
    // 因公出国（境）费: a short parenthesis inside a label is part of it
    const inner = cut > 0 && lead[cut - 1] === '）' ? /（[^（）\d，。；]{1,3}$/.exec(lead.slice(0, cut - 1)) : null;
    // 政府采购金额（以合同签订为准）为a: a qualifying aside between a name and its figure belongs to neither
    const aside = !inner && cut > 0 && lead[cut - 1] === '）' ? ASIDE_BEFORE.exec(lead.slice(0, cut)) : null;
    // 基本支出与上年相比较，增加a: a clause of the verb alone is named before the comparison it closes
    const closed = !inner && !aside && cut > 1 && /[，,]/.test(lead[cut - 1]!) && CLOSED_BEFORE.test(lead.slice(0, cut - 1)) && VERB_ONLY.test(lead.slice(cut));
    if (!inner && !aside && !closed) return cut;
    cut = closed ? cut - 1 : (inner ?? aside)!.index;
  }
}
