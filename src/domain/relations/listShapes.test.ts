// List shapes from real reports, in our own words with invented figures: nested 其中 lists in
// parentheses, itemised lists after 具体为：/分项情况是：/主要用于：, and 包括 lists the lexicon
// completes. Each with the verdict it must get, and look-alikes that assert nothing.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const sums = (text: string) => rel(text, ['sum', 'subset']);

describe('a 其中 list inside an item of another 其中 list', () => {
  const text = '本年支出640.00万元（其中：基本支出410.00万元（其中人员经费350.00万元，公用经费60.00万元），项目支出230.00万元）。';
  it('the outer list goes on after the inner parenthesis', () => {
    expect(sums(text)).toEqual([
      ['sum', 'ok', 640, 640],
      ['sum', 'ok', 410, 410],
    ]);
    expect(errors(text.replace('230.00', '250.00'))).toEqual([['sum', 640, 660]]);
    expect(errors(text.replace('60.00', '70.00'))).toEqual([['sum', 410, 420]]);
  });
  it('without a parenthesis around the inner list', () => {
    const flat = '支出合计380万元，其中基本支出240万元（人员经费200万元、公用经费40万元），项目支出140万元。';
    expect(errors(flat)).toEqual([]);
    expect(errors(flat.replace('项目支出140', '项目支出150'))).toEqual([['sum', 380, 390]]);
  });
  it('a 分别 inside the nested parenthesis does not end the outer list either', () => {
    const t = '本年支出640.00万元（其中：基本支出410.00万元（人员经费、公用经费分别为350.00万元、60.00万元），项目支出230.00万元）。';
    expect(errors(t.replace('230.00', '260.00'))).toEqual([['sum', 640, 670]]);
  });
});

describe('itemised lists after 具体为：/ 分项情况是：/ 主要用于：', () => {
  it('具体为：numbered items are parts (a subset): more than the whole is an error', () => {
    const t = '下拨奖补资金72万元，具体为：1.河道清理28万元；2.桥梁加固24万元；3.护栏维修20万元。';
    expect(sums(t)).toEqual([['subset', 'ok', 72, 72]]);
    expect(errors(t.replace('24万元', '34万元'))).toEqual([['subset', 72, 82]]);
    // fewer than the whole is no error: the text does not say the items are all of it
    expect(errors(t.replace('20万元', '10万元'))).toEqual([]);
  });
  it('具体如下：items the lexicon completes must add up', () => {
    const t = '2024年支出总额95.6万元，具体如下：基本支出70.1万元，项目支出25.5万元。';
    expect(sums(t)).toEqual([['sum', 'ok', 95.6, 95.6]]);
    expect(errors(t.replace('25.5', '15.5'))).toEqual([['sum', 95.6, 85.6]]);
  });
  it('分项情况是：opening the next sentence splits the total before it', () => {
    const t =
      '“三公”经费决算总额48.6万元，比上年下降3.0%。分项情况是：因公出国（境）费决算0万元；公务接待费决算12.4万元，比上年下降5.0%；公务用车购置及运行维护费决算36.2万元。';
    expect(sums(t)).toEqual([['sum', 'ok', 48.6, 48.6]]);
    expect(errors(t.replace('36.2', '38.2'))).toEqual([['sum', 48.6, 50.6]]);
  });
  it('主要用于：lists the main uses only: a subset even of a complete lexicon set', () => {
    const t = '安排工作经费66万元，主要用于以下方面：基本支出40万元，项目支出20万元。';
    expect(sums(t)).toEqual([['subset', 'ok', 66, 60]]);
    expect(errors(t.replace('20万元', '30万元'))).toEqual([['subset', 66, 70]]);
  });
  it('facts after the colon that are no items: comma-separated, a total among them, what is owed', () => {
    expect(errors('项目预算80万元，主要用于：购置设备，已支付60万元，尚欠尾款30万元。')).toEqual([]);
    expect(errors('全年预算资金120万元，具体如下：年初预算100万元，年中追加30万元，调整后预算130万元。')).toEqual([]);
    expect(errors('下达资金200万元，具体为：2023年150万元，2024年120万元。')).toEqual([]);
    // set off by ； they are items again
    expect(errors('下达资金200万元，具体为：2023年150万元；2024年70万元。')).toEqual([['subset', 200, 220]]);
  });
  it('look-alikes: no colon, 等, a purpose without amounts, a 文号 and a 批次', () => {
    expect(errors('安排工作经费66万元，主要用于购置设备40万元和培训30万元的补差。')).toEqual([]);
    expect(errors('安排工作经费66万元，主要用于：设备购置40万元、人员培训20万元等。')).toEqual([]);
    expect(sums('安排工作经费66万元，具体为：按某财〔2024〕18号文件下达第3批资金，用于2023年至2025年的设备更新。')).toEqual([]);
    // dates and 批次 are no parts: only the amounts are added
    expect(sums('资金66万元，具体为：2024年3月下达40万元；5月至6月下达第2批26万元。')).toEqual([['subset', 'ok', 66, 66]]);
    expect(errors('资金66万元，具体为：2024年3月下达40万元；5月至6月下达第2批36万元。')).toEqual([['subset', 66, 76]]);
  });
});

describe('包括 lists the lexicon completes', () => {
  it('基本支出 and 项目支出 after 包括 are all of 支出', () => {
    const t = '本年支出合计412万元，包括基本支出301万元、项目支出111万元。';
    expect(sums(t)).toEqual([['sum', 'ok', 412, 412]]);
    expect(errors(t.replace('111万元', '101万元'))).toEqual([['sum', 412, 402]]);
  });
  it('a 包括 list the lexicon does not complete stays a subset', () => {
    const t = '本年支出合计412万元，包括基本支出301万元。';
    expect(errors(t)).toEqual([]);
    expect(errors('本年支出合计412万元，包括培训费31万元、印刷费11万元。')).toEqual([]);
  });
});

describe('(收入)具体情况如下： then items numbered one per paragraph', () => {
  const text =
    '本单位2024年度总收入415.80万元，其中本年收入360.80万元。收入具体情况如下：\n1.一般公共预算财政拨款收入340.50万元，为县财政当年拨付的资金。\n2.其他收入20.30万元，为银行存款利息。\n3.上年结转和结余55.00万元，为以前年度未完成的资金。\n（二）本单位2024年度总支出415.80万元。';
  it('the items are parts of the total the sentence before states (a subset)', () => {
    expect(sums(text)).toContainEqual(['subset', 'ok', 415.8, 415.8]);
    expect(errors(text.replace('55.00', '65.00'))).toEqual([['subset', 415.8, 425.8]]);
  });
  it('a 如下 sentence naming another head noun, or none, opens no list of that total', () => {
    expect(errors(text.replace('收入具体情况如下', '支出具体情况如下').replace('55.00', '65.00'))).toEqual([]);
    expect(errors(text.replace('收入具体情况如下', '主要工作如下').replace('55.00', '65.00'))).toEqual([]);
  });
  it('items that do not open with an amount are no parts', () => {
    const work = '全年安排资金80万元。资金具体情况如下：\n1.开展培训12场，支出30万元。\n2.购置设备5台，支出60万元。';
    expect(errors(work)).toEqual([]);
  });
});

describe('（主要）包括： ending a paragraph, then items numbered one per paragraph', () => {
  const text =
    '2025年上级补助收入960.00万元，比上年减少40.00万元，下降4.00%。均为一般公共预算收入，主要包括：\n1.税收返还610.00万元。\n2.定额补助250.00万元。\n3.体制结算补贴100.00万元。\n（二）专项补助收入300.00万元。';
  it('the items are the main parts of the figure before: a subset, an error only when they exceed it', () => {
    expect(sums(text)).toContainEqual(['subset', 'ok', 960, 960]);
    expect(errors(text.replace('250.00', '280.00'))).toEqual([['subset', 960, 990]]);
    expect(errors(text.replace('250.00', '150.00'))).toEqual([]);
  });
  it('a paragraph ending in 包括： with two figure sentences before, or items not opening with an amount: no list', () => {
    const far = text.replace('下降4.00%。均为', '下降4.00%。全年执行良好，增长3.0%。均为');
    expect(errors(far.replace('250.00', '350.00'))).toEqual([]);
    const work = '全年安排资金80万元。主要包括：\n1.开展培训12场，支出30万元。\n2.购置设备5台，支出60万元。';
    expect(errors(work)).toEqual([]);
  });
});

describe('其中： then one item per paragraph, parts from two levels of the lexicon', () => {
  const text =
    '2024年“三公”经费支出预算合计27.60万元，比上年预算数减少2.40万元。其中：\n因公出国（境）费支出预算0万元，与上年持平。\n公务用车购置费支出预算0万元，与上年持平。\n公务用车运行维护费支出预算9.10万元，与上年持平。\n公务接待费支出预算18.50万元，比上年预算数减少2.40万元，原因是压减接待。';
  it('购置费 and 运行维护费 stand for 公务用车: the four items complete 三公 and add up', () => {
    expect(sums(text)).toContainEqual(['sum', 'ok', 27.6, 27.6]);
    expect(errors(text.replace('9.10', '9.90'))).toEqual([['sum', 27.6, 28.4]]);
  });
  it('a paragraph that opens with something else ends the list', () => {
    const t = text.replace('公务接待费支出预算18.50万元', '会议费支出预算18.50万元');
    expect(errors(t.replace('9.10', '19.10'))).toEqual([]);
  });
  it('an item inside another (人员经费 after 基本支出) does not go on the list', () => {
    const t = '本年支出合计500万元。其中：\n基本支出320万元，比上年增加5万元。\n项目支出180万元。\n人员经费290万元，主要是工资。';
    expect(errors(t)).toEqual([]);
    expect(sums(t)).toContainEqual(['sum', 'ok', 500, 500]);
  });
});

describe('财政拨款 split by the three budget types', () => {
  const text =
    '2024年财政拨款支出734.20万元（其中：一般公共预算财政拨款支出650.00万元，政府性基金预算财政拨款支出84.20万元，国有资本经营预算财政拨款支出0万元）。';
  it('all three types listed: they add up to the appropriation', () => {
    expect(sums(text)).toEqual([['sum', 'ok', 734.2, 734.2]]);
    expect(errors(text.replace('84.20', '74.20'))).toEqual([['sum', 734.2, 724.2]]);
  });
  it('two types listed, or another quantity among them: a subset only', () => {
    // (short by more than one keystroke: a one-digit shortfall is read as a typo, digitSlips.ts)
    const two = '2024年财政拨款支出734.20万元，其中：一般公共预算财政拨款支出650.00万元，政府性基金预算财政拨款支出71.45万元。';
    expect(sums(two)).toEqual([['subset', 'ok', 734.2, 721.45]]);
    const other = text.replace('国有资本经营预算财政拨款支出0万元', '国有资本经营预算财政拨款收入0万元').replace('84.20', '71.45');
    expect(errors(other)).toEqual([]);
  });
});

describe('a list inside a part of another list', () => {
  const text = '项目总投资640万元，其中：财政资金470万元（其中中央资金320万元，省级资金150万元），自筹资金170万元。';
  it('the parenthesis right after a part splits that part', () => {
    // 中央 + 省级 under the part: levels of government from 中央 down are all of it (sourceWholes.ts)
    expect(sums(text)).toEqual([
      ['subset', 'ok', 640, 640],
      ['sum', 'ok', 470, 470],
    ]);
    expect(errors(text.replace('150万元', '170万元'))).toEqual([['sum', 470, 490]]);
  });
  it('a parenthesis that does not follow the part right away is not its breakdown', () => {
    const t = '项目总投资640万元，其中：财政资金470万元，已拨付（中央资金320万元，省级资金170万元），自筹资金170万元。';
    expect(errors(t)).not.toContainEqual(['subset', 470, 490]);
  });
});

describe('资金来源为 …', () => {
  const text = '项目资金380万元，资金来源为中央资金200万元，省级资金110万元，县级资金70万元。';
  it('every level listed after 资金来源为: they add up to the amount before', () => {
    expect(sums(text)).toEqual([['sum', 'ok', 380, 380]]);
    expect(errors(text.replace('70万元', '60万元'))).toEqual([['sum', 380, 370]]);
  });
  it('one level only asserts nothing', () => {
    expect(sums('项目资金380万元，资金来源为中央资金200万元。')).toEqual([]);
  });
});

describe('a part with its own 包括 / 主要包括 list, then the next part after ；', () => {
  const text =
    '基本支出536.00万元，其中：人员经费462.00万元，主要包括：基本工资210.00万元、津贴补贴150.00万元、奖金102.00万元；公用经费74.00万元，主要包括：办公费34.00万元、水电费40.00万元。';
  it('the outer list is the parts, each inner list is its part’s (no false error)', () => {
    expect(sums(text)).toEqual([
      ['sum', 'ok', 536, 536],
      ['subset', 'ok', 462, 462],
      ['subset', 'ok', 74, 74],
    ]);
  });
  it('a wrong part or a wrong inner item is found where it is', () => {
    expect(errors(text.replace('公用经费74.00', '公用经费84.00'))).toEqual([['sum', 536, 546]]);
    expect(errors(text.replace('奖金102.00', '奖金112.00'))).toEqual([['subset', 462, 472]]);
  });
  it('an inner list enumerated with ； goes on while its items are inside the part', () => {
    const t =
      '“三公”经费决算合计86.0万元。分项情况是：因公出国（境）费决算6.0万元；公务接待费决算20.0万元；公务用车购置及运行维护费决算60.0万元，其中：公务用车购置费决算25.0万元；公务用车运行维护费决算35.0万元。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('35.0万元', '45.0万元'))).toEqual([['sum', 60, 70]]);
  });
  it('after an inner list of unknown items, what follows the ； is not surely the outer list’s', () => {
    const t = '专项资金100万元，其中：甲项目40万元，包括：设备20万元；培训20万元；乙项目70万元。';
    expect(errors(t)).toEqual([]);
  });
});

describe('地区生产总值 = 第一 + 第二 + 第三产业增加值 (the lexicon completes the list)', () => {
  const text =
    '前三季度，全县实现地区生产总值80.40亿元，增长5.0%。其中：第一产业增加值6.20亿元，增长3.1%；第二产业增加值30.10亿元，增长6.2%；第三产业增加值44.10亿元，增长4.4%。';
  it('the three sectors add up to the total: a lowered part is an error too', () => {
    expect(sums(text)).toContainEqual(['sum', 'ok', 80.4, 80.4]);
    expect(errors(text.replace('30.10', '31.10'))).toEqual([['sum', 80.4, 81.4]]);
    expect(errors(text.replace('6.20', '5.20'))).toEqual([['sum', 80.4, 79.4]]);
  });
  it('two sectors, or sectors of another total (投资), stay a subset; 第一，… is still a list mark', () => {
    const two = '全县地区生产总值80.40亿元，其中第二产业增加值30.10亿元，第三产业增加值44.10亿元。';
    expect(errors(two.replace('30.10', '29.10'))).toEqual([]);
    const invest = '全县固定资产投资50.00亿元，其中第一产业投资5.00亿元，第二产业投资20.00亿元，第三产业投资24.00亿元。';
    expect(errors(invest)).toEqual([]);
    expect(sums('第一，全年支出90.00万元，其中基本支出60.00万元，项目支出30.00万元。')).toContainEqual(['sum', 'ok', 90, 90]);
  });
});

describe('第二产业增加值 = 工业增加值 + 建筑业增加值, nested in the sectors list', () => {
  const text =
    '全县地区生产总值90000万元，增长6.0%。其中：第一产业增加值20000万元，增长3.0%；第二产业增加值30000万元，增长7.0%，其中工业增加值完成21000万元，增长8.0%；建筑业增加值完成9000万元，增长4.0%。第三产业增加值40000万元，增长6.5%。';
  it('industry and construction add up to the secondary sector', () => {
    expect(sums(text)).toContainEqual(['sum', 'ok', 30000, 30000]);
    expect(errors(text.replace('9000万元', '9500万元'))).toContainEqual(['sum', 30000, 30500]);
  });
  it('industry alone, or under another total, stays a subset', () => {
    expect(errors(text.replace('；建筑业增加值完成9000万元，增长4.0%', '').replace('21000', '20000'))).toEqual([]);
    expect(errors('全县工业总产值50000万元，其中工业增加值完成21000万元，建筑业增加值完成9000万元。')).toEqual([]);
  });
});

describe('上级资金 + 本级 (+ 自筹): the levels complete a project’s money', () => {
  const text = '本项目按每生800元安排，共计160万元，其中上级资金120.00万元，本级40.00万元，用于保障学校运转。';
  it('the two levels add up to the total', () => {
    expect(sums(text)).toContainEqual(['sum', 'ok', 160, 160]);
    expect(errors(text.replace('40.00', '30.00'))).toEqual([['sum', 160, 150]]);
  });
  it('one level alone, or another source beside it, stays a subset', () => {
    expect(errors(text.replace('，本级40.00万元', '').replace('120.00', '110.00'))).toEqual([]);
    expect(errors(text.replace('本级40.00', '银行贷款30.00'))).toEqual([]);
  });
});

describe('a 分别为 list of names without figures ends at the ；', () => {
  it('counts listed after 分别为 are its parts', () => {
    const t = '内设机构共5个，分别为业务科室3个、保障科室2个。';
    expect(sums(t)).toEqual([['sum', 'ok', 5, 5]]);
    expect(errors(t.replace('共5个', '共6个'))).toEqual([['sum', 6, 5]]);
  });
  it('the counts of the next clauses are no parts of the named list', () => {
    const t =
      '下设科室11个。业务科室为7个，分别为规划科、建设科、监督科、审批科、执法科、信息科、法规科；保障科室2个：办公室、财务科；党群科室2个：党建办、工会。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('为7个', '为8个'))).toEqual([]);
  });
});

describe('其中：items of one head word set off by ； with an explanation each', () => {
  const t =
    '县本级国有资本经营支出40.2亿元，增长12.3%。其中：资本性支出35.1亿元，主要用于支持企业技术改造等方面；费用性支出4.3亿元，主要用于解决企业改革遗留问题等方面；其他支出0.8亿元，主要用于国资监管等方面。';
  it('the list goes on past the ；, and the last item is the rest', () => {
    expect(sums(t)).toEqual([['sum', 'ok', 40.2, 40.2]]);
    expect(errors(t.replace('4.3亿元', '5.3亿元'))).toEqual([['sum', 40.2, 41.2]]);
  });
  it('look-alike: without the colon after 其中, a ； ends the list (a subset, no error)', () => {
    const bare = t.replace('其中：', '其中').replace('40.2亿元', '48.2亿元');
    expect(errors(bare)).toEqual([]);
  });
});
