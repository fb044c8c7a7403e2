// A qualifying aside between a name and its figure (政府采购金额（以合同签订为准）为a) leaves the name its own
// (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, find } from '../../../test/helpers/relations.js';

describe('（以…为准） / （不含…） between a name and its figure', () => {
  const text =
    '本部门 2025 年度政府采购金额（以合同签订为准）为 905.40 万元，其中：货物采购金额 120.40 万元、工程采购金额 300.00 万元、服务采购金额 485.00 万元。';
  it('the total keeps its name: goods, works and services are all of it', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'sum', 905.4)?.verdict).toBe('ok');
  });
  it('a total above its three classes is an error (a subset before)', () => {
    expect(errors(text.replace('为 905.40 万元', '为 968.78 万元'))).toEqual([['sum', 968.78, 905.4]]);
  });
  it('（不含…） the same way', () => {
    const t = '本年支出（不含专户资金）为126.00万元，其中：基本支出70.00万元，项目支出50.00万元。';
    expect(errors(t)).toEqual([['sum', 126, 120]]);
  });
  it('an aside holding a figure stays a figure of its own (look-alike)', () => {
    const t = '本年支出（含上年结转10.00万元）为130.00万元，其中：基本支出70.00万元，项目支出50.00万元。';
    expect(errors(t)).toEqual([]);
  });
});
