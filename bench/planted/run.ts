// Planted-error harness on a held-out set of real excerpts (kept outside the repository).
// Run: npx tsx bench/planted/run.ts SET_DIR OUT_DIR [TAG]
// Same code path as `jixiao check FILE --relations --json` (read the bytes as a .txt, analyzeText),
// in process, the checker loaded once. Method: docs/CHECKER.md, "Measuring on real reports (harness)".
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeText } from '../../src/domain/checks/index.js';
import { bufferToDocument } from '../../src/documents/import/read.js';
import { planMutants, readIndex } from './corpus.js';
import { figureValue, sentenceAround } from './mutate.js';
import { writeOutputs, type DocOutcome, type MutantOutcome } from './report.js';
import { errorFindingCount, errorItems, mutantFound, naming, type CheckResult } from './score.js';

async function check(text: string, file: string): Promise<CheckResult> {
  return analyzeText(await bufferToDocument(Buffer.from(text, 'utf8'), file));
}

async function main() {
  const [setDir, outArg, tag = 'run'] = process.argv.slice(2);
  if (!setDir || !outArg) {
    process.stderr.write('usage: tsx bench/planted/run.ts SET_DIR OUT_DIR [TAG]\n');
    process.exit(2);
  }
  const outDir = resolve(outArg);
  mkdirSync(outDir, { recursive: true });
  const t0 = performance.now();
  const docs: DocOutcome[] = [];
  const mutants: MutantOutcome[] = [];
  for (const d of readIndex(setDir)) {
    const t1 = performance.now();
    const text = readFileSync(join(setDir, d.file), 'utf8');
    const base = await check(text, d.file);
    const baseErrors = errorItems(base);
    const out: DocOutcome = {
      file: d.file,
      kind: d.kind,
      relations: d.relations.length,
      errors: base.findings.filter((f) => f.severity === 'error').map((f) => `[${f.rule}] line ${f.location?.line ?? '?'}: ${f.message}`),
      unplaced: [],
      ms: 0,
    };
    if (d.kind === 'natural') {
      const wrong = (d.wrong ?? []).map(figureValue).filter((v): v is number => v !== null);
      out.natural = errorFindingCount(base) > 0 && wrong.some((v) => naming(baseErrors, v).length > 0);
    } else {
      const plan = planMutants(text, d.relations);
      out.unplaced = plan.unplaced.map((u) => `${u.relationKind}: ${u.figure}`);
      for (const m of plan.mutants) {
        const hit = mutantFound(baseErrors, errorItems(await check(m.text, d.file)), figureValue(m.to)!);
        mutants.push({
          file: d.file,
          relationKind: m.relationKind,
          figure: m.figure,
          from: m.from,
          to: m.to,
          mutation: m.mutation,
          found: hit !== null,
          ...(hit ? { by: hit.kind } : {}),
          sentence: sentenceAround(m.text, m.at),
        });
      }
    }
    out.ms = Math.round(performance.now() - t1);
    docs.push(out);
    process.stderr.write(`${d.file} ${d.kind} ${out.ms} ms\n`);
  }
  process.stdout.write(writeOutputs(outDir, docs, mutants, tag, (performance.now() - t0) / 1000));
}

await main();
