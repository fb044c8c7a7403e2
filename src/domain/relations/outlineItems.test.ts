// Numbered items under a numbered item, each opening with its amount (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const outline = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'sum' && /编号下列各项/.test(r.reason))
    .map((r) => [r.verdict, r.stated, r.computed]);

// one paragraph, as a notice pasted from a web page
const flat =
  '二、本级公益金使用情况 2031年度，本级分配使用公益金900万元。 一、体育事业520万元（其中补助区县200万元） ' +
  '（一）全民健身活动300万元，其中补助区县80万元。 1、综合运动会150万元；2、健身推广100万元；3、其他活动50万元。 ' +
  '（二）场地设施建设220万元。 1、场馆维护120万元；2、健身路径60万元；3、其他开支40万元。 ' +
  '二、竞赛训练380万元 （一）举办赛事200万元。 （二）后备人才培养100万元。 （三）其他支出80万元。';

describe('numbered items under a numbered item with an amount', () => {
  it('ok: each list closing with 其他 adds up, and the outline confirms the others', () => {
    const v = outline(flat);
    expect(v).toContainEqual(['ok', 520, 520]);
    expect(v).toContainEqual(['ok', 300, 300]);
    expect(v).toContainEqual(['ok', 380, 380]);
    expect(v.every((x) => x[0] === 'ok')).toBe(true);
  });
  it('error: one item changed', () => {
    expect(outline(flat.replace('健身推广100万元', '健身推广130万元'))).toContainEqual(['error', 300, 330]);
    expect(outline(flat.replace('举办赛事200万元', '举办赛事260万元'))).toContainEqual(['error', 380, 440]);
  });
  it('look-alike: items that may be a selection (no 其他, nothing else confirms the outline) are not read', () => {
    const t = '一、重点项目支出500万元 （一）道路维修120万元。 （二）校舍改造200万元。 二、日常运转支出80万元。';
    expect(outline(t)).toEqual([]);
  });
  it('look-alike: numbering with a gap is no list of the item', () => {
    const t = '一、体育事业520万元 （一）全民健身300万元。 （三）其他支出120万元。';
    expect(outline(t)).toEqual([]);
  });
});
