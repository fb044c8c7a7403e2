// A list read as a subset (其中 of items the lexicon does not know) that falls short of its total by one
// keystroke in one figure: complete, with a typo (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, relations } from '../../../test/helpers/relations.js';

const T = '本年度专项资金共计3,846.25万元，其中：设备购置2,105.60万元，人员培训917.30万元，宣传推广823.35万元。';
const sumOrSubset = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'sum' || r.kind === 'subset')
    .map((r) => [r.kind, r.verdict, r.stated, r.computed]);

describe('Σ short of the total by one digit of one figure: an error', () => {
  it('the list as written adds up: ok, no error', () => {
    expect(sumOrSubset(T)).toEqual([['subset', 'ok', 3846.25, 3846.25]]);
  });
  it('the total with one digit changed (3,946.25)', () => {
    expect(errors(T.replace('3,846.25', '3,946.25'))).toEqual([['sum', 3946.25, 3846.25]]);
    const r = relations(T.replace('3,846.25', '3,946.25')).find((x) => x.verdict === 'error')!;
    expect(r.reason).toMatch(/恰差一位数字.*3,946.25万元”若为 3846.25/);
  });
  it('a part lowered by one digit (2,105.60 → 2,005.60)', () => {
    expect(errors(T.replace('2,105.60', '2,005.60'))).toEqual([['sum', 3846.25, 3746.25]]);
  });
  it('two neighbouring digits of a part swapped (823.35 → 283.35)', () => {
    expect(errors(T.replace('823.35', '283.35'))).toEqual([['sum', 3846.25, 3306.25]]);
  });
  it('a length in 千米 (its unit word holds 千, no Chinese numeral)', () => {
    const ditch = '新建排水渠总长15.64千米，其中主渠9.37千米，支渠6.27千米。';
    expect(errors(ditch)).toEqual([]);
    expect(errors(ditch.replace('15.64', '16.64'))).toEqual([['sum', 16.64, 15.64]]);
  });
  it('a one-digit slip in a count of several hundred', () => {
    const staff = '全系统培训人员共1,264人次，其中：业务骨干708人次，新入职人员331人次，基层联络员225人次。';
    expect(errors(staff)).toEqual([]);
    expect(errors(staff.replace('1,264', '1,364'))).toEqual([['sum', 1364, 1264]]);
  });
});

describe('changes of the parts (one direction) short of the total change by one digit', () => {
  const t = '本年度项目支出1,204.50万元，比上年减少386.40万元，其中：设备采购减少215.30万元，会议培训减少171.10万元。';
  const changes = (text: string) =>
    relations(text)
      .filter((r) => r.kind === 'changeSum')
      .map((r) => [r.verdict, r.stated, r.computed]);
  it('adding up: ok; the total change with a digit changed: an error', () => {
    expect(changes(t)).toEqual([['ok', 386.4, 386.4]]);
    expect(changes(t.replace('减少386.40', '减少396.40'))).toEqual([['error', 396.4, 386.4]]);
  });
  it('changes of both directions are no list of sizes: left as they are', () => {
    const mixed = t.replace('减少386.40', '减少435.20').replace('会议培训减少171.10', '会议培训增加119.90');
    expect(changes(mixed).every(([v]) => v !== 'error')).toBe(true);
  });
});

describe('look-alikes that stay quiet', () => {
  it('a partial list of round figures: 100 with 60 + 30 (too few digits to tell a typo from a remainder)', () => {
    expect(errors('项目总投资100万元，其中申请补助60万元，单位自筹30万元。')).toEqual([]);
    expect(errors('共安排资金5,600万元，其中：道路建设3,200万元，水利工程1,400万元。')).toEqual([]);
  });
  it('a round total (an amount allocated) whose items leave a single-digit remainder', () => {
    expect(errors('今年安排奖补资金80万元，具体用于：甲村道路硬化43.60万元，乙村路灯安装31.40万元。')).toEqual([]);
    expect(errors('下达补助资金500.00万元，其中：东片区215.00万元，西片区275.00万元。')).toEqual([]);
  });
  it('a remainder that is no single digit', () => {
    expect(errors(T.replace('3,846.25', '3,912.25'))).toEqual([]);
  });
  it('a shortfall in the last written digit (as much a rounding as a typo)', () => {
    expect(errors(T.replace('3,846.25', '3,846.28'))).toEqual([]);
  });
  it('small counts', () => {
    expect(errors('参加活动58人，其中机关人员27人，社区志愿者21人。')).toEqual([]);
  });
  it('约 / 余 figures', () => {
    expect(errors(T.replace('共计3,846.25', '共计约3,946.25'))).toEqual([]);
    expect(errors(T.replace('共计3,846.25万元', '共计3,946万余元'))).toEqual([]);
  });
  it('the text says the list is partial (…等, 主要是)', () => {
    expect(errors(T.replace('3,846.25', '3,946.25').replace('823.35万元。', '823.35万元等。'))).toEqual([]);
    expect(errors(T.replace('3,846.25', '3,946.25').replace('其中：', '其中主要是：'))).toEqual([]);
  });
  it('one part only: no list to complete', () => {
    expect(errors('本年度专项资金共计3,946.25万元，其中设备购置2,946.25万元。')).toEqual([]);
  });
  it('the list goes on after the sentence with exactly the shortfall: a subset', () => {
    const more = `${T.replace('3,846.25', '3,946.25')}此外，资料印制100.00万元。`;
    expect(errors(more)).toEqual([]);
    expect(relations(more).find((r) => r.stated === 3946.25)?.verdict).toBe('ok');
  });
});
