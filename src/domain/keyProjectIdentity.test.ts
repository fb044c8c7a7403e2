import { describe, expect, it } from 'vitest';
import { codeForName, identifyKeyProjects, renamedAnchor, renamedRef } from './keyProjectIdentity.js';
import type { KeyProject } from './types.js';

const project = (code: string, name: string): KeyProject => ({
  code,
  name,
  measure: '人数',
  unitOfMeasure: '人',
  target: null,
  actual: null,
  measures: [],
  funding: [],
  note: null,
});

describe('identifyKeyProjects', () => {
  it('says which codes it replaced, and none when every code is already the shared one', () => {
    const { projects, renamed } = identifyKeyProjects([project('kp1', '两癌'), project('kp2', '巾帼家政培训'), project('own', '其他')]);
    expect(projects.map((p) => p.code)).toEqual(['liangai', codeForName('巾帼家政培训'), 'own']);
    expect([...renamed]).toEqual([
      ['kp1', 'liangai'],
      ['kp2', codeForName('巾帼家政培训')],
    ]);
    expect(identifyKeyProjects(projects).renamed.size).toBe(0);
  });
});

describe('renamed anchors and figure refs', () => {
  const renamed = new Map([['kp1', 'liangai']]);
  it('a pin on the project or one of its fields follows the code; other pins stay', () => {
    expect(renamedAnchor('keyProjects.kp1', renamed)).toBe('keyProjects.liangai');
    expect(renamedAnchor('keyProjects.kp1.funding.0', renamed)).toBe('keyProjects.liangai.funding.0');
    expect(renamedAnchor('keyProjects.kp10', renamed)).toBe('keyProjects.kp10');
    expect(renamedAnchor('indicators.kp1', renamed)).toBe('indicators.kp1');
  });
  it('a narrative figure of the project or its funding follows the code; others stay', () => {
    expect(renamedRef({ kind: 'keyProject', project: 'kp1', field: 'actual' }, renamed)).toEqual({ kind: 'keyProject', project: 'liangai', field: 'actual' });
    expect(renamedRef({ kind: 'funding', project: 'kp1', category: '检查经费', source: null }, renamed)).toMatchObject({ project: 'liangai' });
    expect(renamedRef({ kind: 'keyProject', project: 'kp2', field: 'actual' }, renamed)).toMatchObject({ project: 'kp2' });
    expect(renamedRef({ kind: 'indicator', code: 'kp1', field: 'actual' }, renamed)).toEqual({ kind: 'indicator', code: 'kp1', field: 'actual' });
  });
});
