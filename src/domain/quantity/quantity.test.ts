import { describe, expect, it } from 'vitest';
import { agrees, extractQuantities, parseQuantity, type Quantity } from './index.js';

type Row = [token: string, value: string, unit: string, qualifier: Quantity['qualifier'], precision: string, wan?: string];

const FIGURES: Row[] = [
  ['11.1亿元', '1110000000', '元', 'exact', '10000000', '111000'],
  ['153.98万元', '1539800', '元', 'exact', '100', '153.98'],
  ['101.76万名', '1017600', '名', 'exact', '100'],
  ['3000余名', '3000', '名', 'lowerBound', '1'],
  ['约3.5万人', '35000', '人', 'approx', '1000'],
  ['104.04%', '104.04', '%', 'exact', '0.01'],
  ['98%', '98', '%', 'exact', '1'],
  ['8439件次', '8439', '件次', 'exact', '1'],
  ['5余万元', '50000', '元', 'lowerBound', '10000', '5'],
  ['138厅', '138', '厅', 'exact', '1'],
  ['1.2万名', '12000', '名', 'exact', '1000'],
  ['两千三百万', '23000000', '', 'exact', '1000000'],
  ['三千余名', '3000', '名', 'lowerBound', '1000'],
  ['一千零五人', '1005', '人', 'exact', '1'],
  ['3,724,055.00', '3724055', '', 'exact', '0.01'],
  ['3,724,055.00元', '3724055', '元', 'exact', '0.01', '372.4055'],
  ['4.21 万 元', '42100', '元', 'exact', '100', '4.21'],
  ['0.35亿元', '35000000', '元', 'exact', '1000000', '3500'],
  ['400多万元', '4000000', '元', 'lowerBound', '10000', '400'],
  ['近200封', '200', '封', 'upperBound', '1'],
  ['11万余元', '110000', '元', 'lowerBound', '10000', '11'],
  ['0万元', '0', '元', 'exact', '10000', '0'],
  ['5000人以上', '5000', '人', 'lowerBound', '1'],
  ['200人左右', '200', '人', 'approx', '1'],
  ['不足100人', '100', '人', 'upperBound', '1'],
  ['１２３４５人', '12345', '人', 'exact', '1'],
  ['95.5％', '95.5', '%', 'exact', '0.1'],
  ['3个百分点', '3', '个百分点', 'exact', '1'],
  ['12人/次', '12', '人/次', 'exact', '1'],
  ['9.68分', '9.68', '分', 'exact', '0.01'],
  ['≥90%', '90', '%', 'lowerBound', '1'],
  ['1.5千万元', '15000000', '元', 'exact', '1000000', '1500'],
];

describe('parseQuantity', () => {
  it.each(FIGURES)('%s', (token, value, unit, qualifier, precision, wan) => {
    const q = parseQuantity(token);
    expect(q).not.toBeNull();
    expect(q!.value).toBe(value);
    expect(q!.unit).toBe(unit);
    expect(q!.qualifier).toBe(qualifier);
    expect(q!.precision).toBe(precision);
    if (wan !== undefined) expect(q!.wan).toBe(wan);
  });
  it('keeps bare numbers when given a single token (table cells)', () => {
    expect(parseQuantity('10361')?.value).toBe('10361');
    expect(parseQuantity(' 89.974 ')?.value).toBe('89.974');
    expect(parseQuantity('优')).toBeNull();
  });
  it('reads money from context when the unit is left out', () => {
    const [q] = extractQuantities('发放两癌救助金31万，救助低收入妇女31人');
    expect(q).toMatchObject({ value: '310000', unit: '元', wan: '31', unitInferred: true });
    const [s] = extractQuantities('销售金额达150多万');
    expect(s).toMatchObject({ value: '1500000', unit: '元', qualifier: 'lowerBound' });
    expect(extractQuantities('共两千三百万')[0]).toMatchObject({ value: '23000000', unit: '' });
  });
});

const NOT_FIGURES: string[] = [
  '省妇联驻湴塘村2015—2017年三年扶贫实施规划',
  '《武冈市妇女儿童发展十四五规划（2021年－2025年）》',
  '2023年7月18日',
  '3月7日，召开纪念“三八”国际妇女节112周年暨表彰大会',
  '5月4日—5日，与省人社厅共同主办',
  '6月20日—24日',
  '7—8月与纪委联合发文',
  '（湘办发〔2016〕135号）',
  '湘妇字[2016]44号',
  '一、各项指标完成情况',
  '（一）扶贫开发',
  '1.做好贫困地区妇女扶贫开发工作',
  '1、坚持正确的政治方向',
  '（1）细化预算',
  '3．加强项目开展进度的跟踪',
  '1.2 项目概况',
  '完成对全体妇联干部第二轮入职查询',
  '发挥12338热线作用',
  '开展十四五规划宣传，学习贯彻党的二十大',
  '开展纪念中国共产党成立95周年相关活动',
  '第十一次省党代会和第六次全国妇女儿童工作会议',
  '“出手吧姐姐千万补贴活动”',
  '禁毒进万家•妈妈在行动',
  '女童权益保护百场宣讲',
  '一是抓好思想引领工作，开展贫困妇女“一人学一技”培训',
  '温暖2022-关爱困境妇女儿童',
  '附件1',
  '《民法典应知应会200条》',
  '农村35—64岁妇女',
  '2022年版',
  '省委九项规定，七一讲话，四个意识',
  '5G基站和4S店',
  '配备3mm钢板和2kmh限速牌',
];

describe('not figures', () => {
  it.each(NOT_FIGURES)('%s', (text) => {
    expect(extractQuantities(text).map((q) => q.text)).toEqual([]);
  });
});

describe('extractQuantities', () => {
  it('reads lengths and areas written in Latin letters as measures', () => {
    const qs = extractQuantities('整治河道2.48km，新建护坡1250m²，挖方340m³，铺设管道860m。');
    expect(qs.map((q) => [q.value, q.unit, q.kind])).toEqual([
      ['2.48', 'km', 'measure'],
      ['1250', 'm²', 'measure'],
      ['340', 'm³', 'measure'],
      ['860', 'm', 'measure'],
    ]);
  });
  it('gives offsets into the original text, qualifier words included', () => {
    const text = '共约3.5万人参加，近200封家书';
    const qs = extractQuantities(text);
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual(['约3.5万人', '近200封']);
    expect(qs.map((q) => q.text)).toEqual(['约3.5万人', '近200封']);
  });
  it('reads figures with stray spaces and figures next to dates', () => {
    const qs = extractQuantities('2022年末，单位实有在职人员 5 人；2022年累计摸排出重点儿童3425人');
    expect(qs.map((q) => [q.value, q.unit])).toEqual([
      ['5', '人'],
      ['3425', '人'],
    ]);
  });
  it('keeps the stated order of figures in a budget sentence', () => {
    const qs = extractQuantities('年初结转和结余0万元，本年收入153.98万元，本年支出153.98万元，年末结转和结余0万元。');
    expect(qs.map((q) => q.wan)).toEqual(['0', '153.98', '153.98', '0']);
  });
  it('a 支 opening 支出 after a bare cell is no count unit (收入总计 n 支出总计 n); 16支队伍 keeps it', () => {
    const qs = extractQuantities('收入总计 3,250,400 支出总计 3,250,400');
    expect(qs.map((q) => [q.text, q.unit])).toEqual([
      ['3,250,400', ''],
      ['3,250,400', ''],
    ]);
    expect(extractQuantities('组建16支队伍').map((q) => q.unit)).toEqual(['支']);
    expect(extractQuantities('本年收入合计 880.50 本年支出合计 880.50').map((q) => [q.text, q.unit])).toEqual([
      ['880.50', ''],
      ['880.50', ''],
    ]);
    expect(extractQuantities('购置图书120本').map((q) => q.unit)).toEqual(['本']);
  });
});

describe('agrees', () => {
  const q = (t: string): Quantity => parseQuantity(t)!;
  it.each<[string, string, boolean]>([
    ['1.9亿元', '191060000', true], // 2473 + 6823 + 9810 万
    ['1.9亿元', '195000000', true], // rounds half up to 2.0? no: 1.95 → 2.0, but truncation to 1.9 is allowed
    ['1.9亿元', '196000000', true], // truncation 1.96 → 1.9
    ['1.9亿元', '200000000', false],
    ['1.9亿元', '184000000', false],
    ['1.9亿元', '185000000', true],
    ['104.04%', '104.044', true],
    ['104.04%', '104.05', false],
    ['89.97', '89.99', false],
    ['9.68', '9.685', true],
    ['3000余名', '3200', true],
    ['3000余名', '2800', false],
    ['近200封', '196', true],
    ['近200封', '230', false],
    ['约3.5万人', '36000', true],
    ['约3.5万人', '40000', false],
    ['0万元', '0', true],
    ['153.98万元', '1539800', true],
  ])('%s vs %s → %s', (stated, computed, ok) => {
    expect(agrees(q(stated), computed)).toBe(ok);
  });
});
