// Bench of the checker's relation model in process (analyzeText): a 20 KB report (target ≤ 300 ms),
// 1,000 reports (target ≤ 10 s), and growth: 200 KB, 1 MB, one 1 MB line, 5,000 / 50,000 tiny
// paragraphs, and a million of them (full run only). Cost must be near-linear: the per-KB (per-paragraph) ratios against the small
// input are the figures to watch (≤ ~2). Times are CPU time of the process (wall time on a shared
// machine mostly measures the neighbours); the 1,000-report wall time is printed next to it.
// Run: npx tsx bench/checkScale.ts [--quick]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/domain/checks/index.js';
import { parseText } from '../src/documents/import/structure.js';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const seed = readFileSync(join(root, 'fixtures/seeds/002_279d50849b4f1aa3.txt'), 'utf8');
const planted = readFileSync(join(root, 'test/corpus/planted-prose.txt'), 'utf8');
const unit = `${seed}\n${planted}\n`;

/** A report of about `kb` KB of UTF-8, every copy of the unit made distinct. */
function report(kb: number, salt = 0): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < kb * 1024; i++) {
    const s = unit.replace(/。/g, `${(i + salt) % 997}。`);
    parts.push(s);
    bytes += Buffer.byteLength(s);
  }
  return parts.join('');
}

/** CPU milliseconds of this process (user + system): on a shared machine wall time mostly measures the neighbours. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function time(text: string): { ms: number; relations: number } {
  const t0 = cpuMs();
  const a = analyzeText(parseText(text));
  return { ms: cpuMs() - t0, relations: a.relations.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// warm up the JIT so the first size is not charged for it
for (let i = 0; i < 5; i++) time(report(20, 1000 + i));

const small = report(20);
const smallMs = median(Array.from({ length: 9 }, (_, i) => time(small.replace(/。/g, `${i}。`)).ms));

const t1 = cpuMs();
const w1 = performance.now();
for (let i = 0; i < 1000; i++) analyzeText(parseText(i % 2 ? seed.replace(/。/g, `${i}。`) : small.replace(/。/g, `${i}。`)));
const thousandMs = cpuMs() - t1;
const thousandWall = performance.now() - w1;

const kb200 = time(report(200));
const mb1 = time(report(1024));
const oneLine = time(report(1024).replace(/\n/g, ''));
const tinyOf = (n: number) => Array.from({ length: n }, (_, i) => `${(i % 9) + 1}.第${i}项支出${i % 50}.5万元，其中设备${i % 7}万元。`).join('\n');
// growth on 5,000 → 50,000 paragraphs (both under the 2 M characters the text model reads), and a
// million: the model reads the first 2 M characters, the rest of the pipeline the whole text
const tinySmall = 5_000;
const tinyLarge = 50_000;
const tiny1 = time(tinyOf(tinySmall));
const tiny2 = time(tinyOf(tinyLarge));
const million = quick ? null : time(tinyOf(1_000_000));
// one cell per line ("x |") that never lines up into a table: each failed run used to be re-read from
// every later line (19,000 lines took minutes); the cost per line must stay flat
const cellLines = (n: number) => ['标题', ...Array.from({ length: n }, (_, i) => `${i} |`)].join('\n');
const cells1 = time(cellLines(1_900));
const cells2 = time(cellLines(19_000));

const perKb = (ms: number, kb: number) => ms / kb;
const figures = {
  check_analyze_20kb_ms: Math.round(smallMs),
  check_analyze_1000_reports_s: Math.round(thousandMs) / 1000,
  check_analyze_1000_reports_wall_s: Math.round(thousandWall) / 1000,
  check_analyze_200kb_ms: Math.round(kb200.ms),
  check_analyze_1mb_ms: Math.round(mb1.ms),
  check_analyze_1mb_one_line_ms: Math.round(oneLine.ms),
  check_analyze_5000_paragraphs_ms: Math.round(tiny1.ms),
  check_analyze_50000_paragraphs_ms: Math.round(tiny2.ms),
  check_analyze_1900_cell_lines_ms: Math.round(cells1.ms),
  check_analyze_19000_cell_lines_ms: Math.round(cells2.ms),
  check_growth_cell_lines_x10: Math.round((cells2.ms / 19_000 / (cells1.ms / 1_900)) * 100) / 100,
  ...(million ? { check_analyze_1m_paragraphs_ms: Math.round(million.ms) } : {}),
  // growth: cost per unit of input against the 20 KB report (1 = perfectly linear)
  check_growth_200kb_vs_20kb: Math.round((perKb(kb200.ms, 200) / perKb(smallMs, 20)) * 100) / 100,
  check_growth_1mb_vs_20kb: Math.round((perKb(mb1.ms, 1024) / perKb(smallMs, 20)) * 100) / 100,
  check_growth_paragraphs_x10: Math.round((tiny2.ms / tinyLarge / (tiny1.ms / tinySmall)) * 100) / 100,
};
console.log(
  `analyzeText: 20 KB report median ${figures.check_analyze_20kb_ms} ms (target ≤ 300); 1,000 reports ${figures.check_analyze_1000_reports_s} s (target ≤ 10; wall ${figures.check_analyze_1000_reports_wall_s} s) — CPU time`,
);
console.log(
  `analyzeText: 200 KB ${figures.check_analyze_200kb_ms} ms, 1 MB ${figures.check_analyze_1mb_ms} ms (${mb1.relations} relations), 1 MB on one line ${figures.check_analyze_1mb_one_line_ms} ms`,
);
console.log(
  `analyzeText: ${tinySmall} tiny paragraphs ${Math.round(tiny1.ms)} ms, ${tinyLarge} ${Math.round(tiny2.ms)} ms${million ? `, 1,000,000 ${Math.round(million.ms)} ms (text model bounded to 2 M characters)` : ''}`,
);
console.log(
  `growth per unit of input (1 = linear): 200 KB ${figures.check_growth_200kb_vs_20kb}, 1 MB ${figures.check_growth_1mb_vs_20kb}, paragraphs ×10 ${figures.check_growth_paragraphs_x10}, one-cell lines ×10 ${figures.check_growth_cell_lines_x10} (${figures.check_analyze_1900_cell_lines_ms} → ${figures.check_analyze_19000_cell_lines_ms} ms)`,
);
console.log(`BENCH_JSON ${JSON.stringify(figures)}`);
