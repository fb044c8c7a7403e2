// Synthetic 2022 "两癌" figures for Wugang's four townships, so roll-ups have children.
// They sum exactly to 武冈市妇联's 10361 (target) / 10780 (actual) from seed 002.
import { LIANGAI_NAME } from './hunan2016/keyProject.js';
import type { DemoKeyProjectValue } from './types.js';
import { WUGANG_TOWNSHIPS } from './units.js';

function liangai2022(unitCode: string, target: string, actual: string): DemoKeyProjectValue {
  return {
    unitCode,
    year: 2022,
    project: {
      code: 'liangai',
      name: LIANGAI_NAME,
      measure: '检查人数',
      unitOfMeasure: '人',
      target,
      actual,
      measures: [],
      funding: [],
      note: '演示数据（虚构）',
    },
  };
}

export const demoKeyProjectValues: DemoKeyProjectValue[] = [
  liangai2022(WUGANG_TOWNSHIPS.jingzhupu, '2850', '2960'),
  liangai2022(WUGANG_TOWNSHIPS.wantouqiao, '2710', '2835'),
  liangai2022(WUGANG_TOWNSHIPS.wenping, '2486', '2590'),
  liangai2022(WUGANG_TOWNSHIPS.qinqiao, '2315', '2395'),
];
