// 同比下降p%，减少收入c: the amount of a change may name its object 收入 (as 减少支出 does); and one quantity
// counted by two 口径 (同口径 / 自然口径) is never two parts of a total. Our own sentences, invented figures:
// each shape correct, with a planted error, and a look-alike that must not fire.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../helpers/relations.js';

describe('减少收入c / 增加收入c after the rate', () => {
  const text = '税务部门组织的收入完成600万元，同比下降20%，减少收入150万元；财政部门组织的收入完成300万元，同比增长25%，增加收入60万元。';
  it('is the change of the level before it', () => {
    expect(rel(text)).toEqual([
      ['yoy', 'ok', -20, -20],
      ['yoy', 'ok', 25, 25],
    ]);
  });
  it('a wrong amount or rate is an error', () => {
    expect(errors(text.replace('减少收入150', '减少收入180'))).toEqual([['yoy', -20, -23.08]]);
    expect(errors(text.replace('同比增长25%', '同比增长52%'))).toEqual([['yoy', 52, 25]]);
  });
  it('a parenthesis after the change amount holds no parts of it', () => {
    expect(errors('财政部门组织的收入完成300万元，同比增长25%，增加收入60万元（区本级完成210万元，占年初预算数200万元的105%）。')).toEqual([]);
  });
  it('look-alikes: 增加农户收入, 增加收入 with no comparison, 超收收入', () => {
    expect(rel('项目完成投资80万元，同比增长25%，带动增加农户收入16万元。')).toEqual([]);
    expect(rel('单位出租闲置用房增加收入12万元，全部用于补充办公经费。')).toEqual([]);
    expect(errors('全区收入完成900万元，比上年超收收入50万元。')).toEqual([]);
  });
});

describe('同口径 a；自然口径 b — one quantity counted two ways', () => {
  it('is no list of parts: no subset error', () => {
    expect(errors('全区收入完成900万元（其中：区本级同口径完成500万元；区本级自然口径完成450万元）。')).toEqual([]);
  });
  it('parts with other names still may not exceed their total', () => {
    expect(errors('全区收入完成900万元（其中：区本级完成500万元；乡镇完成450万元）。')).toEqual([['subset', 900, 950]]);
    expect(errors('全区收入完成900万元（其中：税收收入同口径完成500万元；非税收入自然口径完成450万元）。')).toEqual([['subset', 900, 950]]);
  });
});
