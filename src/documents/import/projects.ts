// Key projects read out of an imported report's narrative: target and actual of the headline measure,
// further measures (money in 万元, head-counts) and the money by source. Pure; each reader says which
// figures it used (for figure links and the "could not place" list).
import { labelled, type LabelledQuantity } from '../../domain/checks/labels.js';
import { normalize, shift } from '../../domain/decimal.js';
import { sameDimension } from '../../domain/quantity/index.js';
import { codeOfName, KNOWN_PROJECTS, type KnownProject } from '../../domain/keyProjectIdentity.js';
import { type FundingSource, type KeyProject, type KeyProjectMeasure } from '../../domain/types.js';
import { piecesOf, type Piece, type UsedFigure } from './evaluationData.js';

const clauseAround = (s: string, q: LabelledQuantity): string => {
  const from = Math.max(s.lastIndexOf('，', q.start), s.lastIndexOf('。', q.start), s.lastIndexOf(',', q.start)) + 1;
  const rest = s.slice(q.end).search(/[，。；,;]/);
  return s.slice(from, rest < 0 ? s.length : q.end + rest);
};

const KNOWN = KNOWN_PROJECTS;

// judged on the label's last clause: 检查任务为 · 计划举办场次为 · 目标数：
const TARGET_LABEL = /(任务|目标|计划)[^，,。；;]{0,8}$/;
const lastClause = (label: string) =>
  label
    .split(/[，,；;。]/)
    .pop()!
    .trim();
const ACTUAL_LABEL = /完成|实际|实现|达到|累计/;
const RATE_LABEL = /完成(任务|目标|计划)?[^，。；]{0,4}的$|完成率(为|达)?$/;

/** Further measures stated in one sentence: money (万元) and counts, named by their label. */
function extraMeasures(text: string): { measure: KeyProjectMeasure; start: number; text: string }[] {
  const out: { measure: KeyProjectMeasure; start: number; text: string }[] = [];
  const keys = new Set<string>();
  for (const q of labelled(text)) {
    if (q.qualifier !== 'exact' || (q.kind !== 'money' && q.kind !== 'count')) continue;
    const label = lastClause(q.label);
    const relief = /救助/.test(label);
    const money = q.kind === 'money';
    let key = money ? (relief ? 'reliefFunds' : 'funds') : relief ? 'reliefPeople' : 'count';
    for (let n = 2; keys.has(key); n++) key = `${key.replace(/\d+$/, '')}${n}`;
    keys.add(key);
    const bare = label.replace(/^(发放|投入|安排|争取|累计|共|为)/, '').replace(/^[“"]?两癌[”"]?/, '');
    const name = money ? (relief ? '救助金' : bare || '资金') : relief ? '救助人数' : `${bare || '完成'}数`;
    out.push({
      measure: {
        key,
        name,
        unitOfMeasure: money ? '万元' : q.unit,
        kind: money ? 'money' : 'count',
        target: null,
        actual: normalize(money ? shift(q.value, -4) : q.value),
      },
      start: q.start,
      text: q.text,
    });
  }
  return out;
}

export { codeOfName, knownProjectOf } from '../../domain/keyProjectIdentity.js';

export class ProjectBook {
  readonly projects = new Map<string, KeyProject>();

  known(text: string): KnownProject | null {
    return KNOWN.find((k) => k.keyword.test(text)) ?? null;
  }

  get(text: string, fallbackName: string, measure = '完成数', unit = '人'): { project: KeyProject; verb: string } {
    const k = this.known(text);
    const name = k?.name ?? fallbackName;
    const code = k?.code ?? codeOfName(name);
    let p = this.projects.get(code);
    if (!p) {
      p = { code, name, measure: k?.measure ?? measure, unitOfMeasure: unit, target: null, actual: null, measures: [], funding: [], note: null };
      this.projects.set(code, p);
    }
    return { project: p, verb: k?.verb ?? '完成' };
  }

  /** 检查任务为10361人，…完成检查人数10780人，完成任务数的104.04% (anywhere in the narrative). */
  readTargetActual(paragraph: string, before: string): UsedFigure[] {
    const used: UsedFigure[] = [];
    const pieces = piecesOf(paragraph);
    pieces.forEach((p, i) => {
      const qs = labelled(p.text);
      const target = qs.find((q) => q.kind !== 'percent' && q.kind !== 'money' && q.qualifier === 'exact' && TARGET_LABEL.test(lastClause(q.label)));
      if (!target) return;
      const actual = qs.find(
        (q) =>
          q.start > target.start &&
          q.kind === target.kind &&
          q.qualifier === 'exact' &&
          sameDimension(q.unit, target.unit) &&
          ACTUAL_LABEL.test(lastClause(q.label)) &&
          !TARGET_LABEL.test(lastClause(q.label)),
      );
      if (!actual) return;
      const context = `${before}${pieces
        .slice(Math.max(0, i - 2), i + 1)
        .map((x) => x.text)
        .join('')}`;
      const lead = /(?:实施|开展|推进|完成)([^，。；]{2,30}?)(?:工作|项目)/.exec(
        pieces
          .slice(Math.max(0, i - 1), i + 1)
          .map((x) => x.text)
          .join(''),
      );
      const measure = /([\u4e00-\u9fff]{1,4}(人数|户数|数量|次数|场次|人次|个数))$/.exec(lastClause(actual.label))?.[1];
      const { project } = this.get(context, lead?.[1] ?? (lastClause(target.label).replace(TARGET_LABEL, '') || '重点项目'), measure, target.unit);
      if (project.target !== null) return;
      project.target = normalize(target.value);
      project.actual = normalize(actual.value);
      used.push({ start: p.start + target.start, text: target.text, ref: { kind: 'keyProject', project: project.code, field: 'target' } });
      used.push({ start: p.start + actual.start, text: actual.text, ref: { kind: 'keyProject', project: project.code, field: 'actual' } });
      const rate = qs.find((q) => q.kind === 'percent' && q.start > actual.start && RATE_LABEL.test(q.label.trim()));
      if (rate) used.push({ start: p.start + rate.start, text: rate.text, ref: { kind: 'keyProject', project: project.code, field: 'rate' } });
      // The sentence after the headline often adds measures of its own ("发放两癌救助金31万，救助低收入
      //妇女31人"): each becomes a measure (money in 万元, counts), linked to its figure.
      const next = pieces[i + 1];
      if (next && this.known(next.text) && /\d/.test(next.text) && (project.measures ?? []).length === 0) {
        const measures = extraMeasures(next.text);
        if (measures.length) {
          project.measures = measures.map((m) => m.measure);
          for (const m of measures)
            used.push({
              start: next.start + m.start,
              text: m.text,
              ref: { kind: 'keyProject', project: project.code, field: 'actual', measure: m.measure.key },
            });
        } else if (project.note === null) project.note = next.text.replace(/[。；;]$/, '');
      }
    });
    return used;
  }

  /** 救助金31万 → a money measure; 救助…31人 → a head-count measure (actuals; targets are not stated this way). */
  readMeasures(project: KeyProject, p: Piece): UsedFigure[] {
    const used: UsedFigure[] = [];
    const measures = (project.measures ??= []);
    for (const q of labelled(p.text)) {
      if (q.qualifier !== 'exact') continue;
      const clause = lastClause(q.label);
      const money = q.kind === 'money' && q.wan !== undefined;
      const people = q.kind === 'count' && /^(人|名|户|人次)$/.test(q.unit);
      if (!money && !people) continue;
      const relief = /救助/.test(clause);
      const key = relief ? (money ? 'reliefFunds' : 'reliefPeople') : `m${measures.length + 1}`;
      if (measures.some((m) => m.key === key)) continue;
      const name = relief
        ? money
          ? '救助金'
          : '救助人数'
        : clause.replace(/^(发放|完成|开展|救助|帮扶|共|累计)/, '').replace(/(为|达|共)$/, '') || (money ? '资金' : '人数');
      measures.push({
        key,
        name,
        unitOfMeasure: money ? '万元' : q.unit === '名' ? '人' : q.unit,
        kind: money ? 'money' : 'count',
        target: null,
        actual: normalize(money ? q.wan! : q.value),
      });
      used.push({ start: p.start + q.start, text: q.text, ref: { kind: 'keyProject', project: project.code, field: 'actual', measure: key } });
    }
    measures.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'count' ? -1 : 1)); // head-counts first, as the editor lists them
    return used;
  }

  /** Inside a key-project section: the headline count (为101.76万名…妇女进行了“两癌”免费检查) and money by source. */
  readProjectSection(paragraph: string, sectionText: string, title: string): UsedFigure[] {
    const k = this.known(sectionText);
    const { project, verb } = this.get(sectionText, title);
    const used: UsedFigure[] = [];
    for (const p of piecesOf(paragraph)) {
      const qs = labelled(p.text);
      if (project.actual === null) {
        const q = qs.find(
          (x) =>
            x.kind === 'count' &&
            x.qualifier === 'exact' &&
            /^(人|名|户|人次)$/.test(x.unit) &&
            clauseAround(p.text, x).includes(verb) &&
            (!k || k.keyword.test(clauseAround(p.text, x))),
        );
        if (q) {
          project.actual = normalize(q.value);
          project.unitOfMeasure = q.unit === '名' ? '人' : q.unit;
          used.push({ start: p.start + q.start, text: q.text, ref: { kind: 'keyProject', project: project.code, field: 'actual' } });
        }
      }
      used.push(...this.readFunding(project, p, qs, verb));
    }
    return used;
  }

  private readFunding(project: KeyProject, p: Piece, qs: LabelledQuantity[], verb: string): UsedFigure[] {
    const used: UsedFigure[] = [];
    const category = (text: string) =>
      /救助/.test(text) ? '救助资金' : /设备|购置/.test(text) ? (/检查/.test(text) ? '检查设备购置' : '设备购置') : `${verb === '完成' ? '项目' : verb}经费`;
    const add = (q: LabelledQuantity, cat: string) => {
      const label = cleanLabel(q.label);
      project.funding.push({ category: cat, source: sourceOf(label), label, amount: normalize(q.wan!) });
      used.push({ start: p.start + q.start, text: q.text, ref: { kind: 'funding', project: project.code, category: cat, source: sourceOf(label) } });
    };
    const money = qs.filter((q) => q.kind === 'money' && q.wan !== undefined);
    const taken = new Set<LabelledQuantity>();
    for (const m of p.text.matchAll(/其中|分别为|分别是/g)) {
      const total = money.filter((q) => q.end <= m.index!).pop();
      if (!total || /[。；]/.test(p.text.slice(total.end, m.index))) continue;
      const parts: LabelledQuantity[] = [];
      for (const q of qs.filter((x) => x.start > m.index!)) {
        if (q.kind !== 'money' || q.qualifier !== 'exact' || q.wan === undefined) break;
        parts.push(q);
      }
      if (parts.length < 2 || total.qualifier !== 'exact') continue;
      const cat = category(total.label + p.text.slice(0, m.index));
      if (project.funding.some((f) => f.category === cat)) continue;
      used.push({ start: p.start + total.start, text: total.text, ref: { kind: 'funding', project: project.code, category: cat, source: null } });
      for (const q of parts) add(q, cat);
      [total, ...parts].forEach((q) => taken.add(q));
    }
    for (const q of money) {
      if (taken.has(q) || q.qualifier !== 'exact' || !/(追加|安排|下达|拨付|投入)(资金|经费)?$/.test(q.label.trim())) continue;
      const cat = category(p.text);
      if (project.funding.some((f) => f.category === cat)) continue;
      add(q, cat);
    }
    return used;
  }
}

function cleanLabel(label: string): string {
  const clause = label.split(/[，,；;。]/).pop() ?? label;
  return (
    clause
      .replace(/^(其中|分别为|分别是|分别|包括)/, '')
      .replace(/^(争取|获得|落实)/, '')
      .replace(/(为|是|达|共)$/, '')
      .trim() || label.trim()
  );
}

function sourceOf(label: string): FundingSource['source'] {
  if (/彩票/.test(label)) return /中央/.test(label) ? 'lotteryCentral' : /省/.test(label) ? 'lotteryProvincial' : 'lottery';
  if (/中央/.test(label)) return 'central';
  if (/省/.test(label)) return 'provincial';
  if (/市县|市级|县级|配套|市州|县市区/.test(label)) return 'cityCounty';
  if (/自筹|社会|募集/.test(label)) return 'selfRaised';
  return 'other';
}
