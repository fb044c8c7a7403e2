// A year typed into the figure a change is measured from (比2019年 written 比2019 and run into the amount).
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

describe('a year glued to the figure compared with', () => {
  it('ok: the difference holds once the year is read apart, so no error', () => {
    const text = '基本支出5250.75万元，比20194860.25万元增加390.5万元。';
    expect(errors(text)).toEqual([]);
    expect(rel(text).map((r) => r[1])).toEqual(['unsure']);
  });
  it('error: with the year read apart the difference is still wrong', () => {
    expect(errors('基本支出5250.75万元，比20194860.25万元增加398.5万元。')).toHaveLength(1);
  });
  it('error: the wrong direction is not saved by the year', () => {
    expect(errors('基本支出4470万元，比20184860万元增加390万元。')).toHaveLength(1);
  });
  it('look-alike: a figure that merely starts with 20 is read as written', () => {
    expect(errors('项目支出2150万元，比2030万元增加120万元。')).toEqual([]);
    expect(errors('项目支出2150万元，比2030万元增加110万元。')).toHaveLength(1);
  });
  it('look-alike: a written year with 年 is a year, and the figure after it is compared', () => {
    expect(errors('基本支出5250.75万元，比2019年4860.25万元增加390.5万元。')).toEqual([]);
  });
});
