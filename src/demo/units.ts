// The demo unit tree 湖南省妇联 → 邵阳市妇联 → 武冈市妇联 → 乡镇妇联 → 村妇联.
// Province/prefecture/county codes are the real administrative division codes; township and
// village codes below 430581 are made up for the demo (the seed names the places, not codes).
import type { DemoUnit } from './types.js';

const FROM = 2016;

function unit(code: string, name: string, shortName: string, level: DemoUnit['level'], parentCode: string | null): DemoUnit {
  return { code, name, shortName, type: '妇联', level, parentCode, fromYear: FROM };
}

export const WUGANG_TOWNSHIPS = {
  jingzhupu: '430581100', // 荆竹铺镇
  wantouqiao: '430581101', // 湾头桥镇
  wenping: '430581102', // 文坪镇
  qinqiao: '430581103', // 秦桥镇
} as const;

export const demoUnits: DemoUnit[] = [
  unit('430000', '湖南省妇女联合会', '省妇联', 'province', null),
  unit('430500', '邵阳市妇女联合会', '邵阳市妇联', 'prefecture', '430000'),
  unit('430581', '武冈市妇女联合会', '武冈市妇联', 'county', '430500'),
  unit(WUGANG_TOWNSHIPS.jingzhupu, '荆竹铺镇妇女联合会', '荆竹铺镇妇联', 'township', '430581'),
  unit(WUGANG_TOWNSHIPS.wantouqiao, '湾头桥镇妇女联合会', '湾头桥镇妇联', 'township', '430581'),
  unit(WUGANG_TOWNSHIPS.wenping, '文坪镇妇女联合会', '文坪镇妇联', 'township', '430581'),
  unit(WUGANG_TOWNSHIPS.qinqiao, '秦桥镇妇女联合会', '秦桥镇妇联', 'township', '430581'),
  // Villages named in seed 002 (六一 activities, 驻村 point, 湘妹子能量家园 示范点).
  unit('430581100201', '七里村妇女联合会', '七里村妇联', 'village', WUGANG_TOWNSHIPS.jingzhupu),
  unit('430581100202', '西塘村妇女联合会', '西塘村妇联', 'village', WUGANG_TOWNSHIPS.jingzhupu),
  unit('430581101201', '八一村妇女联合会', '八一村妇联', 'village', WUGANG_TOWNSHIPS.wantouqiao),
  unit('430581102201', '双龙兴村妇女联合会', '双龙兴村妇联', 'village', WUGANG_TOWNSHIPS.wenping),
];
