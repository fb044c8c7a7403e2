// 示例 data: the other county-level units of 邵阳市 (real names and administrative codes) with
// three years of 部门整体支出 evaluations, all figures invented and every evaluation and value
// flagged `sample`. They give 邵阳's reviewer a queue (submitted, one returned, one draft, one
// missing) and 湖南/邵阳 dashboards rankings and trends. Deterministic: no randomness.
import { add, div, mul, normalize, roundHalfUp, sub } from '../domain/decimal.js';
import type { Achievement, EvaluationStatus, IndicatorValue, KeyProject } from '../domain/types.js';
import { LIANGAI_NAME } from './hunan2016/keyProject.js';
import type { DemoEvaluation, DemoUnit } from './types.js';
import { emptyIndicatorValue } from '../domain/indicators/emptyValue.js';
import { withMissedExplained } from './sampleReasons.js';
import { sampleSections } from './shaoyangNarrative.js';

export const SAMPLE_YEARS = [2020, 2021, 2022] as const;

// [code, county name, quality 0..1 (drives how well targets are met)]
const COUNTIES: [string, string, number][] = [
  ['430502', '双清区', 0.93],
  ['430503', '大祥区', 0.86],
  ['430511', '北塔区', 0.97],
  ['430522', '新邵县', 0.62],
  ['430523', '邵阳县', 0.74],
  ['430524', '隆回县', 0.55],
  ['430525', '洞口县', 0.81],
  ['430527', '绥宁县', 0.9],
  ['430528', '新宁县', 0.28],
  ['430529', '城步苗族自治县', 0.68],
  ['430582', '邵东市', 0.99],
];

/** 2022 status per county (earlier years are approved); absent = no 2022 evaluation at all. */
const STATUS_2022: Record<string, EvaluationStatus | undefined> = {
  '430502': 'submitted',
  '430503': 'submitted',
  '430511': 'approved',
  '430522': 'returned',
  '430523': 'submitted',
  '430524': 'draft', // late once the deadline passes
  '430525': 'submitted',
  '430527': 'approved',
  '430528': 'submitted',
  '430529': undefined, // missing: never started
  '430582': 'published',
};

export const SAMPLE_RETURN_REASON = '示例：未达目标的指标尚未说明偏差原因（见检查结果），请补充后重新提交';

export const shaoyangCountyUnits: DemoUnit[] = COUNTIES.map(([code, county]) => ({
  code,
  name: `${county}妇女联合会`,
  shortName: `${county}妇联`,
  type: '妇联',
  level: 'county',
  parentCode: '430500',
  fromYear: 2016,
}));

const r2 = (x: string) => normalize(roundHalfUp(x, 2));
const clamp = (q: number) => Math.max(0.05, Math.min(1, q));
/** A fixed-point decimal from a small float parameter (3 places), so every amount below is exact. */
const d = (x: number) => normalize(x.toFixed(3));

const achievementOf = (q: number): Achievement => (q >= 0.8 ? 'achieved' : q >= 0.5 ? 'partial' : 'notAchieved');
const ACH_TEXT: Record<Achievement, string> = { achieved: '达成', partial: '部分达成', notAchieved: '未达成' };

function value(indicatorCode: string, fields: Partial<IndicatorValue>): IndicatorValue {
  return emptyIndicatorValue(indicatorCode, { sample: true, ...fields });
}

function evaluationOf(code: string, county: string, i: number, q0: number, year: number, status: EvaluationStatus): DemoEvaluation {
  // Trends differ: some counties improve over the years, others slip.
  const q = clamp(q0 + (year - 2022) * 0.04 * (i % 2 === 0 ? 1 : -1));
  const opening = d(3 + i * 0.7);
  const income = d(120 + i * 17.3 + (year - 2020) * 6.1);
  const available = add(opening, income);
  const spent = r2(mul(available, d(0.7 + 0.3 * q)));
  const closing = sub(available, spent);
  const initial = r2(div(available, d(1 + (1 - q) * 0.2)));
  const threeBudget = d(8 + i * 0.5);
  const threeActual = r2(mul(threeBudget, d(0.85 + (1 - q) * 0.5)));
  const procurement = d(20 + i * 2);
  const posts = 5 + (i % 4);
  const target = String(3000 + i * 431 + (year - 2020) * 120);
  const actual = normalize(roundHalfUp(mul(target, d(0.8 + 0.28 * q)), 0));
  const ach = achievementOf(q);
  const missed = (why: string) => (q < 0.8 ? `示例：${why}` : null);
  const liangai: KeyProject = {
    code: 'liangai',
    name: LIANGAI_NAME,
    measure: '检查人数',
    unitOfMeasure: '人',
    target,
    actual,
    measures: [
      { key: 'reliefFunds', name: '救助金', unitOfMeasure: '万元', kind: 'money', target: null, actual: String(10 + ((i * 5 + year) % 25)), sample: true },
      { key: 'reliefPeople', name: '救助人数', unitOfMeasure: '人', kind: 'count', target: null, actual: String(10 + ((i * 7 + year) % 30)), sample: true },
    ],
    funding: [],
    note: '示例数据（虚构）',
  };
  return {
    unitCode: code,
    frameworkCode: 'department-wide',
    year,
    outline: 'departmentWide',
    title: `${year}年度${county}妇女联合会整体支出绩效自评报告（示例）`,
    reportDate: status === 'draft' ? null : `${year + 1}-07-${String(10 + i).padStart(2, '0')}`,
    status,
    sample: true,
    ...(status === 'returned' ? { returnReason: SAMPLE_RETURN_REASON } : {}),
    profile: {
      authorizedPosts: posts,
      staffActual: q < 0.5 ? posts + 1 : posts,
      retired: 2 + (i % 3),
      departments: ['办公室', '组宣部'],
      duties: ['示例：团结、引导全县（区、市）妇女投身经济社会发展。'],
      intro: null,
    },
    budget: [
      {
        budgetType: 'general',
        noActivity: false,
        rows: {
          total: { opening, income, expenditure: spent, closing },
          basic: { opening, income, expenditure: spent, closing },
          project: { opening: '0', income: '0', expenditure: '0', closing: '0' },
        },
      },
      { budgetType: 'governmentFund', noActivity: true, rows: {} },
      { budgetType: 'stateCapital', noActivity: true, rows: {} },
      { budgetType: 'socialInsurance', noActivity: true, rows: {} },
    ],
    budgetLines: [
      { key: 'total', label: '年度资金总额', initial, adjusted: available, executed: spent },
      { key: 'procurement', label: '政府采购', initial: procurement, adjusted: procurement, executed: r2(mul(procurement, d(0.6 + 0.4 * q))) },
    ],
    threePublic: [{ item: 'total', budget: threeBudget, actual: threeActual }],
    indicators: [
      value('1.1.1', { target: '100%', deviationReason: missed('部分项目资金到位较晚，执行进度滞后') }),
      value('1.1.2', { target: '0' }),
      value('1.1.3', { target: '0', deviationReason: missed('年中追加临时性任务经费') }),
      value('1.1.4', { target: '≤100%', deviationReason: missed('接待任务增加') }),
      value('1.1.5', { target: '≥95%', deviationReason: missed('部分采购项目延至下年') }),
      value('1.2.1', { target: '≤100%' }),
      value('1.2.2', { target: '资产管理规范', actual: ACH_TEXT[ach], achievement: ach }),
      value('1.3.1', { target: '是', actual: q >= 0.4 ? '是' : '否' }),
      value('1.3.2', { target: '制度健全', actual: ACH_TEXT[ach], achievement: ach, deviationReason: missed('内控制度有待完善') }),
      value('2.1.1', { target: '100%', actual: `${r2(d(60 + 40 * q))}%`, deviationReason: missed('部分年度任务未完成') }),
      value('2.1.2', { target: '≥100%', deviationReason: missed('部分乡镇检查进度滞后') }),
      value('2.2.1', { target: '社会效益明显', actual: ACH_TEXT[ach], achievement: ach }),
      value('2.2.2', { target: '≥90%', actual: `${r2(d(60 + 38 * q))}%`, deviationReason: missed('服务覆盖面不足') }),
    ],
    keyProjects: [liangai],
    sections: sampleSections(county, status, q >= 0.8),
  };
}

export const shaoyangCountyEvaluations: DemoEvaluation[] = COUNTIES.flatMap(([code, county, q], i) => {
  const years = SAMPLE_YEARS.flatMap((year) => {
    const status = year === 2022 ? STATUS_2022[code] : 'approved';
    return status ? [evaluationOf(code, county, i, q, year, status)] : [];
  });
  // a submitted one passed 提交's check and an approved or published one review too: each missed
  // target is explained (a draft or a returned one may still lack reasons, as real ones do)
  const reviewed = (e: DemoEvaluation) => e.status === 'submitted' || e.status === 'approved' || e.status === 'published';
  return years.map((e) =>
    reviewed(e)
      ? withMissedExplained(
          e,
          years.find((p) => p.year === e.year - 1),
        )
      : e,
  );
});

/** The 2022 deadline, a month after the demo is loaded: the filler sees the days left (and is
 *  reminded 7 days and 1 day before), whatever the date the demo is started on. */
export const SAMPLE_DEADLINES = [{ year: 2022, level: '*', daysAfterLoad: 30 }];
