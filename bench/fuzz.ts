// Fuzzing run: ≥ 20,000 generated or mutated inputs over the quantity parser, the checker, the
// .txt/.docx/.xlsx readers and the HTTP API (encoded paths, NUL bytes, huge ids, junk bodies,
// paragraph bombs). Prints counts per target; exits 1 on any crash (500), hang or failure.
//   npx tsx bench/fuzz.ts [inputsPerTarget=3000] [seed]
import { fuzzApi } from '../test/security/fuzzApi.js';
import { formatReports, fuzzAll } from '../test/security/fuzzing.js';

const perTarget = Number(process.argv[2] ?? 3000);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const t0 = performance.now();
const reports = [...(await fuzzAll(perTarget, seed)), ...(await fuzzApi(perTarget * 2, Math.max(8, Math.round(perTarget / 100)), seed))];
console.log(`fuzz seed=${seed} perTarget=${perTarget} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(formatReports(reports));
const bad = reports.reduce((a, r) => a + r.crashes + r.hangs, 0);
const total = (k: 'inputs' | 'crashes' | 'hangs' | 'otherRefusals') => reports.reduce((a, r) => a + r[k], 0);
console.log(
  `BENCH_JSON ${JSON.stringify({ fuzz_inputs: total('inputs'), fuzz_crashes: total('crashes'), fuzz_hangs: total('hangs'), fuzz_unclear_refusals: total('otherRefusals'), fuzz_seed: seed })}`,
);
process.exit(bad ? 1 : 0);
