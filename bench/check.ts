// Bench of the checker: whole-process `jixiao check` on a 20 KB report (target ≤ 300 ms), and
// in-process throughput over 1,000 reports. Run: npx tsx bench/check.ts
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkText } from '../src/domain/checks/index.js';
import { parseText } from '../src/documents/import/structure.js';

const root = new URL('..', import.meta.url).pathname;
const seed = readFileSync(join(root, 'fixtures/seeds/002_279d50849b4f1aa3.txt'), 'utf8');
const planted = readFileSync(join(root, 'test/corpus/planted-prose.txt'), 'utf8');
let report = seed;
while (Buffer.byteLength(report) < 20 * 1024) report += `\n${planted}`;
const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
const file = join(dir, 'report-20k.txt');
writeFileSync(file, report);

// Whole process: the built CLI when present (node bin/jixiao.js), else tsx on the sources.
const built = existsSync(join(root, 'bin/jixiao.js')) && existsSync(join(root, 'dist/src/cli/main.js'));
const cmd = built ? process.execPath : join(root, 'node_modules/.bin/tsx');
const args = built ? [join(root, 'bin/jixiao.js'), 'check', file] : [join(root, 'src/cli/main.ts'), 'check', file];
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
  } catch {
    /* exit 1: the planted errors were found */
  }
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);

const t1 = performance.now();
let findings = 0;
// every report distinct (a number before each 。) so no sentence is seen twice
for (let i = 0; i < 1000; i++) findings += checkText(parseText((i % 2 ? seed : report).replace(/。/g, `${i}。`))).length;
const ms = performance.now() - t1;

console.log(
  `check: whole process (${built ? 'node bin/jixiao.js' : 'tsx src/cli/main.ts'}) on a ${(Buffer.byteLength(report) / 1024).toFixed(1)} KB report: median ${times[2]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[4]!.toFixed(0)})`,
);
console.log(
  `check: 1,000 reports in-process (half 20 KB, half the 8 KB seed): ${ms.toFixed(0)} ms = ${((1000 / ms) * 1000).toFixed(0)} reports/s (${findings} findings)`,
);
console.log(
  `BENCH_JSON ${JSON.stringify({ check_process_20kb_ms: Math.round(times[2]!), check_process_mode: built ? 'node dist' : 'tsx', check_1000_reports_s: Math.round(ms) / 1000, check_reports_per_s: Math.round((1000 / ms) * 1000) })}`,
);
