import { readFileSync, readdirSync } from 'node:fs';
import { analyzeText } from './src/domain/checks/index.js';
import { parseText } from './src/documents/import/structure.js';
const dir = process.argv[2] ?? '/work/wt/checker/test/checker-validation/';
const expect = JSON.parse(readFileSync(dir + 'expect.json', 'utf8'));
let found = 0, planted = 0, falseErr = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
  const a = analyzeText(parseText(readFileSync(dir + f, 'utf8')));
  const errs = a.relations.filter((r) => r.verdict === 'error');
  const exp = expect[f] ?? [];
  const hit = exp.length === 0 ? true : exp.some((e: any) => errs.some((r) => Math.abs(Math.abs(r.stated!) - Math.abs(e.stated)) < 0.011 && r.computed !== null && Math.abs(r.computed - e.computed) < 0.011));
  if (exp.length) { planted++; if (hit) found++; } else if (a.findings.some((x) => x.severity === 'error')) falseErr++;
  const ok = exp.length ? hit : !a.findings.some((x) => x.severity === 'error');
  console.log(ok ? 'OK ' : 'XX ', f, a.relations.map((r) => `${r.kind}:${r.verdict}:${r.stated}/${r.computed}`).join('  '), a.findings.filter((x) => x.severity === 'error').map((x) => `[${x.rule} ${x.stated}→${x.computed}]`).join(' '));
}
console.log({ found, planted, falseErr });
