// A compact way to write a framework tree as data: groups carry a weight and children, leaves an
// operator, unit and rule. Codes are dotted paths ("1", "1.2", "1.2.3"); levels follow the depth.
import { normalize } from '../decimal.js';
import type { Framework, FrameworkKind, IndicatorDef, IndicatorLevel, IndicatorSource, Operator, ScoringRule } from '../types.js';

export interface GroupSpec {
  code: string;
  name: string;
  weight: string;
  children: NodeSpec[];
}
export interface LeafSpec {
  code: string;
  name: string;
  unit: string | null;
  operator: Operator;
  weight: string;
  rule?: ScoringRule; // default: ratio for >=/<=/=, else the operator's own rule
  source?: IndicatorSource; // a computed leaf
}
export type NodeSpec = GroupSpec | LeafSpec;

export const group = (code: string, name: string, weight: string, children: NodeSpec[]): GroupSpec => ({ code, name, weight, children });
export const leaf = (
  code: string,
  name: string,
  unit: string | null,
  operator: Operator,
  weight: string,
  rule?: ScoringRule,
  source?: IndicatorSource,
): LeafSpec => ({
  code,
  name,
  unit,
  operator,
  weight,
  ...(rule ? { rule } : {}),
  ...(source ? { source } : {}),
});

export function defaultRule(op: Operator): ScoringRule {
  if (op === 'qualitative') return { kind: 'qualitative' };
  if (op === 'yesNo') return { kind: 'yesNo' };
  return { kind: 'ratio' };
}

export const parentCodeOf = (code: string): string | null => (code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null);

/** Flattens a tree into IndicatorDef rows in document order. */
export function flatten(frameworkId: string, nodes: NodeSpec[]): IndicatorDef[] {
  const out: IndicatorDef[] = [];
  const walk = (list: NodeSpec[]) =>
    list.forEach((node, i) => {
      const level = node.code.split('.').length as IndicatorLevel;
      const isGroup = 'children' in node;
      out.push({
        id: `${frameworkId}:${node.code}`,
        code: node.code,
        parentCode: parentCodeOf(node.code),
        level,
        order: i + 1,
        name: node.name,
        unit: isGroup ? null : node.unit,
        operator: isGroup ? null : node.operator,
        weight: normalize(node.weight),
        rule: isGroup ? { kind: 'none' } : (node.rule ?? defaultRule(node.operator)),
        ...(!isGroup && node.source ? { source: node.source } : {}),
      });
      if (isGroup) walk(node.children);
    });
  walk(nodes);
  return out;
}

export function framework(id: string, name: string, kind: FrameworkKind, nodes: NodeSpec[]): Framework {
  return { id, code: id, name, kind, year: null, version: 1, frozen: false, indicators: flatten(id, nodes) };
}
