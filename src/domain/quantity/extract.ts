// Finds every figure in Chinese official text. Exact decimals throughout: scale words shift the
// decimal point (decimal.ts `shift`), never a float multiply.
import { shift } from '../decimal.js';
import { CN_NUMERAL_CHARS, decodeChineseNumeral, isQuantityNumeral } from './chinese.js';
import type { Qualifier, Quantity } from './types.js';
import { MONEY_CONTEXT, NON_QUANTITY_AFTER, SCALES, UNITS, unitKind } from './units.js';

/** Full-width digits, point and percent → ASCII. One UTF-16 unit each, so offsets stay valid. */
export function normalizeDigits(text: string): string {
  return text.replace(/[０-９．％]/g, (c) => (c === '．' ? '.' : c === '％' ? '%' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// one sticky regex per list instead of a startsWith per entry: alternatives are tried in list order, as the loops did
const UNIT_AT = new RegExp(UNITS.map(escape).join('|'), 'y');
const LATIN_UNIT = /^(?:km|m)[²³]?(?![A-Za-z])/;
const SCALE_AT = new RegExp(SCALES.map(([w]) => escape(w)).join('|'), 'y');
const SCALE_POWER = new Map(SCALES);
/** One-character count units that open a word with the character after them. */
const WORD_AFTER_UNIT: Record<string, RegExp> = { 支: /^[出付持援撑]/, 本: /^[年级期月次部单]/ };

function wordAt(re: RegExp, text: string, p: number): string {
  re.lastIndex = p;
  return re.exec(text)?.[0] ?? '';
}

const NUMBER = /(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)|([一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*)/g;
const DASH = '(?:—|–|－|-|~|～|至|到)+';
const RANGE_AFTER = new RegExp(`^(?:[年月日%]|周岁|岁|万|亿)?\\s*${DASH}\\s*[\\d]`);
const RANGE_BEFORE = new RegExp(`(?:\\d|[年月日%])\\s*${DASH}\\s*$`);
const PREFIX_QUALIFIERS: [RegExp, Qualifier][] = [
  // 节约5万元 / 制约 / 公约: the 约 of a word is no 'about'
  [/(?:大约|大概|(?<![节制契简公预婚条盟])约为?)\s*$/, 'approx'],
  [/(?:将近|接近|不足|不到|低于|少于|近|≤|<|＜|不超过)\s*$/, 'upperBound'],
  [/(?:超过|高于|多于|逾|≥|>|＞|不少于|不低于)\s*$/, 'lowerBound'],
];
const SUFFIX_QUALIFIERS: [RegExp, Qualifier][] = [
  [/^(?:以上|余|多)/, 'lowerBound'],
  [/^(?:以下|以内)/, 'upperBound'],
  [/^左右/, 'approx'],
];

export interface ExtractOptions {
  /** Accept bare integers without unit (table cells, single tokens). Prose rejects them: 12338热线, 附件1. */
  allowBare?: boolean;
}

/** Spans that hold no figures of their own: book and document titles 《…》, document numbers 〔2016〕. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /《[^《》\n]*》|〔[^〔〕\n]*〕|\[\d{4}\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function extractQuantities(input: string, options: ExtractOptions = {}): Quantity[] {
  const text = normalizeDigits(input);
  const spans = quotedSpans(text);
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const q = readFigure(text, input, m, spans, options);
    if (q) {
      out.push(q);
      NUMBER.lastIndex = Math.max(NUMBER.lastIndex, q.end);
    }
  }
  return out;
}

/** How many blanks (space, no-break space, ideographic space, tab) stand at `at`, looking at most 40 ahead. */
function blanksAt(text: string, at: number): number {
  const end = Math.min(text.length, at + 40);
  let j = at;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c !== 32 && c !== 0xa0 && c !== 0x3000 && c !== 9) break;
    j++;
  }
  return j - at;
}

/** Only blanks between the window's start (200 before `at`) or a line break and `at`: /(?:^|\n)[ \t\u3000]*$/ on that window. */
function blankToLineStart(text: string, at: number): boolean {
  const from = Math.max(0, at - 200);
  let j = at;
  while (j > from) {
    const c = text.charCodeAt(j - 1);
    if (c !== 32 && c !== 9 && c !== 0x3000) break;
    j--;
  }
  return j === from || text.charCodeAt(j - 1) === 10;
}

function readFigure(text: string, original: string, m: RegExpExecArray, spans: [number, number][], options: ExtractOptions): Quantity | null {
  const numStart = m.index;
  const numEnd = numStart + m[0].length;
  const arabic = m[1] !== undefined;
  const before = text.slice(Math.max(0, numStart - 12), numStart);
  const prev = text[numStart - 1] ?? '';
  const after = text.slice(numEnd, numEnd + 16);
  if (spans.some(([a, b]) => numStart >= a && numStart < b)) return null;
  if (prev === '第' || /[A-Za-z_#@.]/.test(prev)) return null;
  if (/^[A-Za-z]/.test(after) && !LATIN_UNIT.test(after)) return null; // 5G, 3D; 3.47km is a length
  if (arabic && /^\.\d/.test(after)) return null; // 1.2.3 section numbers, version strings
  if (!arabic && prev !== '' && CN_NUMERAL_CHARS.includes(prev)) return null;
  if (!arabic && !isQuantityNumeral(m[0])) return null;
  if (RANGE_AFTER.test(after) || RANGE_BEFORE.test(before)) return null; // 2015—2017年, 35—64岁
  // every look around a figure is a bounded window: a 10 MB line costs no more per figure than a short one
  const lineStart = blankToLineStart(text, numStart) && (numStart <= 200 || text.lastIndexOf('\n', numStart - 1) >= numStart - 201);
  let p = numEnd + blanksAt(text, numEnd);
  const next = text[p];
  const unitOrScaleNext = wordAt(SCALE_AT, text, p) !== '' || next === '%' || next === '‰' || next === '元';
  if (lineStart && arabic && m[0].includes('.') && p > numEnd && !unitOrScaleNext) return null; // 1.2 项目概况
  if (NON_QUANTITY_AFTER.test(text.slice(p, p + 2))) return null; // 2016年, 3月, 135号, 95周年

  let qualifier: Qualifier = 'exact';
  const mid = (): void => {
    const c = text[p];
    if (c === '余' || c === '多') {
      qualifier = 'lowerBound';
      p += 1;
      p += blanksAt(text, p);
    }
  };
  mid();
  let scale = '';
  let exp = 0;
  if (arabic) {
    const word = wordAt(SCALE_AT, text, p);
    if (word) {
      scale = word;
      exp = SCALE_POWER.get(word)!;
      p += word.length;
      p += blanksAt(text, p);
    }
    if (scale) mid();
  } else {
    const tail = /(万亿|亿|万)$/.exec(m[0]);
    if (tail) scale = tail[1]!;
  }
  let unit = wordAt(UNIT_AT, text, p);
  // 收入合计 500 支出合计 500 / 500 本年支出合计 (a table's cells in a line): 支出 / 本年 are words, no count unit
  if (WORD_AFTER_UNIT[unit]?.test(text.slice(p + 1, p + 2))) unit = '';
  if (/^[a-z]/.test(unit) && !LATIN_UNIT.test(text.slice(p, p + 4))) unit = ''; // 5mm is no 5 m
  p += unit.length;
  if (unit && isLabelModifier(text, numStart, p, unit)) return null; // 5米宽巷道, D500*3米管涵: part of a name
  let end = unit || scale || qualifier !== 'exact' ? p : numEnd;
  if (unit === '' && scale === '' && qualifier !== 'exact') end = numEnd + 1; // 3000余 without unit
  // trailing 以上/左右 …, possibly after a space
  const rest = text.slice(end, end + 40);
  for (const [re, q] of SUFFIX_QUALIFIERS) {
    const s = re.exec(rest);
    if (s && (unit || scale)) {
      qualifier = q;
      end += s[0].length;
      break;
    }
  }
  let start = numStart;
  for (const [re, q] of PREFIX_QUALIFIERS) {
    const s = re.exec(before);
    if (s) {
      qualifier = q;
      start = numStart - s[0].length;
      break;
    }
  }

  const digits = m[0].replace(/,/g, '');
  const hasSeparatorsOrPoint = /[.,]/.test(m[0]);
  if (!unit && !scale) {
    if (!arabic) return null;
    if (!options.allowBare && (!hasSeparatorsOrPoint || lineStart) && qualifier === 'exact') return null;
    if (!options.allowBare && qualifier !== 'exact' && !hasSeparatorsOrPoint) return null;
  }

  let value: string;
  let precision: string;
  if (arabic) {
    const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    value = shift(digits, exp);
    precision = shift('1', exp - decimals);
  } else {
    value = decodeChineseNumeral(m[0]);
    const zeros = /0*$/.exec(value)![0].length;
    precision = shift('1', value === '0' ? 0 : zeros);
  }
  let unitInferred = false;
  if (!unit && scale && MONEY_CONTEXT.test(text.slice(Math.max(0, start - 10), start))) {
    unit = '元';
    unitInferred = true;
  }
  const kind = unitKind(unit);
  const q: Quantity = {
    value,
    unit,
    kind,
    scale,
    precision,
    qualifier,
    text: original.slice(start, end),
    start,
    end,
  };
  if (kind === 'money') q.wan = shift(value, -4);
  if (unitInferred) q.unitInferred = true;
  return q;
}

// 5米宽巷道 / 3米长的管道: a dimension before a noun names a kind of item (宽4米，路面4米宽。 stay figures)
const DIMENSION_BEFORE_NOUN = /^(?:[宽长高深厚粗]|直径|口径|管径|跨径)的?(?=[\u4e00-\u9fff])(?![为约达度是])/;
// D500*3米管涵, 2×3米箱涵: a figure joined by * or × to a spec code or another number is a specification
const SPEC_BEFORE = /[\dA-Za-z]\s*[*×＊]\s*$/;
const MEASURE_UNITS = new Set(['米', '千米', '公里', 'km', 'm', '厘米', '毫米']);

/** A length written as part of an item's name, not a figure the text states. */
function isLabelModifier(text: string, numStart: number, unitEnd: number, unit: string): boolean {
  if (unit === '元' || unit === '%' || unit === '‰') return false;
  if (SPEC_BEFORE.test(text.slice(Math.max(0, numStart - 12), numStart))) return true;
  // 3万吨级码头, 5吨型货车: a class of item, not an amount of it
  if (unitKind(unit) === 'measure' && /^[型级](?=[\u4e00-\u9fff])/.test(text.slice(unitEnd, unitEnd + 2))) return true;
  return MEASURE_UNITS.has(unit) && DIMENSION_BEFORE_NOUN.test(text.slice(unitEnd, unitEnd + 4));
}

/**
 * Parses one token ("11.1亿元", "≥90%", "10361", "4.21 万 元"): the first figure in it, bare
 * numbers allowed. Null when the token holds no figure.
 */
export function parseQuantity(token: string): Quantity | null {
  const found = extractQuantities(token.trim(), { allowBare: true });
  return found[0] ?? null;
}
