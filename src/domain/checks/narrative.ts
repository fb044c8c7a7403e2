// Narrative vs data: a figure in a section tied to a stored value (FigureLink) must equal it.
import { div, mul, normalize, shift, sum } from '../decimal.js';
import { agrees, parseQuantity } from '../quantity/index.js';
import type { Decimal, Evaluation, FigureRef } from '../types.js';
import { BUDGET_TYPE_LABELS, FIGURE_LABELS, INDICATOR_LABELS, PROFILE_LABELS, ROW_LABELS } from '../diff.js';
import { finding, type Finding } from './finding.js';
import { excerpt } from './labels.js';

/** The stored value a link points to, in the base unit its figure is written in (元 for money). */
export function resolveRef(e: Evaluation, ref: FigureRef): { value: Decimal; money: boolean; label: string } | null {
  switch (ref.kind) {
    case 'keyProject': {
      const p = e.keyProjects.find((k) => k.code === ref.project);
      if (!p) return null;
      if (ref.measure && ref.measure !== 'main') {
        const m = (p.measures ?? []).find((x) => x.key === ref.measure);
        if (!m) return null;
        if (ref.field === 'rate') {
          if (!m.actual || !m.target || Number(m.target) === 0) return null;
          return { value: mul(div(m.actual, m.target), 100), money: false, label: `${p.name}${m.name}完成比例` };
        }
        const mv = m[ref.field];
        if (mv === null) return null;
        const money = m.kind === 'money';
        return { value: money ? shift(mv, 4) : mv, money, label: `${p.name}${m.name}${ref.field === 'target' ? '任务数' : '完成数'}` };
      }
      if (ref.field === 'rate') {
        if (!p.actual || !p.target || Number(p.target) === 0) return null;
        return { value: mul(div(p.actual, p.target), 100), money: false, label: `${p.name}完成比例` };
      }
      const v = p[ref.field];
      return v === null ? null : { value: v, money: false, label: `${p.name}${ref.field === 'target' ? '任务数' : '完成数'}` };
    }
    case 'funding': {
      const p = e.keyProjects.find((k) => k.code === ref.project);
      if (!p) return null;
      const rows = p.funding.filter((f) => f.category === ref.category && (ref.source === null || f.source === ref.source));
      if (!rows.length) return null;
      return {
        value: shift(sum(rows.map((r) => r.amount)), 4),
        money: true,
        label: `${p.name}${ref.category}${ref.source ? `（${rows[0]!.label}）` : '合计'}`,
      };
    }
    case 'budget': {
      const acc = e.budget.find((b) => b.budgetType === ref.budgetType);
      const v = acc?.rows[ref.row]?.[ref.figure];
      return v === undefined
        ? null
        : { value: shift(v, 4), money: true, label: `${BUDGET_TYPE_LABELS[ref.budgetType]}${ROW_LABELS[ref.row]}${FIGURE_LABELS[ref.figure]}` };
    }
    case 'profile': {
      const pr = e.profile;
      if (!pr) return null;
      const v = ref.field === 'departmentCount' ? pr.departments.length : pr[ref.field];
      return v === null
        ? null
        : { value: String(v), money: false, label: `单位基本情况中的${ref.field === 'departmentCount' ? '内设机构数' : PROFILE_LABELS[ref.field]}` };
    }
    case 'indicator': {
      const iv = e.indicators.find((i) => i.indicatorCode === ref.code);
      const raw = iv?.[ref.field];
      if (raw === null || raw === undefined) return null;
      const q = parseQuantity(raw);
      return q ? { value: q.value, money: q.kind === 'money', label: `指标 ${ref.code} 的${INDICATOR_LABELS[ref.field] ?? ref.field}` } : null;
    }
  }
}

function nthIndexOf(hay: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function checkNarrative(e: Evaluation): Finding[] {
  const out: Finding[] = [];
  for (const s of e.sections) {
    for (const link of s.figures) {
      const para = s.paragraphs[link.paragraph];
      const location = { section: s.key, paragraph: link.paragraph, field: link.ref.kind };
      if (para === undefined || nthIndexOf(para, link.text, link.occurrence) < 0) {
        out.push(
          finding(
            'error',
            'narrative',
            `“${s.title}”中关联的数字“${link.text}”已不在正文中，请重新关联`,
            link.text,
            null,
            link.text,
            location,
            `The figure “${link.text}” linked in “${s.title}” is no longer in the text: link it again`,
          ),
        );
        continue;
      }
      const stated = parseQuantity(link.text);
      const stored = resolveRef(e, link.ref);
      if (!stated || !stored) continue;
      const shown = stored.money ? `${normalize(shift(stored.value, -4))}万元` : normalize(stored.value);
      if (!agrees(stated, stored.value))
        out.push(
          finding(
            'error',
            'narrative',
            `正文写“${link.text}”，但${stored.label}为 ${shown}`,
            link.text,
            shown,
            excerpt(para),
            location,
            `The text says “${link.text}”, but the data (${stored.label}) holds ${shown}`,
          ),
        );
    }
  }
  return out;
}
