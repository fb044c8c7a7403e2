// "决算数大于（小于/等于）预算数的主要原因": the words say which way the amount spent differs from the budget stated
// just before (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';

const said = (text: string) => ofKind(text, 'difference').map((r) => r[0]);

describe('决算数大于/小于/等于预算数, no figure of its own', () => {
  it('agrees with the two figures before it', () => {
    expect(said('丙（项）42.10万元。年初预算为48.00万元，支出决算为42.10万元。决算数小于预算数的主要原因：压减会议。')).toEqual(['ok']);
    expect(said('年初预算为 15.00 万元，支出决算为 15.00 万元。决算数等于预\n算数。')).toEqual(['ok']);
    expect(said('年初预算为12.00万元，支出决算为13.40万元，决算数大于预算数的主要原因是新增人员。')).toEqual(['ok']);
  });
  it('contradicts them', () => {
    expect(said('年初预算为48.00万元，支出决算为421.00万元。决算数小于预算数的主要原因：压减会议。')).toEqual(['error']);
    expect(said('年初预算为15.00万元，支出决算为16.00万元。决算数等于预算数。')).toEqual(['error']);
    expect(said('年初预算为12.00万元，支出决算为11.40万元。决算数大于预算数的主要原因是新增人员。')).toEqual(['error']);
  });
  it('look-alikes stay quiet', () => {
    // 大于 over two figures written equal: within their rounding, nothing to say
    expect(said('年初预算为20.00万元，支出决算为20.00万元。决算数大于预算数的主要原因：追加。')).toEqual([]);
    // two budgets before it (年初 and 调整后) and the statement names neither
    expect(said('年初预算为20.00万元，调整后预算为26.00万元，支出决算为24.00万元。决算数小于预算数。')).toEqual([]);
    // the budget two sentences back is another item's
    expect(said('年初预算为20.00万元。另一项目支出决算为24.00万元。本项目主要用于培训。决算数小于预算数。')).toEqual([]);
  });
});
