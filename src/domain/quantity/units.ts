// Units and scale words that may follow a number in Chinese official text.
import type { QuantityKind } from './types.js';

/** Longest first, so 人次 wins over 人 and 分钟 over 分. */
export const UNITS: readonly string[] = [
  ...new Set([
    '个百分点',
    '平方公里',
    '平方米',
    '人/次',
    '人次',
    '件次',
    '场次',
    '户次',
    '批次',
    '班次',
    '课时',
    '学时',
    '公里',
    '千米',
    // lengths and areas written in Latin letters (工程量 in 自评 reports: 长3.47km, 面积1200m²)
    'km²',
    'km',
    'm²',
    'm³',
    '㎡',
    'm',
    '千克',
    '公斤',
    '小时',
    '分钟',
    '%',
    '‰',
    '元',
    '人',
    '名',
    '件',
    '个',
    '户',
    '篇',
    '份',
    '场',
    '期',
    '次',
    '起',
    '封',
    '厅',
    '亩',
    '米',
    '处',
    '口',
    '家',
    '所',
    '项',
    '条',
    '支',
    '本',
    '册',
    '台',
    '辆',
    '套',
    '座',
    '间',
    '块',
    '吨',
    '张',
    '页',
    '部',
    '种',
    '类',
    '组',
    '队',
    '天',
    '岁',
    '分',
    '倍',
    '位',
    '例',
    '对',
    '盒',
    '袋',
    '箱',
    '株',
    '棵',
    '头',
    '只',
    '床',
    '栋',
    '批',
    '所',
    '幅',
    '场',
    '集',
    '首',
    '卷',
    '枚',
    '瓶',
    '罐',
    '桶',
    '包',
    '盘',
  ]),
].sort((a, b) => b.length - a.length);

/** Scale words after an Arabic number, with their power of ten. Longest first. */
export const SCALES: readonly [string, number][] = [
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
  ['十万', 5],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];

/** Words right after a number that make it a time, a name or an ordinal, not a quantity. */
export const NON_QUANTITY_AFTER = /^(?:周年|年|月|日|号|时|点|届|版|级|轮|楼|层|路|线|室)/;

export function unitKind(unit: string): QuantityKind {
  if (unit === '元') return 'money';
  if (unit === '%' || unit === '‰' || unit === '个百分点') return 'percent';
  if (unit === '分') return 'score';
  if (unit === '') return 'number';
  if (
    [
      '亩',
      '米',
      '千米',
      '公里',
      'km',
      'km²',
      'm',
      'm²',
      'm³',
      '㎡',
      '平方米',
      '平方公里',
      '吨',
      '千克',
      '公斤',
      '小时',
      '分钟',
      '天',
      '岁',
      '课时',
      '学时',
      '倍',
    ].includes(unit)
  )
    return 'measure';
  return 'count';
}

/** Units that count people are comparable with each other (送训5人，其中处干3名). */
const PEOPLE = new Set(['人', '名', '位']);
// one length written three ways (长3.75公里，其中…3.133km)
const KILOMETRES = new Set(['公里', '千米', 'km']);
export function sameDimension(a: string, b: string): boolean {
  if (a === b) return true;
  return (PEOPLE.has(a) && PEOPLE.has(b)) || (KILOMETRES.has(a) && KILOMETRES.has(b));
}

/** Words just before a unit-less 万/亿 figure that make it money (救助金31万, 销售金额达150多万). */
// 经费决算数合计为1000.86万: a 决算/预算 amount named with its 数 and 合计 is money too
export const MONEY_CONTEXT =
  /(?:金|款|费|资金|额|元|投入|拨付|筹集|募集|收入|支出|预算|决算|贷款|补贴|补助|资助)(?:[^，。；、]{0,3}|数?(?:合计|共计|总计)(?:为|是)?)$/;
