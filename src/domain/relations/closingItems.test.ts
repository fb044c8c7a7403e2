// A list whose last item is the rest of its total (其他收入 / 其余部分 / 剩余资金) is all of it: the parts must add
// up, beyond rounding (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const listed = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'sum' || r.kind === 'subset')
    .map((r) => [r.kind, r.verdict, r.stated, r.computed]);

describe('…，其他X c closes the list', () => {
  const t = '2025年全镇非税及补助收入8,640万元，其中：土地出让收入6,150万元，房屋租赁收入1,930万元，其他收入560万元。';
  it('adds up: a sum, ok', () => {
    expect(listed(t)).toEqual([['sum', 'ok', 8640, 8640]]);
  });
  it('the rest off by more than rounding (560 → 598, no one-digit slip): an error', () => {
    expect(listed(t.replace('其他收入560', '其他收入598'))).toEqual([['sum', 'error', 8640, 8678]]);
    expect(listed(t.replace('其他收入560', '其他收入522'))).toEqual([['sum', 'error', 8640, 8602]]);
  });
  it('其余部分 (a generic rest) closes any list', () => {
    const rest = '项目总投资2,480万元，其中争取上级补助1,600万元，县级配套500万元，其余部分380万元。';
    expect(listed(rest)).toEqual([['sum', 'ok', 2480, 2480]]);
    expect(listed(rest.replace('其余部分380', '其余部分352'))).toEqual([['sum', 'error', 2480, 2452]]);
  });
});

describe('look-alikes that stay subsets', () => {
  const t = '2025年全镇非税及补助收入8,640万元，其中：土地出让收入6,150万元，房屋租赁收入1,930万元，其他收入522万元';
  it('a rest of another noun than the total (其他设备购置 under 经费) is one more item, not the rest', () => {
    expect(listed('本年度运行经费9,460万元，其中：人员聘用4,210万元，车辆租赁1,370万元，其他设备购置915万元。')).toEqual([['subset', 'ok', 9460, 6495]]);
  });
  it('…等 after the rest: the text says the list is partial', () => {
    expect(listed(`${t}等。`)).toEqual([['subset', 'ok', 8640, 8602]]);
  });
  it('其他 not last: the list goes on past it', () => {
    expect(listed('2025年全镇非税及补助收入8,640万元，其中：其他收入522万元，土地出让收入6,150万元，房屋租赁收入1,930万元。')).toEqual([
      ['subset', 'ok', 8640, 8602],
    ]);
  });
});

describe('共有车辆n辆，其中：…、其他用车m辆: the vehicles of other uses are the rest', () => {
  const t = '截至年末，某中心共有车辆6辆，其中：主要领导干部用车0辆、执法执勤用车2辆、应急保障用车1辆、其他用车3辆。';
  it('every use is listed (a name opening with 主要 is no explanation), and they add up', () => {
    expect(listed(t)).toEqual([['sum', 'ok', 6, 6]]);
  });
  it('uses that add up to more or less than the vehicles: error', () => {
    expect(listed(t.replace('其他用车3辆', '其他用车4辆'))).toEqual([['sum', 'error', 6, 7]]);
    expect(listed(t.replace('执法执勤用车2辆', '执法执勤用车1辆'))).toEqual([['sum', 'error', 6, 5]]);
  });
  it('other staff after a count of people is no rest of vehicles: a subset only', () => {
    const people = '某中心共有车辆6辆，其中：执法执勤用车2辆、其他人员3人。';
    expect(listed(people).filter((r) => r[2] === 6 && r[0] === 'sum')).toEqual([]);
  });
});
