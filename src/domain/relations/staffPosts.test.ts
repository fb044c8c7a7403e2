// Head-counts: 在职 by post category, 实有 = 在职 + 离休 + 退休 (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeDocument } from './index.js';

const rel = (text: string) =>
  analyzeDocument(parseText(text))
    .relations.filter((r) => r.kind === 'sum' || r.kind === 'subset')
    .map((r) => [r.kind, r.verdict, r.stated, r.computed]);

describe('在职人员 by post category', () => {
  const text = '人员概况：在职人员46人，专业技术人员30人、管理人员6人，工勤人员10人。';
  it('the three categories add up to the staff', () => {
    expect(rel(text)).toEqual([['sum', 'ok', 46, 46]]);
    expect(rel(text.replace('管理人员6人', '管理人员8人'))).toEqual([['sum', 'error', 46, 48]]);
  });
  it('look-alike: two of the three categories is no complete set', () => {
    expect(rel('人员概况：在职人员46人，专业技术人员30人、管理人员6人。')).toEqual([]);
  });
  it('look-alike: 项目管理人员 of another total are not a post category of the staff', () => {
    expect(rel('本项目投入人员46人，项目管理人员6人，技术服务人员30人，工勤人员10人。').filter((r) => r[1] === 'error')).toEqual([]);
  });
});

describe('年末实有 = 在职 + 离休 + 退休', () => {
  const text = '年末实有120人，其中在职人员80人，离休2人，退休38人。';
  it('the three add up to the head-count', () => {
    expect(rel(text)).toEqual([['sum', 'ok', 120, 120]]);
    expect(rel(text.replace('退休38人', '退休48人'))).toEqual([['sum', 'error', 120, 130]]);
  });
});
