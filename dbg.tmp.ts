import { readFileSync } from 'node:fs';
import { buildContext } from './src/domain/relations/context.js';
import { parseText } from './src/documents/import/structure.js';
import { partitionFor } from './src/domain/relations/sums.js';
const ctx = buildContext(parseText(readFileSync(process.argv[2]!, 'utf8')));
for (const f of ctx.figs) console.log(f.id, f.q.text, JSON.stringify({ label: f.label, concept: f.concept, role: f.role, sign: f.sign, stage: f.stage, scope: f.scope, depth: f.depth, s: f.sentence, lead: f.lead }));

