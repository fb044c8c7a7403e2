import { readFileSync } from 'node:fs';
import { checkText } from './src/domain/checks/index.js';
import { readDocument } from './src/documents/import/read.js';
for (const n of ['planted-prose', 'planted-budget', 'gbk-planted-budget', 'planted-table']) {
  const fs = checkText(await readDocument(`test/corpus/${n}.txt`)).map((f) => ({ line: f.location?.line, severity: f.severity, rule: f.rule, stated: f.stated, computed: f.computed }));
  const exp = JSON.parse(readFileSync(`test/corpus/${n}.expected.json`, 'utf8'));
  console.log('==', n);
  console.log(' got', JSON.stringify(fs));
  console.log(' exp', JSON.stringify(exp));
}
