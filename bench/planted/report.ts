// The three output files of a run: summary.txt, details.md, MISSES.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocKind } from './corpus.js';
import type { Mutation } from './mutate.js';

export interface MutantOutcome {
  file: string;
  relationKind: string;
  figure: string;
  from: string;
  to: string;
  mutation: Mutation;
  found: boolean;
  by?: string;
  sentence: string;
}

export interface DocOutcome {
  file: string;
  kind: DocKind;
  relations: number;
  errors: string[];
  natural?: boolean;
  unplaced: string[];
  ms: number;
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '—');
const tally = (xs: MutantOutcome[], by: (m: MutantOutcome) => string) => {
  const t = new Map<string, { found: number; total: number }>();
  for (const m of xs) {
    const e = t.get(by(m)) ?? { found: 0, total: 0 };
    e.total++;
    if (m.found) e.found++;
    t.set(by(m), e);
  }
  return [...t.entries()].sort((a, b) => b[1].total - a[1].total);
};

export function summaryText(docs: DocOutcome[], mutants: MutantOutcome[], tag: string, seconds: number): string {
  const natural = docs.filter((d) => d.kind === 'natural');
  const clean = docs.filter((d) => d.kind !== 'natural');
  const falseDocs = clean.filter((d) => d.errors.length);
  const found = mutants.filter((m) => m.found).length;
  const lines = [
    `run ${tag}: ${docs.length} documents (${natural.length} natural, ${docs.filter((d) => d.kind === 'rounding').length} rounding-only, ${docs.filter((d) => d.kind === 'clean').length} clean), ${seconds.toFixed(1)} s`,
    `natural ${natural.filter((d) => d.natural).length}/${natural.length}`,
    `false ${falseDocs.length}/${clean.length} (${falseDocs.reduce((s, d) => s + d.errors.length, 0)} error findings)`,
    `planted ${found}/${mutants.length} ratio ${ratio(found, mutants.length)}`,
    'by relation kind:',
    ...tally(mutants, (m) => m.relationKind).map(([k, v]) => `  ${k} ${v.found}/${v.total} ${ratio(v.found, v.total)}`),
    'by mutation:',
    ...tally(mutants, (m) => m.mutation).map(([k, v]) => `  ${k} ${v.found}/${v.total} ${ratio(v.found, v.total)}`),
  ];
  const unplaced = docs.flatMap((d) => d.unplaced.map((u) => `${d.file} ${u}`));
  if (unplaced.length) lines.push(`index figures not found in their text (not mutated): ${unplaced.length}`, ...unplaced.map((u) => `  ${u}`));
  return lines.join('\n') + '\n';
}

function detailsText(docs: DocOutcome[], mutants: MutantOutcome[]): string {
  const out = ['# Details', '', '| file | kind | relations | mutants found | natural | error findings | ms |', '|---|---|---|---|---|---|---|'];
  for (const d of docs) {
    const mine = mutants.filter((m) => m.file === d.file);
    const nat = d.kind === 'natural' ? (d.natural ? 'found' : 'missed') : '';
    out.push(`| ${d.file} | ${d.kind} | ${d.relations} | ${mine.filter((m) => m.found).length}/${mine.length} | ${nat} | ${d.errors.length} | ${d.ms} |`);
  }
  for (const d of docs.filter((x) => x.errors.length)) {
    out.push('', `## ${d.file} (${d.kind}) errors on the unmutated text`, '', ...d.errors.map((e) => `- ${e}`));
  }
  return out.join('\n') + '\n';
}

function missesText(mutants: MutantOutcome[]): string {
  const missed = mutants.filter((m) => !m.found);
  const out = [`# Missed mutants (${missed.length} of ${mutants.length})`];
  for (const [kind] of tally(missed, (m) => m.relationKind)) {
    const group = missed.filter((m) => m.relationKind === kind);
    out.push('', `## ${kind} (${group.length})`, '');
    for (const m of group) out.push(`- ${m.file} ${m.mutation} ${m.from} → ${m.to}: ${m.sentence}`);
  }
  return out.join('\n') + '\n';
}

export function writeOutputs(outDir: string, docs: DocOutcome[], mutants: MutantOutcome[], tag: string, seconds: number): string {
  const summary = summaryText(docs, mutants, tag, seconds);
  writeFileSync(join(outDir, 'summary.txt'), summary);
  writeFileSync(join(outDir, 'details.md'), detailsText(docs, mutants));
  writeFileSync(join(outDir, 'MISSES.md'), missesText(mutants));
  return summary;
}
