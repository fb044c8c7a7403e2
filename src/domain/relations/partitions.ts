// Which label sets partition which totals (CHECKER-SHAPES.md), as data; lexicon.ts re-exports it with the
// concepts and the functions that walk it.

export interface Partition {
  id: string;
  /** The concepts this partition splits (null: any figure of a matching unit). */
  totals: string[] | null;
  parts: string[];
  /** Members that make the listing complete (any one of each inner array; a+b: both a and b). */
  complete: string[][];
  /** Text of the lexicon entry, for the reason of a relation. */
  rule: string;
  /** Only under a total whose label names one of `totals` (never a 总投资 of unknown kind). */
  strict?: boolean;
  /** Parts that name no scope are of the total's when it is one of these (true: any budget type): 税收收入 is 一般公共预算收入. */
  inherits?: true | string[];
}

export const PARTITIONS: Partition[] = [
  {
    id: 'sectors',
    totals: ['gdp'],
    parts: ['primarySector', 'secondarySector', 'tertiarySector'],
    complete: [['primarySector'], ['secondarySector'], ['tertiarySector']],
    rule: '地区生产总值 = 第一产业增加值 + 第二产业增加值 + 第三产业增加值',
    strict: true,
  },
  {
    id: 'secondary',
    totals: ['secondarySector'],
    parts: ['industryAdded', 'constructionAdded'],
    complete: [['industryAdded'], ['constructionAdded']],
    rule: '第二产业增加值 = 工业增加值 + 建筑业增加值',
    strict: true,
  },
  {
    id: 'exp',
    totals: ['expenditure'],
    parts: ['basic', 'project', 'upperRemit', 'businessExp', 'subsidiaryGrant'],
    complete: [['basic'], ['project']],
    rule: '本年支出 = 基本支出 + 项目支出（+ 上缴上级支出 + 经营支出 + 对附属单位补助支出）',
  },
  { id: 'basic', totals: ['basic'], parts: ['personnel', 'publicUse'], complete: [['personnel'], ['publicUse']], rule: '基本支出 = 人员经费 + 公用经费' },
  // the economic classes of 人员经费 (决算 notes define it so); 公用经费 has more classes than 商品和服务支出
  {
    id: 'personnelEcon',
    totals: ['personnel'],
    parts: ['wages', 'households'],
    complete: [['wages'], ['households']],
    rule: '人员经费 = 工资福利支出 + 对个人和家庭的补助',
    strict: true,
  },
  {
    id: 'econ',
    totals: ['expenditure', 'basic', 'project'],
    parts: ['wages', 'goodsServices', 'households', 'capital', 'debtInterest', 'enterpriseSubsidy', 'otherExp'],
    complete: [['wages'], ['goodsServices'], ['households']],
    rule: '按经济分类：工资福利支出 + 商品和服务支出 + 对个人和家庭的补助 + 资本性支出（+ 其他）',
  },
  {
    id: 'income',
    totals: ['income'],
    parts: ['appropriation', 'upperSubsidy', 'serviceIncome', 'businessIncome', 'affiliatedIncome', 'otherIncome'],
    complete: [['appropriation'], ['otherIncome']],
    rule: '本年收入 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入',
  },
  {
    id: 'bonds',
    totals: ['bonds'],
    parts: ['generalBond', 'specialBond'],
    complete: [['generalBond'], ['specialBond']],
    rule: '政府债券 = 一般债券 + 专项债券',
    strict: true,
  },
  {
    id: 'debt',
    totals: ['debt'],
    parts: ['generalDebt', 'specialDebt'],
    complete: [['generalDebt'], ['specialDebt']],
    rule: '政府债务 = 一般债务 + 专项债务',
    strict: true,
  },
  {
    id: 'threePublic',
    totals: ['threePublic'],
    parts: ['abroad', 'reception', 'vehicle', 'vehiclePurchase', 'vehicleOperation'],
    // the vehicle class, or both its halves: 购置费 alone is not the class (运行维护费 may be listed elsewhere)
    complete: [['abroad'], ['reception'], ['vehicle', 'vehiclePurchase+vehicleOperation']],
    rule: '“三公”经费 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行维护费',
  },
  {
    id: 'vehicle',
    totals: ['vehicle'],
    parts: ['vehiclePurchase', 'vehicleOperation'],
    complete: [['vehiclePurchase'], ['vehicleOperation']],
    rule: '公务用车购置及运行维护费 = 购置费 + 运行维护费',
  },
  {
    id: 'procurement',
    totals: ['procurement'],
    parts: ['procGoods', 'procWorks', 'procServices'],
    complete: [['procGoods'], ['procWorks'], ['procServices']],
    rule: '政府采购 = 货物 + 工程 + 服务',
  },
  {
    id: 'procurementForm',
    totals: ['procurement'],
    parts: ['procCentralised', 'procDepartmental', 'procDispersed'],
    complete: [['procCentralised'], ['procDepartmental'], ['procDispersed']],
    rule: '政府采购 = 政府集中采购 + 部门集中采购 + 分散采购',
  },
  {
    id: 'procurementMethod',
    totals: ['procurement'],
    parts: ['procOpenTender', 'procInviteTender', 'procNegotiation', 'procConsultation', 'procInquiry', 'procSingleSource', 'procOtherMethod'],
    complete: [['procOpenTender'], ['procInviteTender'], ['procNegotiation'], ['procInquiry'], ['procSingleSource'], ['procOtherMethod']],
    rule: '政府采购 = 公开招标 + 邀请招标 + 竞争性谈判 + 竞争性磋商 + 询价 + 单一来源 + 其他方式',
  },
  {
    id: 'sources',
    totals: null,
    parts: ['central', 'provincial', 'cityCounty', 'city', 'prefecture', 'county', 'selfRaised'],
    complete: [['central'], ['provincial'], ['cityCounty', 'county']],
    rule: '资金来源：中央 + 省级 + 市县（配套）（+ 自筹）',
  },
  {
    id: 'spendingLevels',
    totals: ['expenditure'],
    parts: ['ownLevelExp', 'central', 'provincial', 'city', 'prefecture', 'county', 'transferExp', 'reserveFund'],
    complete: [['ownLevelExp', 'central', 'provincial', 'city', 'prefecture', 'county'], ['transferExp']],
    rule: '支出 = 本级支出 + 对下级转移支付（+ 预备费）',
    inherits: true,
  },
  {
    id: 'fiscalIncomeHalves',
    totals: ['income'],
    parts: ['ownRevenue', 'transferRevenue', 'debtRevenue'],
    complete: [['ownRevenue'], ['transferRevenue']],
    rule: '收入总计 = 本级收入 + 转移性收入（+ 债务收入）',
    inherits: true,
  },
  {
    id: 'fiscalExpHalves',
    totals: ['expenditure'],
    parts: ['ownLevelExp', 'transferOutExp', 'debtRepayExp'],
    complete: [['ownLevelExp'], ['transferOutExp']],
    rule: '支出总计 = 本级支出 + 转移性支出（+ 债务还本支出）',
    inherits: true,
  },
  {
    id: 'revenueKind',
    inherits: ['一般公共预算'],
    totals: ['income'],
    parts: ['taxRevenue', 'nonTaxRevenue'],
    complete: [['taxRevenue'], ['nonTaxRevenue']],
    rule: '一般公共预算收入 = 税收收入 + 非税收入',
  },
  {
    // the kinds of 非税收入 (政府收支分类); a listing that leaves one of the large four out is a subset
    id: 'nonTaxKinds',
    totals: ['nonTaxRevenue'],
    parts: ['specialRevenue', 'adminFees', 'fines', 'stateCapitalRevenue', 'stateResourceRevenue', 'donationRevenue', 'housingFundRevenue', 'otherIncome'],
    complete: [['specialRevenue'], ['adminFees'], ['fines'], ['stateResourceRevenue'], ['otherIncome']],
    rule: '非税收入 = 专项收入 + 行政事业性收费收入 + 罚没收入 + 国有资本经营收入 + 国有资源（资产）有偿使用收入 + 捐赠收入 + 政府住房基金收入 + 其他收入',
    strict: true,
  },
  {
    id: 'collectors',
    inherits: ['一般公共预算'],
    totals: ['income'],
    parts: ['taxDept', 'nationalTaxDept', 'localTaxDept', 'financeDept'],
    complete: [['taxDept', 'localTaxDept'], ['financeDept']],
    rule: '一般公共预算收入按征收部门：税务部门（国税 + 地税）+ 财政部门',
  },
  // fiscal statistics by level of government: a city's 市本级 + 区级 (or 县级), a province's 省级 + 市县
  {
    id: 'cityLevels',
    totals: ['income', 'expenditure'],
    parts: ['city', 'county'],
    complete: [['city'], ['county']],
    rule: '全市收支 = 市本级 + 区（县）级',
    strict: true,
  },
  {
    id: 'carryKinds',
    totals: ['closing'],
    parts: ['basicCarry', 'projectCarry'],
    complete: [['basicCarry'], ['projectCarry']],
    rule: '年末结转和结余 = 基本支出结转 + 项目支出结转和结余',
    strict: true,
  },
  {
    // 人员经费 by economic class (部门决算: 工资福利支出 + 对个人和家庭的补助)
    id: 'personnelEcon',
    totals: ['personnel'],
    parts: ['wages', 'households'],
    complete: [['wages'], ['households']],
    rule: '人员经费 = 工资福利支出 + 对个人和家庭的补助',
    strict: true,
  },
  {
    id: 'transfers',
    totals: ['upperSubsidy', 'transferIncome'],
    parts: ['returnTransfer', 'generalTransfer', 'specialTransfer'],
    complete: [['generalTransfer'], ['specialTransfer']],
    rule: '上级补助收入 = 返还性收入 + 一般性转移支付收入 + 专项转移支付收入',
    strict: true,
  },
  {
    id: 'provinceLevels',
    totals: ['income', 'expenditure'],
    parts: ['provincial', 'cityCounty'],
    complete: [['provincial'], ['cityCounty']],
    rule: '全省收支 = 省级 + 市县',
    strict: true,
  },
  {
    id: 'upperOwn',
    totals: null,
    parts: ['upperFunds', 'ownFunds', 'selfRaised'],
    complete: [['upperFunds'], ['ownFunds']],
    rule: '资金来源：上级资金 + 本级资金（+ 自筹）',
  },
  { id: 'centralLocal', totals: null, parts: ['central', 'local'], complete: [['central'], ['local']], rule: '资金来源：中央 + 地方' },
  {
    id: 'budgetAdjusted',
    totals: null,
    parts: ['initialBudget', 'budgetAdjust'],
    complete: [['initialBudget'], ['budgetAdjust']],
    rule: '全年预算 = 年初预算 + 预算调整（追加）',
  },
  {
    id: 'staff',
    totals: ['staffTotal'],
    parts: ['staffActive', 'staffRetiredEarly', 'staffRetired', 'staffRetiredAll'],
    complete: [['staffActive'], ['staffRetired', 'staffRetiredAll']],
    rule: '实有人数 = 在职人员 + 离休人员 + 退休人员',
    strict: true,
  },
  {
    id: 'residence',
    totals: ['population'],
    parts: ['urbanPop', 'ruralPop'],
    complete: [['urbanPop'], ['ruralPop']],
    rule: '人口 = 城镇人口 + 乡村人口',
    strict: true,
  },
  {
    // all five branches: a bulletin that lists four leaves the services out, and is a subset
    id: 'farmBranches',
    totals: ['farmOutput'],
    parts: ['cropOutput', 'forestOutput', 'livestockOutput', 'fisheryOutput', 'farmServiceOutput'],
    complete: [['cropOutput'], ['forestOutput'], ['livestockOutput'], ['fisheryOutput'], ['farmServiceOutput']],
    rule: '农林牧渔业总产值 = 农业 + 林业 + 牧业 + 渔业 + 农林牧渔专业及辅助性活动产值',
    strict: true,
  },
  {
    id: 'posts',
    totals: ['staffActive'],
    parts: ['staffManagement', 'staffProfessional', 'staffWorker'],
    complete: [['staffManagement'], ['staffProfessional'], ['staffWorker']],
    rule: '在职人员 = 管理人员 + 专业技术人员 + 工勤技能人员（岗位类别）',
    strict: true,
  },
  { id: 'sex', totals: null, parts: ['male', 'female'], complete: [['male'], ['female']], rule: '男 + 女 = 总人数' },
  { id: 'banks', totals: null, parts: ['leftBank', 'rightBank'], complete: [['leftBank'], ['rightBank']], rule: '左岸 + 右岸 = 河段全长' },
];

/**
 * A government's 收入总计 item by item (fiscalBalance.ts). Not a partition of 收入: 一般公共预算收入 names the
 * government's own revenue as well as, in loose reports, the whole balance, so the list itself must show which.
 */
export const BALANCE_INCOME = {
  own: ['ownRevenue'],
  ownPair: ['taxRevenue', 'nonTaxRevenue'],
  above: ['upperSubsidy', 'transferIncome'],
  abovePair: ['generalTransfer', 'specialTransfer'],
  others: ['returnTransfer', 'lowerRemit', 'debtTransferIn', 'debtRevenue', 'fundsIn', 'stabilisationUse'],
  carry: 'carryIn',
  rule: '收入总计 = 本级收入（税收 + 非税）+ 上级补助 + 下级上解 + 债务转贷收入 + 调入资金 + 动用预算稳定调节基金 + 上年结余',
};
