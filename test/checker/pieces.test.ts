// A piece of a report (one line, one sentence, one table row) is a document too: the checker must
// read it without throwing. Two such pieces once made `check` call the whole file unreadable.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/domain/checks/index.js';
import { parseText } from '../../src/documents/import/structure.js';

const dir = new URL('../checker-corpus/', import.meta.url).pathname;
const read = (text: string) => analyzeText(parseText(text));

describe('pieces of reports', () => {
  it('reads a lone balance sentence with no totals before it', () => {
    const a = read('上述收支相抵，年终结余260万元，全部结转下年使用。');
    expect(a.relations).toEqual([]);
  });

  it('reads a lone 自评表 row', () => {
    const a = read('| | 数量指标 | 培训人次 | ≥300人次 | 320人次 | 10 | 10 | |');
    expect(a.relations).toEqual([]);
  });

  it('reads every line of our corpus alone', () => {
    let lines = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        lines++;
        expect(() => read(line), `${f}: ${line}`).not.toThrow();
      }
    }
    expect(lines).toBeGreaterThan(500);
  });
});
