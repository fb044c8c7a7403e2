// The prose of a document as paragraphs with their scopes: sentences (。！？), clauses (；),
// parentheses. Lines broken at arbitrary points are joined back; punctuation is made uniform
// one character for one, so offsets in the normalized text are offsets in the source line.
import { sectionAt, tableLineSet, type ParsedDocument } from '../checks/document.js';
import { normalizeDigits } from '../quantity/index.js';
import { fillsWrap, wrapWidth } from './wrapWidth.js';

export interface Paragraph {
  /** Normalized text: full-width ，：；（）！？ for their ASCII twins (thousands separators and times kept). */
  text: string;
  /** Line (0-based) of each character. */
  lineAt: (offset: number) => number;
  /** Offset where each sentence starts (ascending; the first is 0). */
  sentenceStarts: number[];
  /** Parenthesis depth at each offset and the offset of the innermost open parenthesis (-1 at depth 0). */
  depth: Uint8Array;
  openAt: Int32Array;
  /** Section numbering path the paragraph lies in ("2.1"), for cross-reference scope. */
  section: string;
  heading: boolean;
}

const MAP: Record<string, string> = { ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };
// Traditional characters of report vocabulary (pages converted to 繁體), one for one.
const TRADITIONAL =
  '萬億與減較預計經費總數際實額務資長從佔為個項報決結餘轉撥專淨產業類業標質時檢補貼員設備採購會議培訓差旅車輛運維護購置接待國內外專項幣點單財務年終審核達體營稅險據統況顯規劃區縣鄉鎮團隊學醫衛農場來樣開關發機構職導勞養療濟審計無變門徑齊權領屬別網對應於當並進價歸優勢獲級該邊將錢後這還過頭戶筆幾漲側貨組織強節約環綠準證績評線續紀種動態廣東廳傳層歲舊雙條聯間陽雲興華鐵齡請競爭談詢離調屆們繳潤罰沒臨償給賬債負現確擴虧損貸儲藥災繼電話圖書館裝礎園壓擔認識論問題難執辦處戰歷積極穩緊細彙匯雜兌換貿測試獎勵獻稱綜豐畝啟適兩參';
const SIMPLIFIED =
  '万亿与减较预计经费总数际实额务资长从占为个项报决结余转拨专净产业类业标质时检补贴员设备采购会议培训差旅车辆运维护购置接待国内外专项币点单财务年终审核达体营税险据统况显规划区县乡镇团队学医卫农场来样开关发机构职导劳养疗济审计无变门径齐权领属别网对应于当并进价归优势获级该边将钱后这还过头户笔几涨侧货组织强节约环绿准证绩评线续纪种动态广东厅传层岁旧双条联间阳云兴华铁龄请竞争谈询离调届们缴润罚没临偿给账债负现确扩亏损贷储药灾继电话图书馆装础园压担认识论问题难执办处战历积极稳紧细汇汇杂兑换贸测试奖励献称综丰亩启适两参';
const T2S = new Map([...TRADITIONAL].map((c, i) => [c, SIMPLIFIED[i]!]));

const IS_TRADITIONAL = new Uint8Array(0x9fff - 0x4e00 + 1);
for (const c of TRADITIONAL) IS_TRADITIONAL[c.charCodeAt(0) - 0x4e00] = 1;

const PINYIN = /(?<=[\u4e00-\u9fff])\([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}\)/g;

function replacement(s: string, i: number, c: string): string {
  const prev = s[i - 1] ?? '';
  const next = s[i + 1] ?? '';
  if (c === ',') return /\d/.test(prev) && /^\d{3}(?!\d)/.test(s.slice(i + 1, i + 5)) ? ',' : '，';
  if (c === ':') return /\d/.test(prev) && /\d/.test(next) ? ':' : '：';
  if (c === '.') return !/\d/.test(prev) && /[\u4e00-\u9fff%）)”"]/.test(prev) && !/\d/.test(next) ? '。' : '.';
  if (c === '【') return '（';
  if (c === '】') return '）';
  return MAP[c] ?? T2S.get(c) ?? c;
}

/** One character for one: ASCII punctuation of prose → full-width. */
export function normalizePunctuation(input: string): string {
  // 公務(wù)用車(chē): pinyin glosses of converted pages become blanks of the same length (offsets kept)
  const digits = normalizeDigits(input);
  const s = digits.includes('(') ? digits.replace(PINYIN, (m) => ' '.repeat(m.length)) : digits;
  // one pass over char codes; only punctuation and traditional characters are looked at, and the
  // output is built only around what changes (most text has nothing to change)
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    const candidate =
      k < 128
        ? k === 44 || k === 58 || k === 46 || k === 59 || k === 40 || k === 41 || k === 33 || k === 63
        : k >= 0x4e00 && k <= 0x9fff
          ? IS_TRADITIONAL[k - 0x4e00] === 1
          : k === 0x3010 || k === 0x3011;
    if (!candidate) continue;
    const c = s[i]!;
    const r = replacement(s, i, c);
    if (r === c) continue;
    out += s.slice(last, i) + r;
    last = i + 1;
  }
  return last ? out + s.slice(last) : s;
}

/**
 * The number mark of an item (a regex source to build on): 1. / 1、 / 1． / （1） / (1), its number in group 1 or 2
 * (numberedChanges.ts, outlineIndicators.ts, changeColumns.ts); ITEM_MARK also ① … ⑳, in group 3.
 */
export const ARABIC_MARK = String.raw`(\d{1,2})[.、．](?!\d)|[（(](\d{1,2})[）)]`;
export const ITEM_MARK = `${ARABIC_MARK}|([①-⑳])`;

const LIST_START = /^\s*(?:[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十\d]+）|\d+[.、．](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[，、])/;
const ENDS_SENTENCE = /[。！？：；]\s*$/;

function closesParens(text: string): { depth: Uint8Array; openAt: Int32Array } {
  const depth = new Uint8Array(text.length + 1);
  const openAt = new Int32Array(text.length + 1).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08) stack.push(i);
    depth[i] = Math.min(stack.length, 255);
    openAt[i] = stack.length ? stack[stack.length - 1]! : -1;
    if (c === 0xff09 && stack.length) stack.pop();
    if (c === 0x3002 && stack.length) stack.length = 0; // an unclosed parenthesis never spans sentences
  }
  depth[text.length] = 0;
  return { depth, openAt };
}

function sentenceStarts(text: string, depth: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x3002 || c === 0xff01 || c === 0xff1f) && depth[i] === 0) starts.push(i + 1);
  }
  return starts;
}

/**
 * …2025 年度收入支出总计 ⏎ 26591.08 万元。与…: a line opening with an amount, its unit and clause punctuation
 * goes on the sentence of the line before, however short that line is (a title is never followed so).
 */
const AMOUNT_OPENS = /^\s*[-−]?\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元|%|％)[，。；、,;]/;

/** Paragraphs of the prose lines of a document (table rows and blank lines end a paragraph). */
const CELL_NUMBER = /^[-−－﹣]?\d[\d,]*(?:\.\d+)?%?$/;

export function paragraphs(doc: ParsedDocument, maxChars = 2_000_000): Paragraph[] {
  const tableLines = tableLineSet(doc.tables);
  const headingLines = new Map<number, boolean>();
  for (const s of doc.sections) headingLines.set(s.line, s.runIn);
  const sectionOf = (line: number): string => sectionAt(doc, line)?.key ?? '';
  const out: Paragraph[] = [];
  let buf = '';
  let marks: [number, number][] = [];
  let budget = maxChars;
  const wrap = wrapWidth(doc.lines);
  const flush = (heading = false): void => {
    if (!buf.trim()) return void ((buf = ''), (marks = []));
    const text = normalizePunctuation(buf);
    const { depth, openAt } = closesParens(text);
    const m = marks;
    out.push({
      text,
      lineAt: (o) => {
        let lo = 0;
        let hi = m.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (m[mid]![0] <= o) lo = mid;
          else hi = mid - 1;
        }
        return m[lo]![1];
      },
      sentenceStarts: sentenceStarts(text, depth),
      depth,
      openAt,
      section: sectionOf(m[0]![1]),
      heading,
    });
    buf = '';
    marks = [];
  };
  for (let i = 0; i < doc.lines.length && budget > 0; i++) {
    // 預(yù)算: pinyin glosses some converted pages put after characters
    const line = doc.lines[i]!.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}[)）]/g, '').trim();
    if (tableLines.has(i) || !line) {
      flush();
      continue;
    }
    // a short line with no punctuation is a title or heading, never half a sentence — unless it fills the
    // width a PDF was wrapped at (…安排的“三公”经费支 ⏎ 出决算总额为…)
    const isHeading =
      (headingLines.has(i) && headingLines.get(i) === false && !/[，,、；;]/.test(line)) ||
      (line.length <= 40 &&
        !/[，。；：,;:！？]/.test(line) &&
        !/\d/.test(line.slice(-1)) &&
        !fillsWrap(line, wrap) &&
        !(AMOUNT_OPENS.test(doc.lines[i + 1] ?? '') && !LIST_START.test(line)));
    // one cell a line (编制数 ⏎ 实际在职人数 ⏎ 40 ⏎ 38): a whole number line is never joined to the next number
    const lastLine = marks.length ? buf.slice(marks[marks.length - 1]![0]) : '';
    if (isHeading || LIST_START.test(line) || (CELL_NUMBER.test(lastLine) && /^[-−－﹣\d]/.test(line))) flush();
    marks.push([buf.length, i]);
    buf += line.slice(0, budget);
    budget -= line.length;
    if (isHeading) flush(true);
    else if (ENDS_SENTENCE.test(line) && /[。！？]\s*$/.test(line)) flush();
  }
  flush();
  return out;
}

/** Index of the sentence containing an offset. */
export function sentenceOf(p: Paragraph, offset: number): number {
  let lo = 0;
  let hi = p.sentenceStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p.sentenceStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function sentenceEnd(p: Paragraph, s: number): number {
  return p.sentenceStarts[s + 1] ?? p.text.length;
}

/** The chain of open parentheses around an offset, innermost first. */
export function parenChain(p: Paragraph, offset: number): number[] {
  const chain: number[] = [];
  let o = p.openAt[offset] ?? -1;
  while (o >= 0) {
    chain.push(o);
    o = o > 0 ? p.openAt[o - 1]! : -1;
    if (chain.length > 20) break;
  }
  return chain;
}

/** The offset after the last of `chars` in `s` before `end` (0 when none): what s.slice(0, end).search(/[^…]*$/) finds, without trying every offset. */
export function afterLast(s: string, chars: string, end = s.length): number {
  // by char codes: s[i] of a CJK text is a new string each time
  for (let i = end - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return i + 1;
  }
  return 0;
}

// Stop sets for clauseAfter, named by what a clause may not cross (the order of a set's characters does not matter).
/** Full-width comma, semicolon and colon: a clause of a sentence. */
export const CLAUSE_STOPS = '，；：';
/** …and the enumeration comma: one item of a list (甲、乙、丙). */
export const ITEM_STOPS = `${CLAUSE_STOPS}、`;
/** Full-width parentheses: a bracket opens or closes a phrase. */
export const PARENS = '（）';
/** An item's own words: not the words around a bracket it stands in or follows. */
export const PHRASE_STOPS = `${ITEM_STOPS}${PARENS}`;
/** A clause of this sentence: the clause stops and the full stop. */
export const SENTENCE_CLAUSE_STOPS = `${CLAUSE_STOPS}。`;
/** …and the half-width comma and semicolon of a mixed text (the half-width colon only where a finder adds it). */
export const MIXED_CLAUSE_STOPS = `${SENTENCE_CLAUSE_STOPS},;`;
/** …not reaching out of a bracket either. */
export const MIXED_PHRASE_STOPS = `${MIXED_CLAUSE_STOPS}${PARENS}`;
/** A sentence, or the part of one a semicolon closes. */
export const SENTENCE_STOPS = '；。';

/**
 * The clause `s` ends with: what follows the last of `stops` (all of `s` when none). `spaces`: 'keep' them,
 * 'trim' the ends, or 'drop' every white space (none is a stop, so dropping before or after cutting is the same).
 */
export function clauseAfter(s: string, stops: string, spaces: 'keep' | 'trim' | 'drop' = 'keep'): string {
  const clause = s.slice(afterLast(s, stops));
  return spaces === 'keep' ? clause : spaces === 'trim' ? clause.trim() : clause.replace(/\s/g, '');
}
