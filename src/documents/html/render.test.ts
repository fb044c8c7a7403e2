import { describe, expect, it } from 'vitest';
import { demoEvaluations, evaluationWithIndicators, sampleIndicatorDefs } from '../../demo/reportFixtures.js';
import { escapeHtml, renderHtml } from './render.js';

/** Visible text of the page: tags dropped, entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('renderHtml', () => {
  const { wugang, hunan } = demoEvaluations();

  it('is a self-contained page: no scripts, nothing loaded from elsewhere', () => {
    const html = renderHtml(wugang);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import|\son\w+=/i);
  });

  it('holds the cover, the numbered headings and the generated sentences', () => {
    const html = renderHtml(wugang);
    expect(html).toContain('<h1>2022年度武冈市妇女联合会整体支出<br>绩效自评报告</h1>');
    expect(html).toContain('<p>单位名称：武冈市妇女联合会</p><p>2023年7月18日</p>');
    expect(html).toContain('<h2>一、部门基本情况</h2>');
    expect(html).toContain('<h3>（二）项目支出情况</h3>');
    expect(html).toContain('<p><span class="lead-2">1、注重理论武装，妇联系统坚定信仰，呈现新气象。</span>一是抓好思想引领工作。');
    expect(textOf(html)).toContain('武冈市妇联无国有资本经营预算支出。');
  });

  it('escapes text (the seed quotes a title with ASCII angle brackets)', () => {
    const html = renderHtml(hunan);
    expect(html).toContain('《贯彻落实中央&lt;关于打赢脱贫攻坚战的决定&gt;的实施意见》');
    expect(html).not.toContain('<关于打赢');
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
    const evil = renderHtml({ ...hunan, title: '<script>alert(1)</script>' });
    expect(evil).not.toContain('<script>');
    expect(evil).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });

  it('writes the indicator table with rowspan and colspan', () => {
    const html = renderHtml(evaluationWithIndicators(), { indicators: sampleIndicatorDefs });
    expect(html).toContain('<figcaption>2022年度武冈市妇女联合会绩效自评表</figcaption>');
    expect(html).toContain('<td rowspan="2" class="c">产出指标</td><td rowspan="2" class="c">数量指标</td>');
    expect(html).toContain('<td colspan="5" class="c">合计</td><td class="c">90</td><td class="c">83.5</td>');
    expect(html).toContain('<th class="c">偏差原因分析及改进措施</th>');
  });
});
