// Text of extracted reports made comparable: traditional characters of budget vocabulary → simplified,
// one for one, and pinyin a converter left after characters blanked (offsets stay valid). Pure.
// 經(jīng)費: pinyin a converter left after characters, blanked (same length, labels skip spaces)
const PINYIN = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}[)）]/g;
const TRAD_PAIRS =
  '為为個个於于並并從从對对佔占較较減减長长況况說说來来萬万億亿結结轉转餘余撥拨預预決决費费經经項项務务員员單单門门資资額额計计財财國国與与業业補补專专數数實实際际職职編编機机關关運运維维護护購购車车級级屬属繳缴續续總总營营聯联會会職职';
const TRAD = new Map<string, string>();
for (let i = 0; i < TRAD_PAIRS.length; i += 2) TRAD.set(TRAD_PAIRS[i]!, TRAD_PAIRS[i + 1]!);
const TRAD_RE = new RegExp(`[${[...TRAD.keys()].join('')}]`, 'g');
// 预算35. 3万元: a decimal a PDF line break split after its point (the space moves behind the number, same length);
// not after punctuation, where 2. 30万元 is a list item
const SPLIT_DECIMAL = /(?<=[\u4e00-\u9fff])(\d+[.．])([ \t]+)(\d+)(?=\s*(?:万元|亿元|元|%))/g;
// “三公\"经费: a quote a web page escaped — the backslash reads as a quote mark (same length)
const ESCAPED_QUOTE = /\\(?=["“”'])/g;
// four table readers simplify every prose line of a document: each line is worked out once
const MEMO = new Map<string, string>();
const MEMO_MAX = 20_000;
const MEMO_LINE = 2_000;

const IS_TRAD = new Uint8Array(0x9fff - 0x4e00 + 1);
for (const c of TRAD.keys()) IS_TRAD[c.charCodeAt(0) - 0x4e00] = 1;
const PINYIN_LETTERS = 'abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ';

/**
 * Whether a rewrite below may change the line (a traditional character, a bracket opening pinyin, a backslash,
 * a point before a blank): one pass over char codes, where most lines have nothing to rewrite and need no memo.
 */
function mayChange(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    if (k >= 0x4e00 && k <= 0x9fff) {
      if (IS_TRAD[k - 0x4e00] === 1) return true;
    } else if (k === 0x5c) return true;
    else if ((k === 0xff08 || k === 0x28) && i + 1 < s.length && PINYIN_LETTERS.includes(s[i + 1]!)) return true;
    else if ((k === 0x2e || k === 0xff0e) && (s.charCodeAt(i + 1) === 0x20 || s.charCodeAt(i + 1) === 0x09)) return true;
  }
  return false;
}

export function simplify(s: string): string {
  const known = MEMO.get(s);
  if (known !== undefined) return known;
  const out = mayChange(s) ? rewritten(s) : s;
  if (s.length > MEMO_LINE) return out;
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(s, out);
  return out;
}

function rewritten(s: string): string {
  const t = s
    .replace(TRAD_RE, (c) => TRAD.get(c) ?? c)
    .replace(PINYIN, (m) => ' '.repeat(m.length))
    .replace(ESCAPED_QUOTE, '"');
  // the look-behind of SPLIT_DECIMAL is slow to try at every offset: only where a point stands before a blank
  return /[.．][ \t]/.test(t) ? t.replace(SPLIT_DECIMAL, (_m, a: string, sp: string, b: string) => `${a.replace('．', '.')}${b}${sp}`) : t;
}
