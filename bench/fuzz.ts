// Fuzzing run: ≥ 10,000 generated or mutated inputs over the quantity parser, the checker and the
// .txt/.docx/.xlsx readers. Prints counts per target; exits 1 on any crash or hang.
//   npx tsx bench/fuzz.ts [inputsPerTarget=2500] [seed]
import { formatReports, fuzzAll } from '../test/security/fuzzing.js';

const perTarget = Number(process.argv[2] ?? 2500);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const t0 = performance.now();
const reports = await fuzzAll(perTarget, seed);
console.log(`fuzz seed=${seed} perTarget=${perTarget} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(formatReports(reports));
const bad = reports.reduce((a, r) => a + r.crashes + r.hangs, 0);
const total = (k: 'inputs' | 'crashes' | 'hangs' | 'otherRefusals') => reports.reduce((a, r) => a + r[k], 0);
console.log(`BENCH_JSON ${JSON.stringify({ fuzz_inputs: total('inputs'), fuzz_crashes: total('crashes'), fuzz_hangs: total('hangs'), fuzz_unclear_refusals: total('otherRefusals'), fuzz_seed: seed })}`);
process.exit(bad ? 1 : 0);
