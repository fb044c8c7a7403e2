// 武冈 2022's year before the report (issue 15), as demo data. The seed states the 两癌 target
// (检查 10361 人); everything else here is invented to show the feature and marked 示例: a target
// first declared at 10000 and raised to 10361 by one approved adjustment batch, budget lines of
// the project, and a 6月30日 monitoring round set by 邵阳 whose answer carries warnings.
export const PLAN_DEMO_MARK = '示例';

export interface DemoPlan {
  unitCode: string;
  year: number;
  /** The department-wide targets copy whatever targets the seed's 自评 holds (never change it). */
  departmentFromEvaluation: boolean;
  project: {
    scope: string;
    scopeName: string;
    frameworkCode: string;
    goal: string;
    values: { indicatorCode: string; value: string; progress: 'cumulative' | 'level' }[];
    budgetLines: { key: string; label: string; amount: string }[];
    adjustment: { reason: string; changes: { indicatorCode: string; from: string; to: string }[] };
  };
  round: {
    rootUnitCode: string;
    name: string;
    asOf: string;
    /** A closed round keeps its date; a round still open in the demo (units below its root have not
     *  answered) is due this many days after the demo is loaded, as the 自评 deadline is: a fixed
     *  2022-07-15 read “已逾期 1606 天” on the 示例 counties' workbench. */
    dueDate: string | { daysAfterLoad: number };
    indicators: { indicatorCode: string; actualToDate: string; deviationCategory?: string; deviationReason?: string; correctiveMeasures?: string }[];
    budget: { key: string; executed: string }[];
  };
  rectification: { problem: string; requiredFix: string };
}

export const wugangPlan2022: DemoPlan = {
  unitCode: '430581',
  year: 2022,
  departmentFromEvaluation: true,
  project: {
    scope: 'liangai',
    scopeName: '农村适龄妇女“两癌”免费检查',
    frameworkCode: 'project-expenditure',
    goal: `（${PLAN_DEMO_MARK}）完成全市农村适龄妇女“两癌”免费检查任务，及时救助患病低收入妇女。`,
    values: [
      { indicatorCode: '2.1.2', value: '10000', progress: 'cumulative' }, // 受益（服务）人数, raised to the seed's 10361 below
      { indicatorCode: '2.3.1', value: '100', progress: 'level' }, // 按期完成率 (示例)
      { indicatorCode: '4.1.1', value: '90', progress: 'level' }, // 服务对象满意度 (示例)
      { indicatorCode: '3.2.1', value: '妇女健康意识明显提高', progress: 'cumulative' }, // 社会影响程度 (示例)
    ],
    budgetLines: [
      { key: 'screening', label: `检查经费（${PLAN_DEMO_MARK}）`, amount: '52' },
      { key: 'relief', label: '救助资金', amount: '31' },
    ],
    adjustment: {
      reason: `（${PLAN_DEMO_MARK}）上级下达的年度检查任务调整为10361人`,
      changes: [{ indicatorCode: '2.1.2', from: '10000', to: '10361' }],
    },
  },
  round: {
    rootUnitCode: '430500',
    name: '截至6月30日运行监控',
    asOf: '2022-06-30',
    dueDate: { daysAfterLoad: 30 }, // the townships and the 示例 counties have not answered it
    indicators: [
      {
        indicatorCode: '2.1.2',
        actualToDate: '4100',
        deviationCategory: '人员保障',
        deviationReason: `（${PLAN_DEMO_MARK}）上半年乡镇检查点医务人员不足`,
        correctiveMeasures: '下半年集中组织巡回检查',
      },
      { indicatorCode: '2.3.1', actualToDate: '100' },
      { indicatorCode: '4.1.1', actualToDate: '86' },
    ],
    budget: [
      { key: 'screening', executed: '12' },
      { key: 'relief', executed: '15.5' },
    ],
  },
  rectification: { problem: `（${PLAN_DEMO_MARK}）“两癌”检查经费执行进度明显滞后于序时进度`, requiredFix: '9月底前检查经费执行率达到75%以上，报送整改情况' },
};
