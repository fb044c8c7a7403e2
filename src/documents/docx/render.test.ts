import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { demoEvaluations, evaluationWithIndicators, sampleIndicatorDefs } from '../../demo/reportFixtures.js';
import { mmToTwips } from './gongwen.js';
import { renderDocx } from './render.js';

async function parts(buf: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml')) out[name] = await zip.file(name)!.async('string');
  return out;
}

/** The <w:style> element with this id. */
function style(stylesXml: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(stylesXml);
  if (!m) throw new Error(`style ${id} missing`);
  return m[0];
}

const fontsOf = (xml: string) => /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(xml)?.[1];
const sizeOf = (xml: string) => Number(/<w:sz w:val="(\d+)"/.exec(xml)?.[1]);

describe('renderDocx (seed 002, department-wide)', async () => {
  const { wugang } = demoEvaluations();
  const x = await parts(await renderDocx(wugang));
  const doc = x['word/document.xml']!;
  const styles = x['word/styles.xml']!;

  it('is A4 with the GB/T 9704 margins 37/35/28/26 mm on every section', () => {
    expect([mmToTwips(37), mmToTwips(35), mmToTwips(28), mmToTwips(26)]).toEqual([2098, 1984, 1587, 1474]);
    const sects = doc.match(/<w:sectPr>.*?<\/w:sectPr>/g) ?? [];
    expect(sects).toHaveLength(2); // cover + body
    for (const s of sects) {
      expect(s).toContain('<w:pgSz w:w="11906" w:h="16838"');
      expect(s).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    }
    // the body restarts numbering at 1 after the cover
    expect(sects[1]).toContain('<w:pgNumType w:start="1"/>');
  });

  it('sets the body in 仿宋_GB2312 三号 with a 2-character indent and a fixed 28–29 pt line', () => {
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/.exec(styles)![0];
    expect(fontsOf(defaults)).toBe('仿宋_GB2312');
    expect(sizeOf(defaults)).toBe(32);
    const line = Number(/w:line="(\d+)" w:lineRule="exact"/.exec(defaults)?.[1]);
    expect(line).toBeGreaterThanOrEqual(28 * 20);
    expect(line).toBeLessThanOrEqual(29 * 20);
    expect(defaults).toContain('w:firstLineChars="200"');
  });

  it('has the title in 方正小标宋简体 二号 centred and headings in 黑体 / 楷体_GB2312 三号', () => {
    const title = style(styles, 'Title');
    expect([fontsOf(title), sizeOf(title)]).toEqual(['方正小标宋简体', 44]);
    expect(title).toContain('<w:jc w:val="center"/>');
    const h1 = style(styles, 'Heading1');
    expect([fontsOf(h1), sizeOf(h1)]).toEqual(['黑体', 32]);
    expect(h1).toContain('<w:outlineLvl w:val="0"/>');
    const h2 = style(styles, 'Heading2');
    expect([fontsOf(h2), sizeOf(h2)]).toEqual(['楷体_GB2312', 32]);
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">一、部门基本情况<\/w:t>/);
    expect(doc).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">（一）基本支出情况<\/w:t>/);
    expect(doc).toMatch(/<w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t xml:space="preserve">绩效自评报告<\/w:t>/);
  });

  it('has a cover page with unit name and date', () => {
    const cover = doc.slice(0, doc.indexOf('</w:p>', doc.indexOf('</w:sectPr>')));
    expect(cover).toContain('单位名称：武冈市妇女联合会');
    expect(cover).toContain('2023年7月18日');
  });

  it('numbers pages "— 1 —" on the outer side: odd right, even left', () => {
    expect(x['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.entries(x).filter(([k, v]) => k.startsWith('word/footer') && v.includes('PAGE'));
    expect(footers).toHaveLength(2);
    const sides = footers.map(([, v]) => /<w:jc w:val="(\w+)"\/>/.exec(v)?.[1]).sort();
    expect(sides).toEqual(['left', 'right']);
    for (const [, v] of footers) {
      expect(v).toMatch(/— <\/w:t>.*PAGE.*> —<\/w:t>/);
      expect(sizeOf(v)).toBe(28); // 四号
    }
  });

  it('writes the generated budget sentences', () => {
    expect(doc).toContain('武冈市妇联无政府性基金预算支出。');
    // 武冈 2022 carries its indicator table since issue 14 (computed 预算执行率 and 重点民生实事完成率)
    expect(doc).toContain('<w:tbl>');
    expect(doc).toContain('104.04');
  });
});

describe('renderDocx tables and the provincial outline', () => {
  it('writes the indicator table as a real Word table with merged cells', async () => {
    const x = await parts(await renderDocx(evaluationWithIndicators(), { indicators: sampleIndicatorDefs }));
    const doc = x['word/document.xml']!;
    const tbl = /<w:tbl>.*<\/w:tbl>/.exec(doc)?.[0] ?? '';
    expect(tbl).not.toBe('');
    expect((tbl.match(/<w:tr>|<w:tr /g) ?? []).length).toBe(6); // header, 4 indicators, total
    expect(tbl).toContain('<w:tblHeader/>');
    expect(tbl).toContain('<w:vMerge w:val="restart"/>');
    expect(tbl).toContain('<w:gridSpan w:val="5"/>');
    for (const t of ['一级指标', '偏差原因分析及改进措施', '“两癌”检查人数', '≥10361人', '83.5']) expect(tbl).toContain(t);
  });

  it('has no cover section for the provincial assessment and starts with its title', async () => {
    const { hunan } = demoEvaluations();
    const doc = (await parts(await renderDocx(hunan)))['word/document.xml']!;
    expect(doc.match(/<w:sectPr>/g)).toHaveLength(1);
    expect(doc).toMatch(/<w:body><w:p><w:pPr><w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t xml:space="preserve">省妇联2016年绩效评估自评报告/);
    expect(doc).toContain('（十六）妇女儿童权益保障');
  });
});

describe('the 自评表 in a 公文', () => {
  it('得分 holds a total like 100.00 on one line (89.28 broke into “89.2 / 8” in the exported report)', async () => {
    const { indicatorTable } = await import('../../domain/report/indicator-table.js');
    const { TEXT_WIDTH, TYPE_SIZE } = await import('./gongwen.js');
    const t = indicatorTable(evaluationWithIndicators(), sampleIndicatorDefs, '自评表')!;
    const header = t.rows[0]!.cells.map((c) => c.text);
    const total = t.columnWidths.reduce((a, b) => a + b, 0);
    const twips = (name: string) => (t.columnWidths[header.indexOf(name)]! / total) * TEXT_WIDTH - 2 * 60; // cell margins
    const digitTwips = (TYPE_SIZE.五号 / 2) * 20; // a half-width digit of 五号 type
    expect(twips('得分')).toBeGreaterThanOrEqual(6 * digitTwips);
    expect(twips('分值')).toBeGreaterThanOrEqual(2 * TYPE_SIZE.五号 * 20); // “分值” on one line
  });
});
