// Both seeds are held completely: every number of the seed text is in the stored evaluation,
// and the narrative renders back to the seed line by line (headings in the seed's order).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../domain/decimal.js';
import { demoDataset, hunan2016, wugang2022 } from './dataset.js';
import { numberTokens, renderLines, seedLines } from './seedText.js';
import type { DemoEvaluation } from './types.js';

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const SEED_000 = seed('000_32ee0b52d08abfcb.txt');
const SEED_002 = seed('002_279d50849b4f1aa3.txt');

// Structural fields hold numbers of our own (positions, keys), not figures from the seed.
const STRUCTURAL = new Set(['key', 'parentKey', 'order', 'paragraph', 'occurrence', 'indicatorCode', 'figures']);
function storedTokens(ev: DemoEvaluation): Set<string> {
  const json = JSON.stringify(ev, (k, v: unknown) => (STRUCTURAL.has(k) ? undefined : v));
  return new Set(numberTokens(json).map(normalize));
}

function missingTokens(seedText: string, ev: DemoEvaluation): string[] {
  const stored = storedTokens(ev);
  return [...new Set(numberTokens(seedText))].filter((t) => !stored.has(normalize(t)));
}

const shortName = (code: string) => demoDataset.units.find((u) => u.code === code)?.shortName ?? '';
const unitName = (code: string) => demoDataset.units.find((u) => u.code === code)?.name ?? '';

describe('every number of each seed is stored', () => {
  it('seed 000 → 湖南省妇联 2016', () => {
    expect(numberTokens(SEED_000)).toEqual(expect.arrayContaining(['1.9', '2473', '101.76', '8439', '98', '4.1', '11.1']));
    expect(missingTokens(SEED_000, hunan2016)).toEqual([]);
  });
  it('seed 002 → 武冈市妇联 2022', () => {
    expect(numberTokens(SEED_002)).toEqual(expect.arrayContaining(['153.98', '10361', '10780', '104.04', '3425', '2023']));
    expect(missingTokens(SEED_002, wugang2022)).toEqual([]);
  });
  it('the check can fail: a figure removed from the data is reported', () => {
    const broken: DemoEvaluation = {
      ...wugang2022,
      sections: wugang2022.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => p.replace('3425人', '人')) })),
    };
    expect(missingTokens(SEED_002, broken)).toEqual(['3425']);
  });
});

describe('the narrative renders back to the seed text', () => {
  it('seed 000: title line, then every line verbatim', () => {
    const lines = seedLines(SEED_000);
    expect(lines[0]).toBe(hunan2016.title);
    const rendered = renderLines(hunan2016, shortName('430000'));
    const body = lines.slice(1);
    expect(rendered.length).toBe(body.length);
    const unnumbered: string[] = [];
    rendered.forEach((r, i) => {
      if (body[i] !== r.text) {
        expect(body[i], `line ${i}, section ${r.sectionKey}`).toBe(r.alt);
        unnumbered.push(r.sectionKey);
      }
    });
    expect(unnumbered).toEqual(['2']); // 重点民生实事项目 printed without 二、
  });

  it('seed 002: cover, then every line verbatim (budget and duty lines generated from data)', () => {
    const lines = seedLines(SEED_002);
    expect(lines.slice(0, 8)).toEqual([
      '附件1', // attachment label of the covering document; not part of the evaluation
      '2022年度武冈市妇女联合会整体支出',
      '绩效自评报告',
      `单位名称：${unitName('430581')}`,
      '2023年7月18日',
      '2022年度武冈市妇女联合会整体支出',
      '绩效自评报告',
      '一、部门基本情况',
    ]);
    expect(lines[1]! + lines[2]!).toBe(wugang2022.title);
    const [y, m, d] = (wugang2022.reportDate ?? '').split('-').map(Number);
    expect(`${y}年${m}月${d}日`).toBe(lines[4]);
    const rendered = renderLines(wugang2022, shortName('430581'));
    const body = lines.slice(7);
    expect(rendered.length).toBe(body.length);
    const unnumbered: string[] = [];
    rendered.forEach((r, i) => {
      if (body[i] !== r.text) {
        expect(body[i], `line ${i}, section ${r.sectionKey}`).toBe(r.alt);
        unnumbered.push(r.sectionKey);
      }
    });
    expect(unnumbered).toEqual(['3', '4', '5', '6', '7']); // printed without 三、…七、
  });
});

const headings = (ev: DemoEvaluation) => ev.sections.map((s) => `${s.key} ${s.numbering ?? ''}${s.title}`);

describe('section order and headings', () => {
  it('seed 000', () => {
    expect(headings(hunan2016)).toEqual([
      '0 ',
      '1 一、各项指标完成情况',
      '1.1 （一）扶贫开发',
      '1.1.1 1.做好贫困地区妇女扶贫开发工作。',
      '1.1.2 2.做好省妇联扶贫点的扶贫开发工作。',
      '1.2 （二）深化改革',
      '1.3 （三）依法行政',
      '1.4 （四）综治（平安建设）',
      '1.5 （五）宣传思想工作',
      '1.6 （六）组织建设',
      '1.7 （七）队伍建设',
      '1.8 （八）作风建设',
      '1.9 （九）廉政建设',
      '1.10 （十）应急管理',
      '1.11 （十一）财政管理',
      '1.12 （十二）建议提案办理',
      '1.13 （十三）公车和办公用房管理',
      '1.14 （十四）重大决策部署贯彻落实',
      '1.15 （十五）妇女创新创业',
      '1.16 （十六）妇女儿童权益保障',
      '2 二、重点民生实事项目',
      '2.1 （一）加强组织领导',
      '2.2 （二）落实检查经费',
      '2.3 （三）加强宣传发动',
      '2.4 （四）加强督查指导',
      '2.5 ',
    ]);
    const cats = hunan2016.sections.filter((s) => s.parentKey === '1');
    expect(cats.map((s) => s.indicatorCode)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(cats.map((s) => s.order)).toEqual(Array.from({ length: 16 }, (_, i) => i));
    expect(hunan2016.sections.find((s) => s.key === '2')?.indicatorCode).toBe('17');
    expect(hunan2016.sections.filter((s) => s.runIn).map((s) => s.key)).toEqual(['1.1.1', '1.1.2']);
  });

  it('seed 002', () => {
    expect(headings(wugang2022)).toEqual([
      '1 一、部门基本情况',
      '1.1 （一）机构、人员构成',
      '1.2 单位主要职责',
      '2 二、一般公共预算支出情况',
      '2.1 （一）基本支出情况',
      '2.2 （二）项目支出情况',
      '3 三、政府性基金预算支出情况',
      '4 四、国有资本经营预算支出情况',
      '5 五、社会保险基金预算支出情况',
      '6 六、部门整体支出绩效情况',
      '6.1 1、注重理论武装，妇联系统坚定信仰，呈现新气象。',
      '6.2 2、不断突显引领，妇女工作发展成果呈现新成效。',
      '6.3 3、大力深化举措，妇女儿童权益保障呈现新模式。',
      '6.4 4、持续促进家和，家庭家教家风建设呈现新风尚。',
      '6.5 5、推进组织建设，党建带妇建呈现新架构。',
      '7 七、存在的问题及原因分析',
      '8 八、下一步改进措施',
      '9 九、部门整体支出绩效自评结果拟应用和公开情况',
      '10 十、其他需要说明的情况',
    ]);
    expect(wugang2022.sections.filter((s) => s.parentKey === null).map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(wugang2022.sections.find((s) => s.key === '6.1')?.paragraphs).toHaveLength(2);
    expect(wugang2022.sections.find((s) => s.key === '8')?.paragraphs).toHaveLength(3);
  });
});
