// Every action code the services write has a label: an unlabelled one showed as itself
// (“evaluation.create” in the Chinese audit log of a filler's first 自评).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditEn } from '../../i18n/audit.en.js';
import { auditZh } from '../../i18n/audit.zh.js';

const SERVICES = join(import.meta.dirname, '../../../../src/services');
const written = new Set(
  readdirSync(SERVICES)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .flatMap((f) => [...readFileSync(join(SERVICES, f), 'utf8').matchAll(/\baction: '([a-zA-Z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1]!)),
);

describe('audit action labels', () => {
  it('finds the codes the services write (the scan works)', () => {
    expect(written).toContain('evaluation.save');
    expect(written).toContain('evaluation.create');
  });

  it('labels each in Chinese and English', () => {
    const zh = auditZh as Record<string, string>;
    expect([...written].filter((code) => !zh[`act.${code}`])).toEqual([]);
    expect([...written].filter((code) => !auditEn[`act.${code}` as keyof typeof auditEn])).toEqual([]);
  });
});
