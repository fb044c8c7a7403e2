import { describe, expect, it } from 'vitest';
import { checkSums } from './sums.js';

describe('sums', () => {
  it.each([
    '全年全省累计投入1.9亿元，其中中央补助项目经费2473万元，省级6823万元，市县配套9810万元，为101.76万名农村妇女进行了检查。',
    '争取“两癌”救助款4190万元，其中争取中央彩票公益金2990万元，省级专项彩票公益金1200万元。',
    '向省委党校、省直机关党校送训5人，其中处干3名，科干2名。',
    '危房改造13户，其中建档立卡贫困户6户。',
    '资金100.00万元，其中甲33.33万元，乙33.33万元，丙33.33万元。', // officials' rounding of parts
    '发放宣传资料5000余份，其中宣传册3000份，折页2500份。', // 余 is not a sum
  ])('no false alarm: %s', (s) => {
    expect(checkSums(s)).toEqual([]);
  });
  it.each<[string, string, string, string]>([
    ['争取救助款89.97万元，其中中央彩票公益金30万元，省级彩票公益金30万元，市县募集29.99万元。', 'error', '89.97万元', '89.99万元'],
    ['累计投入1.9亿元，其中中央2473万元，省级6823万元，市县配套7810万元。', 'error', '1.9亿元', '17106万元'],
    ['新增设备投入200万元，其中购置B超设备260万元。', 'error', '200万元', '260万元'],
    ['培训妇女1259人，其中贫困妇女300人，带动就业500人。', 'warning', '1259人', '800人'],
  ])('%s', (s, severity, stated, computed) => {
    expect(checkSums(s)).toMatchObject([{ rule: 'sum', severity, stated, computed }]);
  });
});
