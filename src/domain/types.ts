// The domain vocabulary (see DOMAIN.md "Names in code"). Pure data, no I/O.
// Amounts are exact decimal strings in 万元 ("153.98"); never JS floats.

export type Decimal = string;

/** Every role, in the order screens list them (the only copy of the list). */
export const ROLES = ['filler', 'reviewer', 'finance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type UnitLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village' | 'other';
export const UNIT_LEVELS: readonly UnitLevel[] = ['province', 'prefecture', 'county', 'township', 'village', 'other'];

export interface Unit {
  id: string;
  code: string;
  name: string;
  shortName?: string | null;
  type: string; // 妇联, 财政局, …
  level: UnitLevel;
}

/** A unit's parent for a span of years (units move and merge between years). */
export interface UnitLink {
  unitId: string;
  parentId: string | null;
  fromYear: number;
  toYear: number | null; // inclusive; null = still current
}

export interface UnitProfile {
  authorizedPosts: number | null; // 编制数
  staffActual: number | null; // 实有在职人数
  retired: number | null; // 退休人数
  departments: string[]; // 内设机构
  duties: string[]; // 主要职责 (numbered list)
  intro: string | null; // free text paragraph describing the unit
}

export const BUDGET_TYPES = ['general', 'governmentFund', 'stateCapital', 'socialInsurance'] as const;
export type BudgetType = (typeof BUDGET_TYPES)[number];
/** The four budgets as officials name them (the only copy; English lives in the i18n files). */
export const BUDGET_TYPE_LABELS: Record<BudgetType, string> = {
  general: '一般公共预算',
  governmentFund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  socialInsurance: '社会保险基金预算',
};

export const EXPENSE_CLASSES = ['basic', 'project'] as const;
export type ExpenseClass = (typeof EXPENSE_CLASSES)[number];
/** A stated row: basic, project, or the total as the report states it. */
export type BudgetRowClass = ExpenseClass | 'total';

export const BUDGET_FIGURES = ['opening', 'income', 'expenditure', 'closing'] as const;
export type BudgetFigure = (typeof BUDGET_FIGURES)[number];

export type BudgetFigures = Record<BudgetFigure, Decimal>;
export const BUDGET_FIGURE_LABELS: Record<BudgetFigure, string> = {
  opening: '年初结转和结余',
  income: '本年收入',
  expenditure: '本年支出',
  closing: '年末结转和结余',
};
export const BUDGET_ROW_LABELS: Record<BudgetRowClass, string> = { total: '合计', basic: '基本支出', project: '项目支出' };

/** One budget type of an evaluation. `noActivity` reports "无…支出" instead of zeros. */
export interface BudgetAccount {
  budgetType: BudgetType;
  noActivity: boolean;
  rows: Partial<Record<BudgetRowClass, BudgetFigures>>;
}

/** 年初预算数 / 全年(调整后)预算数 / 全年执行数 lines, optionally per fund source. */
export interface BudgetLine {
  key: string; // 'total' | 'fiscal' | 'carryover' | 'other' | custom
  label: string; // 年度资金总额, 其中：本年财政拨款 …
  initial: Decimal | null;
  adjusted: Decimal | null;
  executed: Decimal | null;
}

export type ThreePublicItem = 'total' | 'reception' | 'vehicles' | 'vehiclePurchase' | 'vehicleOperation' | 'overseas';
export interface ThreePublicLine {
  item: ThreePublicItem;
  budget: Decimal | null;
  actual: Decimal | null;
}

export const OPERATORS = ['>=', '<=', '=', 'qualitative', 'yesNo'] as const;
export type Operator = (typeof OPERATORS)[number];

/** Scoring rule as data; `kind` picks one pure function in domain/scoring. */
export type ScoringRule =
  | { kind: 'ratio' } // derived from operator >=, <=, =
  // levels: the 定性 scale, best first (运行监控 answers pick one); levelPoints: the points of each
  // level, same order — when given, the 自评 is scored by the level the filler picks
  | { kind: 'qualitative'; levels?: readonly string[]; levelPoints?: readonly number[] }
  | { kind: 'yesNo' }
  | { kind: 'deduction'; perUnit: number; unitSize: number; threshold: number; direction: 'over' | 'under' }
  | { kind: 'bands'; bands: { min: number | null; max: number | null; points: number }[] }
  | { kind: 'budgetExecution' }
  | { kind: 'none' }; // narrative-only category (seed 000)

export type IndicatorLevel = 1 | 2 | 3;

export interface IndicatorDef {
  id: string;
  code: string; // stable within a framework, e.g. "1", "1.2", "1.2.3"
  parentCode: string | null;
  level: IndicatorLevel;
  order: number;
  name: string;
  unit: string | null; // 度量单位
  operator: Operator | null; // null for level 1/2 groups
  weight: Decimal | null;
  rule: ScoringRule;
  /** Set on a computed leaf: its actual comes from the evaluation's data, never typed (issue 14). */
  source?: IndicatorSource | null;
}

/** Where a computed leaf's actual comes from (domain/indicators/compute.ts); rates in %. */
export type IndicatorSource =
  | { kind: 'budgetExecution' } // 预算执行率
  | { kind: 'carryoverRate' } // 结转结余率
  | { kind: 'budgetAdjustmentRate' } // 预算调整率
  | { kind: 'threePublicControl' } // "三公"经费控制率
  | { kind: 'threePublicChange' } // "三公"经费变动率
  | { kind: 'staffControl' } // 在职人员控制率
  | { kind: 'procurementExecution' } // 政府采购执行率
  | { kind: 'keyProjectCompletion' } // 重点民生实事完成率
  | { kind: 'keyProjectMeasure'; project: string; measure: string }; // one measure's completion rate ('main' = headline)
export type IndicatorSourceKind = IndicatorSource['kind'];

export type FrameworkKind = 'projectExpenditure' | 'departmentWide' | 'hunanProvincial' | 'custom';

export interface Framework {
  id: string;
  code: string;
  name: string;
  kind: FrameworkKind;
  year: number | null;
  version: number;
  frozen: boolean;
  /** Edit counter of a stored framework: an edit based on an older revision is refused (409). */
  revision?: number;
  indicators: IndicatorDef[];
}

export type Achievement = 'achieved' | 'partial' | 'notAchieved';

export interface IndicatorValue {
  indicatorCode: string;
  target: string | null; // 年度指标值 as written ("≥90%", "10361", "效果明显")
  actual: string | null; // 实际完成值
  score: Decimal | null;
  deviationReason: string | null;
  applicable: boolean;
  achievement: Achievement | null;
  /** A reviewer's share of the weight for a qualitative leaf (60–80 partial, 0–60 notAchieved). */
  achievementPercent?: number | null;
  /** 示例: a value the report does not give, entered to show a feature (demo data). */
  sample?: boolean;
}

export const GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export type Grade = (typeof GRADES)[number];

/** The key project every 妇联 carries (the seeds' 重点民生实事); its code links the years. */
export const LIANGAI_PROJECT = { code: 'liangai', name: '农村适龄妇女“两癌”免费检查', measure: '检查人数', unitOfMeasure: '人' } as const;

export interface FundingSource {
  category: string; // 检查经费, 救助资金 …
  source: string; // 'central' | 'provincial' | 'cityCounty' | 'lottery' | …
  label: string; // 中央补助项目经费
  amount: Decimal; // 万元
}

/** A further measure of a key project (救助人数, 救助金 …); money measures are in 万元. */
export interface KeyProjectMeasure {
  key: string; // stable within the project; 'main' is reserved for the headline measure
  name: string;
  unitOfMeasure: string;
  kind: 'count' | 'money';
  target: Decimal | null;
  actual: Decimal | null;
  sample?: boolean;
}

export const HEADLINE_MEASURE = 'main';

export interface KeyProject {
  code: string; // e.g. 'liangai'
  name: string; // 农村适龄妇女“两癌”免费检查
  measure: string; // headline measure (key 'main'), e.g. 检查人数
  unitOfMeasure: string; // 人
  target: Decimal | null;
  actual: Decimal | null;
  /** Further measures beyond the headline one (救助人数, 救助金); loaded evaluations always carry it. */
  measures?: KeyProjectMeasure[];
  funding: FundingSource[];
  note: string | null;
}

export type SectionKind =
  'preamble' | 'profile' | 'duties' | 'budget' | 'performance' | 'indicatorCategory' | 'keyProject' | 'problems' | 'measures' | 'publication' | 'other';

/** A figure inside narrative text, tied to a stored value. */
export type FigureRef =
  | { kind: 'keyProject'; project: string; field: 'target' | 'actual' | 'rate'; measure?: string } // measure: a key of KeyProject.measures (default the headline)
  | { kind: 'funding'; project: string; category: string; source: string | null } // null = category total
  | { kind: 'budget'; budgetType: BudgetType; row: BudgetRowClass; figure: BudgetFigure }
  | { kind: 'profile'; field: 'authorizedPosts' | 'staffActual' | 'retired' | 'departmentCount' }
  | { kind: 'indicator'; code: string; field: 'target' | 'actual' | 'score' };

export interface FigureLink {
  paragraph: number; // index into section.paragraphs
  text: string; // the figure as written, e.g. "10361人"; must occur in the paragraph
  occurrence: number; // 0 = first occurrence of `text` in the paragraph
  ref: FigureRef;
}

export interface NarrativeSection {
  key: string; // stable path, e.g. "6", "6.2"
  parentKey: string | null;
  order: number;
  kind: SectionKind;
  numbering: string | null; // as printed: "一、", "（一）", "1、", "1."
  title: string; // heading; for run-in headings the lead sentence
  runIn: boolean; // heading printed at the start of the first paragraph
  paragraphs: string[];
  indicatorCode: string | null; // seed 000 categories tie to indicators
  figures: FigureLink[];
}

export const EVALUATION_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'published'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export type ReportOutline = 'departmentWide' | 'hunanProvincial' | 'projectExpenditure';

/** One unit's self-evaluation for one year: the aggregate written back as reports. */
export interface Evaluation {
  id: string;
  unit: Pick<Unit, 'id' | 'code' | 'name' | 'shortName' | 'level' | 'type'>;
  year: number;
  framework: Pick<Framework, 'id' | 'code' | 'name' | 'kind' | 'version'>;
  outline: ReportOutline;
  title: string; // 2022年度武冈市妇女联合会整体支出绩效自评报告
  reportDate: string | null; // ISO date, printed 2023年7月18日
  status: EvaluationStatus;
  version: number;
  /** 示例: demo data not taken from a real report (the UI tags it). */
  sample?: boolean;
  /** Set on a 项目支出绩效自评表: the key project it evaluates; null = the unit's own evaluation. */
  projectCode?: string | null;
  /** Stored on every save (read-only): the total and grade of the indicator table. */
  totalScore?: Decimal | null;
  grade?: Grade | null;
  profile: UnitProfile | null;
  budget: BudgetAccount[];
  budgetLines: BudgetLine[];
  threePublic: ThreePublicLine[];
  indicators: IndicatorValue[];
  keyProjects: KeyProject[];
  sections: NarrativeSection[];
}
