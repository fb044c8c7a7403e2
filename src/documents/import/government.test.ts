// A government's fiscal report (a town's 预算执行情况, a county's 决算报告) or a sentence naming a region's revenue
// states the region's money, not one unit's: listed with the reason, never in the unit's income or spending.
// Our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { isGovernmentReport, regionClause } from './government.js';
import { parseText } from './structure.js';

const load = (...lines: string[]) => importEvaluation(parseText(lines.join('\n')), { year: 2031 });
const cells = (r: ReturnType<typeof load>) => r.recognised.placed.map((p) => `${p.cell}=${p.value}`).sort();
const listed = (r: ReturnType<typeof load>, text: string) => r.unplaced.filter((u) => u.startsWith(text));

describe('a government fiscal report: no figure in the unit cells', () => {
  it('a town’s budget execution: its revenue, 经营收入 and spending are listed with the reason', () => {
    const r = load(
      '一、2031年财政预算执行情况',
      '2031年镇财政部门在镇人大的监督下，认真落实镇人代会的决议，现将有关情况报告如下：',
      '（一）财政收入完成情况',
      '2031年全年完成一般公共预算收入8.6亿元（其中：税收收入8.1亿元、非税收入0.5亿元）。预计可用财力约为30000万元，其中国有资产经营收入2500万元。',
      '（二）财政支出完成情况',
      '2031年一般公共预算支出28800万元。',
    );
    expect(cells(r)).toEqual([]);
    for (const t of ['8.6亿元', '2500万元', '28800万元']) expect(listed(r, t)).toHaveLength(1);
    expect(listed(r, '2500万元').join()).toMatch(/政府财政报告中的数/);
  });

  it('a county’s 决算报告 titled so: its 上级补助收入 is no source of a unit', () => {
    const r = load('某县人民政府关于2031年决算情况的报告', '一、一般公共预算', '2031年，上级补助收入52000万元，一般公共预算支出98000万元。');
    expect(cells(r)).toEqual([]);
    expect(listed(r, '52000万元').join()).toMatch(/政府财政报告/);
  });

  it('a unit report that quotes the county’s revenue once: only that figure is listed', () => {
    const r = load(
      '某县农业服务中心2031年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '2031年，全县一般公共预算收入12亿元，一般公共预算支出30亿元，本中心服务全县农户。',
      '二、部门预算执行情况',
      '本单位2031年一般公共预算财政拨款收入320万元，一般公共预算财政拨款支出318万元。',
    );
    expect(cells(r)).toEqual(['一般公共预算 · 合计 · 本年支出=318', '一般公共预算 · 合计 · 本年收入=320', '本年财政拨款 · 全年执行数=320']);
    expect(listed(r, '12亿元')).toHaveLength(1);
    expect(listed(r, '30亿元').join()).toMatch(/所在地区的财政收支/);
  });

  it('look-alike: a unit report with 税收 words but no second sign stays the unit’s', () => {
    const r = load(
      '某区税务局2031年度部门决算说明',
      '一、收入支出决算总体情况说明',
      '本部门负责组织税收收入。2031年度一般公共预算财政拨款收入900万元，一般公共预算财政拨款支出880万元。',
    );
    expect(cells(r)).toContain('一般公共预算 · 合计 · 本年收入=900');
    expect(cells(r)).toContain('一般公共预算 · 合计 · 本年支出=880');
  });
});

describe('the signs, one by one', () => {
  it('a title or a congress or a government-only total makes a government report', () => {
    expect(isGovernmentReport('关于某县2031年预算执行情况和2032年预算草案的报告', [])).toBe(true);
    expect(isGovernmentReport('', ['各位代表：', '现将2031年财政决算报告如下。'])).toBe(true);
    expect(isGovernmentReport('', ['一、收入', '全年完成财政总收入15亿元。'])).toBe(true);
    expect(isGovernmentReport('', ['全镇一般公共预算收入完成6449万元。'])).toBe(true);
  });
  it('look-alikes: a unit’s 预算执行情况 heading, one 税收收入, a region named in passing', () => {
    expect(isGovernmentReport('某局2031年度部门整体支出绩效自评报告', ['二、部门预算执行情况', '本局组织税收收入，服务全县。'])).toBe(false);
    expect(isGovernmentReport('某中心2031年部门决算', ['一、收支情况', '本年全县一般公共预算收入12亿元。'])).toBe(false);
    expect(isGovernmentReport('某县人大常委会办公室2031年度部门整体支出绩效自评报告', ['各位代表的建议已办结。'])).toBe(false);
    expect(regionClause('本年全县一般公共预算收入')).toBe(true);
    expect(regionClause('全县一般公共预算收入12亿元，一般公共预算支出')).toBe(true);
    expect(regionClause('全县一般公共预算收入12亿元，本单位财政拨款收入')).toBe(false);
    expect(regionClause('全县农户受益，财政拨款收入')).toBe(false);
  });
});

describe('money only a government or a social insurance fund has', () => {
  it('返还性收入 / 一般性转移支付收入 (a web page’s pinyin blanked inside the words) and 中央财政预算 make a government text', () => {
    expect(
      isGovernmentReport('某县2031年度财政转移支付情况说明', ['我县2031年上级补助收入9000万元，其中：返还性收入300万元，一般性转       移支付收入6000万元。']),
    ).toBe(true);
    expect(isGovernmentReport('', ['2031年中央财政预算中，某某公益金安排支出40亿元。'])).toBe(true);
    const r = load('某县2031年度财政转移支付情况说明', '我县2031年公共预算上级补助收入9000万元，其中：返还性收入300万元，一般性转移支付收入6000万元。');
    expect(cells(r)).toEqual([]);
    expect(listed(r, '9000万元').join()).toMatch(/政府财政报告/);
  });

  it('a social insurance fund’s income and spending are listed, not the unit’s 财政拨款 or 支出', () => {
    const r = load('二、某县居民养老保险', '2031年居民养老保险基金收入中，个人缴费收入1.2亿元，财政补助收入3.4亿元。居民养老保险基金支出2.8亿元。');
    expect(cells(r)).toEqual([]);
    for (const t of ['3.4亿元', '2.8亿元']) expect(listed(r, t).join()).toMatch(/社会保险基金的收支/);
  });

  it('look-alike: a unit’s 社会保险基金预算财政拨款 and 养老保险缴费 stay the unit’s words', () => {
    const r = load(
      '某县社保中心2031年度部门决算说明',
      '一、收入支出决算总体情况说明',
      '2031年度一般公共预算财政拨款收入500万元，社会保险基金预算财政拨款收入0万元；机关事业单位基本养老保险缴费支出40万元。',
    );
    expect(cells(r)).toContain('一般公共预算 · 合计 · 本年收入=500');
    expect(r.unplaced.join()).not.toMatch(/社会保险基金的收支/);
  });
});
