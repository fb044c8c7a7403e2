// Text a PDF converter wrapped at the page width (our own words, invented figures): a full line with no
// punctuation is half a sentence, not a heading; real headings, list items and short lines stay apart.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { rel } from '../../../test/helpers/relations.js';
import { paragraphs } from './text.js';
import { displayWidth, wrapWidth } from './wrapWidth.js';

const wrapped = [
  '本单位2024年度一般公共预算财政拨款安排的“三公”经费支',
  '出决算为 6.00 万元，其中因公出国（境）费 1.00 万元，公务用',
  '车购置及运行费 3.00 万元，公务接待费 2.00 万元，主要是严格',
  '执行过紧日子要求，压减非必要的公务活动开支，全年未新增公务',
  '用车，接待批次和人数减少。',
];

describe('lines wrapped at the page width', () => {
  it('finds the width most run-on lines share', () => {
    expect(displayWidth('经费（万元）12')).toBe(14);
    expect(wrapWidth(wrapped)).toBe(58);
    // lines of every length (a .docx turned into text: one paragraph a line) have no wrap width
    expect(wrapWidth(['一、基本情况', '本单位共有在职人员20人。', '二、支出情况', '全年支出100万元，比上年增加5万元。'])).toBeNull();
  });

  it('joins a full line without punctuation to the next: the total keeps its name and its parts add up', () => {
    const text = wrapped.join('\n');
    expect(paragraphs(parseText(text))).toHaveLength(1);
    expect(rel(text, ['sum'])).toEqual([['sum', 'ok', 6, 6]]);
    expect(rel(text.replace('6.00 万元', '6.50 万元'), ['sum'])).toEqual([['sum', 'error', 6.5, 6]]);
  });

  it('keeps short headings, numbered items and a line after a full stop apart', () => {
    const text = ['三公经费支出情况', ...wrapped, '（一）因公出国（境）费', '全年未安排因公出国（境）团组，支出为零。'].join('\n');
    const paras = paragraphs(parseText(text));
    expect(paras.map((p) => p.heading)).toEqual([true, false, true, false]);
    expect(paras[1]!.text.startsWith('本单位2024年度')).toBe(true);
  });
});
