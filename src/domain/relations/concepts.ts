// Which concept of the lexicon a cleaned label names (the head noun decides; stage, period and source words
// around it do not).
import { CONCEPTS } from './lexicon.js';

// labels repeat within and across documents; the lexicon match is pure, so it is remembered (bounded)
const conceptMemo = new Map<string, string | null>();

export function conceptOf(label: string): string | null {
  const known = conceptMemo.get(label);
  if (known !== undefined) return known;
  if (conceptMemo.size >= 20_000) conceptMemo.clear();
  const c = conceptOfLabel(label);
  conceptMemo.set(label, c);
  return c;
}

function conceptOfLabel(label: string): string | null {
  // 因公出国（境）经费费: a doubled 费 is a slip of the pen, not another noun
  // 地区生产总值（GDP） / 一般公共预算收入（以下简称财政收入）: an abbreviation after the noun is not part of it
  const quoted = label
    .replace(/[“”"‘’「」『』]/g, '')
    .replace(/费费$/, '费')
    .replace(/（(?:[A-Za-z]{2,6}|(?:以下)?简称[^（）]{1,12})）$/, '')
    // 全市1-9月税收收入 / 前三季度非税收入: the period says when, not what
    .replace(/\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?|前?[一二三四]季度|[上下]半年/g, '');
  // 工资福利支出预算 / 基本支出决算数: the stage word after the head noun is not part of it
  // 公务接待费支出决算 / 公务接待费决算支出: the stage word and a 支出 after a 费 are not the head noun
  // 税收收入累计完成 / 一般公共预算支出完成 / 收入实际完成: the verb after the head noun is not part of it either
  // 税收收入拟调整为 / 拟中央补助资金 (a budget draft or adjustment): what is planned is still the quantity named
  const bare =
    quoted
      .replace(/^拟(?=[^调增减])/, '')
      .replace(/(?:累计|实际)?(?:完成|实现)$|(?<=收入|支出)预计?(?:完成)?$|拟(?:调整|调增|调减|安排)?$/, '')
      .replace(/(?:年初|全年|调整后)?(?:预算|决算|执行)(?:数|金额|总额)?$/, '')
      .replace(/(费|费用|因公出国（境）)(?:预算|决算)?支出$/, '$1') || quoted;
  const c = matchConcept(bare) ?? (bare !== quoted ? matchConcept(quoted) : null);
  // 市本级…安排的三公经费: a source opens the label, but the noun after the last 的 is its head
  const k = bare.lastIndexOf('的');
  if (c && SOURCES.has(c) && k > 0) return matchConcept(bare.slice(k + 1)) ?? c;
  // 区本级…开支三公经费: the 三公 classes are never a split by level, so their noun at the end is the head
  if (c && SOURCES.has(c)) return THREE_PUBLIC.find((x) => CONCEPTS.find((y) => y.id === x)!.pattern.test(bare)) ?? c;
  return c;
}

const THREE_PUBLIC = ['threePublic', 'abroad', 'reception', 'vehicle', 'vehiclePurchase', 'vehicleOperation'];

const SOURCES = new Set(['central', 'provincial', 'cityCounty', 'city', 'county', 'local']);

function matchConcept(bare: string): string | null {
  let best: { id: string; len: number } | null = null;
  for (const c of CONCEPTS) {
    const m = c.pattern.exec(bare);
    // 地方税收收入: a tie between a source and what it names goes to the latter
    if (m && (!best || m[0].length > best.len || (m[0].length === best.len && SOURCES.has(best.id) && !SOURCES.has(c.id))))
      best = { id: c.id, len: m[0].length };
  }
  return best?.id ?? null;
}
