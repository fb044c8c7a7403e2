// A deterministic synthetic country for scale tests: 全国 → 省 → 市 → 县 → 乡镇 → 村 in the
// national proportions of DOMAIN.md (31 : 333 : 2,800 : 38,000 : the rest), scaled to N units.
import type { UnitLevel } from './types.js';

export interface SynthUnit {
  index: number;
  parent: number | null; // index of the parent
  code: string;
  name: string;
  level: UnitLevel;
}

const PROVINCES =
  '北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆'.split(
    ' ',
  );
const NATIONAL = [31, 333, 2800, 38000];
const LEVELS: UnitLevel[] = ['province', 'prefecture', 'county', 'township', 'village'];
const SUFFIX: Record<string, string> = { province: '省妇联', prefecture: '市妇联', county: '县妇联', township: '镇妇联', village: '村妇联' };

/** Small, fast, seedable PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many units per level (province … village) for a total of n (including the national root). */
export function levelCounts(n: number): number[] {
  if (n < 6) throw new Error('至少需要 6 个单位 / need at least 6 units');
  const scale = (n - 1) / 600_000;
  const counts = NATIONAL.map((c) => Math.max(1, Math.round(c * scale)));
  for (let i = 1; i < counts.length; i++) counts[i] = Math.max(counts[i]!, counts[i - 1]!); // every parent may have a child
  const villages = n - 1 - counts.reduce((a, b) => a + b, 0);
  return [...counts, Math.max(1, villages)];
}

/** The tree, parents spread evenly over the level above (so sizes look like real regions). */
export function synthTree(n: number, prefix = 'S'): SynthUnit[] {
  const counts = levelCounts(n);
  const out: SynthUnit[] = [{ index: 0, parent: null, code: `${prefix}0`, name: '全国妇联（合成）', level: 'other' }];
  let above = [0];
  counts.forEach((count, li) => {
    const level = LEVELS[li]!;
    const here: number[] = [];
    for (let i = 0; i < count; i++) {
      const parent = above[Math.floor((i * above.length) / count)]!;
      const index = out.length;
      const base =
        li === 0
          ? PROVINCES[i % 31]! + (i >= 31 ? String(Math.floor(i / 31)) : '')
          : `${out[parent]!.name.replace(/妇联.*$/, '').replace(/[省市县镇村]$/, '')}${i + 1}`;
      out.push({ index, parent, code: `${prefix}${li + 1}-${i + 1}`, name: `${base}${SUFFIX[level]}`, level });
      here.push(index);
    }
    above = here;
  });
  return out;
}
