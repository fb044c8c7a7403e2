// The held-out set a run reads: excerpt files NNN.txt and index.json (format in docs/CHECKER.md,
// "Measuring on real reports (harness)"). Also builds the mutant plan of one clean document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateFigure, MUTATIONS, mutantAt, type Mutant } from './mutate.js';

export type DocKind = 'natural' | 'clean' | 'rounding';

export interface IndexRelation {
  kind: string;
  figures: string[];
  total?: string;
  /** A substring of the text holding the relation, to find the right occurrence of a repeated figure. */
  anchor?: string;
  note?: string;
}

export interface IndexDoc {
  file: string;
  kind: DocKind;
  /** natural: the erroneous figure(s) as written, and the relation they break. */
  wrong?: string[];
  wrongRelation?: string;
  relations: IndexRelation[];
  source?: string;
}

export function readIndex(dir: string): IndexDoc[] {
  const raw = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as unknown;
  const list: IndexDoc[] = Array.isArray(raw)
    ? (raw as IndexDoc[])
    : Array.isArray((raw as { docs?: unknown }).docs)
      ? (raw as { docs: IndexDoc[] }).docs
      : Object.entries(raw as Record<string, Omit<IndexDoc, 'file'>>).map(([file, d]) => ({ ...d, file }));
  for (const d of list) {
    if (!['natural', 'clean', 'rounding'].includes(d.kind)) throw new Error(`${d.file}: kind must be natural, clean or rounding`);
    d.relations ??= [];
  }
  return list.sort((a, b) => a.file.localeCompare(b.file));
}

export interface PlannedMutant extends Mutant {
  relationKind: string;
  figure: string;
}

export interface Plan {
  mutants: PlannedMutant[];
  /** Figures of a relation not found in the text (an index slip: reported, never mutated). */
  unplaced: { relationKind: string; figure: string }[];
}

/** Three mutants per figure of every hand-verified relation; one occurrence each, deduplicated by place. */
export function planMutants(text: string, relations: IndexRelation[]): Plan {
  const seen = new Set<string>();
  const mutants: PlannedMutant[] = [];
  const unplaced: Plan['unplaced'] = [];
  for (const rel of relations) {
    for (const figure of [...rel.figures, ...(rel.total ? [rel.total] : [])]) {
      const at = locateFigure(text, figure, rel.anchor);
      if (at === null) {
        unplaced.push({ relationKind: rel.kind, figure });
        continue;
      }
      for (const mutation of MUTATIONS) {
        const key = `${at}|${mutation}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const m = mutantAt(text, at, mutation);
        if (m) mutants.push({ ...m, relationKind: rel.kind, figure });
      }
    }
  }
  return { mutants, unplaced };
}
