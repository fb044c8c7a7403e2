// A whole said to have N kinds, then a 其中 list of N parts (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeDocument } from './index.js';

const rel = (text: string) =>
  analyzeDocument(parseText(text))
    .relations.filter((r) => r.kind === 'sum' || r.kind === 'subset')
    .map((r) => [r.kind, r.verdict, r.stated, r.computed]);

const two = '本中心主要有日常运转项目支出、设备更新专项支出两类支出，项目资金总预算为640.5万元，其中日常运转项目支出40.5万元，设备更新专项支出600万元。';

describe('N kinds named, then N parts after 其中', () => {
  it('the parts are all of the total', () => {
    expect(rel(two)).toEqual([['sum', 'ok', 640.5, 640.5]]);
  });
  it('parts that fall short of the total are an error', () => {
    expect(rel(two.replace('640.5万元', '658.5万元'))).toEqual([['sum', 'error', 658.5, 640.5]]);
  });
  it('分为两部分 without names counts too', () => {
    const parts = '该项目资金分为两部分，总额为300万元，其中建设资金260万元，运维资金30万元。';
    expect(rel(parts)).toEqual([['sum', 'error', 300, 290]]);
  });
  it('look-alike: three kinds said, two listed — a subset', () => {
    const three = two.replace('两类支出', '及其他三类支出');
    expect(rel(three.replace('640.5万元', '658.5万元'))).toEqual([['subset', 'ok', 658.5, 640.5]]);
  });
  it('look-alike: the parts are not the kinds named (another split of the total)', () => {
    const other = two.replace('其中日常运转项目支出40.5万元，设备更新专项支出600万元', '其中市级资金40.5万元，区级资金600万元');
    expect(rel(other.replace('640.5万元', '658.5万元'))).toEqual([['subset', 'ok', 658.5, 640.5]]);
  });
  it('look-alike: 包括…等 without a count stays a subset', () => {
    const etc = '本中心支出包括日常运转、设备更新等，项目资金总预算为658.5万元，其中日常运转项目支出40.5万元，设备更新专项支出600万元。';
    expect(rel(etc)).toEqual([['subset', 'ok', 658.5, 640.5]]);
  });
});
