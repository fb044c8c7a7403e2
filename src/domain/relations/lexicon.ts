// The classification lexicon (政府收支分类 and the usual report vocabulary) as data: which label
// names which concept, and which label sets partition which totals (CHECKER-SHAPES.md).
// Patterns are anchored at the end of a label: the head noun decides, prefixes are scope or stage.
import { PARTITIONS, type Partition } from './partitions.js';

export interface Concept {
  id: string;
  /** Matched against the end of a cleaned label; the longest match wins. */
  pattern: RegExp;
  name: string;
}

export const CONCEPTS: Concept[] = [
  {
    id: 'expenditure',
    name: '支出',
    // (本年支出数: the year's total said with 数 — only as the whole label, 公务接待费支出数 is an item's)
    pattern:
      /(?:总|合计)?支出(?:合计|总额|总计|共计|决算数?|预算数?|金额|(?:累计)?完成)?$|(?:决算|预算)(?:总)?支出(?:数)?$|支出决算数?$|资金支出$|^(?:本年度?|全年|当年|年度|实际)?支出数$/,
  },
  // (基本支付 / 基本性支出 / 项目支出数: the report's own wording or slip of 基本支出 / 项目支出)
  { id: 'basic', name: '基本支出', pattern: /基本(?:支出|支付)(?:合计|总额|决算数?|预算数?|数|金额)?$|基本性支出$/ },
  { id: 'project', name: '项目支出', pattern: /项目支出(?:合计|总额|决算数?|预算数?|数|金额)?$|项目性支出$/ },
  { id: 'upperRemit', name: '上缴上级支出', pattern: /上缴上级支出$/ },
  { id: 'businessExp', name: '经营支出', pattern: /经营支出$/ },
  { id: 'subsidiaryGrant', name: '对附属单位补助支出', pattern: /对附属单位补助支出$/ },
  { id: 'personnel', name: '人员经费', pattern: /人员经费(?:支出)?$/ },
  { id: 'publicUse', name: '公用经费', pattern: /(?:日常)?公用经费(?:支出)?$/ },
  { id: 'wages', name: '工资福利支出', pattern: /工资福利(?:支出)?$/ },
  { id: 'goodsServices', name: '商品和服务支出', pattern: /商品和服务(?:支出)?$/ },
  { id: 'households', name: '对个人和家庭的补助', pattern: /对个人和家庭(?:的)?补助(?:支出)?$/ },
  { id: 'capital', name: '资本性支出', pattern: /资本性支出$/ },
  // 债券资金 = 一般债券 + 专项债券 (new and refinancing bonds are another split, left out)
  { id: 'bonds', name: '政府债券', pattern: /(?<!再融资|置换|新增|一般|专项)债券(?:资金)?$/ },
  { id: 'generalBond', name: '一般债券', pattern: /(?<!再融资|置换|新增)一般(?:性)?(?:债券|债)(?:资金)?$/ },
  { id: 'specialBond', name: '专项债券', pattern: /(?<!再融资|置换|新增)专项(?:债券|债)(?:资金)?$/ },
  // 政府债务（限额 / 余额）= 一般债务 + 专项债务 (the debt a government owes, not the bonds of one year)
  { id: 'debt', name: '政府债务', pattern: /(?<!一般|专项|隐性|[外内])债务(?:限额|余额)(?:预计执行数|执行数|决算数|实际数)?$|政府债务$/ },
  { id: 'generalDebt', name: '一般债务', pattern: /一般债务(?:限额|余额)?(?:预计执行数|执行数|决算数|实际数)?$/ },
  { id: 'specialDebt', name: '专项债务', pattern: /专项债务(?:限额|余额)?(?:预计执行数|执行数|决算数|实际数)?$/ },
  { id: 'debtInterest', name: '债务利息及费用支出', pattern: /债务利息(?:及费用)?支出$/ },
  { id: 'enterpriseSubsidy', name: '对企业补助', pattern: /对企业补助(?:支出)?$/ },
  { id: 'otherExp', name: '其他支出', pattern: /其他支出$/ },
  {
    id: 'income',
    name: '收入',
    pattern: /(?:总)?收入(?:合计|总额|总计|共计|决算数?|预算数?|累计完成|完成)?$|收入决算数?$|^(?:本年度?|全年|当年|年度|实际)?收入数$/,
  },
  {
    id: 'appropriation',
    name: '财政拨款收入',
    // (一般预算拨款收入: the older name of 一般公共预算拨款收入)
    pattern: /财政拨款(?:收入)?(?:合计|数|金额)?$|^财政补助收入$|(?:一般(?:公共)?|政府性基金|国有资本经营)预算(?:财政)?拨款(?:收入)?$/,
  },
  { id: 'upperSubsidy', name: '上级补助收入', pattern: /上级补助收入$/ },
  // transfers received by a government (财政 上级补助收入): 返还性 + 一般性转移支付 + 专项转移支付
  // (上级财政对新区转移支付 / 上级转移支付补助收入: received, said from the giver's side)
  {
    id: 'transferIncome',
    name: '转移支付收入',
    pattern: /^(?:上级)?转移支付收入$|^上级(?:财政)?(?:对[^，；。、对]{1,6})?转移支付(?:补助)?(?:收入|资金)?$/,
  },
  { id: 'returnTransfer', name: '返还性收入', pattern: /^(?:税收)?返还性收入$/ },
  { id: 'generalTransfer', name: '一般性转移支付收入', pattern: /^一般性?转移支付(?:补助)?(?:收入)?$/ },
  { id: 'specialTransfer', name: '专项转移支付收入', pattern: /^专项转移支付(?:补助)?(?:收入)?$/ },
  { id: 'serviceIncome', name: '事业收入', pattern: /事业收入$/ },
  { id: 'businessIncome', name: '经营收入', pattern: /经营收入$/ },
  { id: 'affiliatedIncome', name: '附属单位上缴收入', pattern: /附属单位上缴收入$/ },
  { id: 'otherIncome', name: '其他收入', pattern: /其他收入$/ },
  { id: 'opening', name: '年初结转和结余', pattern: /年初(?:财政拨款)?结转(?:和|及|与)?结余(?:资金)?$/ },
  // the closing balance by kind of spending (年末结转和结余 = 基本支出结转 + 项目支出结转和结余)
  { id: 'basicCarry', name: '基本支出结转', pattern: /^基本支出结转(?:和|及)?(?:结余)?(?:资金)?$/ },
  { id: 'projectCarry', name: '项目支出结转和结余', pattern: /^项目支出结转(?:和|及)?(?:结余)?(?:资金)?$/ },
  { id: 'closing', name: '年末结转和结余', pattern: /年末(?:财政拨款)?结转(?:和|及|与)?结余(?:资金)?$|结转(?:和|及|与)?结余(?:资金)?$|结余结转$/ },
  { id: 'threePublic', name: '“三公”经费', pattern: /三公[”"’」』]?经费(?:财政拨款)?(?:总)?(?:支出)?(?:合计|总额|决算数?|预算数?)?(?:汇总数?)?(?:安排)?$/ },
  { id: 'abroad', name: '因公出国（境）费', pattern: /因公出国（?境）?(?:经)?费(?:用)?$|因公出国(?:（境）)?支出$|^因公出国(?:（境）)?$/ },
  { id: 'reception', name: '公务接待费', pattern: /公务接待(?:费|经费)(?:用)?$|公务接待支出$|^公务接待$/ },
  {
    id: 'vehicle',
    name: '公务用车购置及运行维护费',
    pattern:
      /(?:公务用车|公车|公务车辆?)购置及(?:运行(?:维护|维修)?|运维)(?:费|经费)$|(?:公务用车|公车|公务车辆?)运行(?:维护|维修)?及购置(?:费|经费)$|^购置及(?:运行(?:维护|维修)?|运维)(?:费|经费)$|公务用车(?:费用?|经费)?$/,
  },
  { id: 'vehiclePurchase', name: '公务用车购置费', pattern: /(?:公务用车|公车)?购置费$|(?:公务用车|公车)购置(?:支出)?$|^车辆购置(?:费)?$/ },
  {
    id: 'vehicleOperation',
    name: '公务用车运行维护费',
    pattern:
      /(?:公务用车|公车)?运[行转](?:维护|维修)?费$|(?:公务用车|公车)运[行转](?:维护|维修)?(?:支出|费用)$|(?:公务用车|公车)运行及维护(?:费|费用|支出)?$|^车辆运行(?:维护)?(?:费)?$|(?:公务用车|公车|公务车辆?)运行(?:维护|维修)?$/,
  },
  {
    id: 'procurement',
    name: '政府采购',
    pattern: /政府采购(?:支出|金额|合同金额|预算|规模)?(?:总额|合计|总规模)?$|纳入政府(?:集中)?采购(?:的)?(?:预算)?(?:规模|金额)$|^实际采购(?:规模|金额)$/,
  },
  { id: 'procGoods', name: '货物', pattern: /^(?:政府)?(?:采购)?货物(?:类)?(?:政府)?(?:实际)?(?:采购)?(?:支出|金额|合同金额|规模)?$/ },
  { id: 'procWorks', name: '工程', pattern: /^(?:政府)?(?:采购)?工程(?:类)?(?:政府)?(?:实际)?(?:采购)?(?:支出|金额|合同金额|规模)?$/ },
  { id: 'procServices', name: '服务', pattern: /^(?:政府)?(?:采购)?服务(?:类)?(?:政府)?(?:实际)?(?:采购)?(?:支出|金额|合同金额|规模)?$/ },
  // organisation forms of 政府采购 (政府集中采购、部门集中采购、分散采购)
  { id: 'procCentralised', name: '政府集中采购', pattern: /^政府集中采购(?:规模|金额|支出)?$/ },
  { id: 'procDepartmental', name: '部门集中采购', pattern: /^部门集中采购(?:规模|金额|支出)?$/ },
  { id: 'procDispersed', name: '分散采购', pattern: /^分散采购(?:规模|金额|支出)?$/ },
  // methods of 政府采购 (公开招标、邀请招标、竞争性谈判、竞争性磋商、询价、单一来源 and 其他方式)
  { id: 'procOpenTender', name: '公开招标', pattern: /^公开招标(?:采购)?(?:规模|金额)?$/ },
  { id: 'procInviteTender', name: '邀请招标', pattern: /^邀请招标(?:采购)?(?:规模|金额)?$/ },
  { id: 'procNegotiation', name: '竞争性谈判', pattern: /^竞争性谈判(?:采购)?(?:规模|金额)?$/ },
  { id: 'procConsultation', name: '竞争性磋商', pattern: /^竞争性磋商(?:采购)?(?:规模|金额)?$/ },
  { id: 'procInquiry', name: '询价', pattern: /^询价(?:采购)?(?:规模|金额)?$/ },
  { id: 'procSingleSource', name: '单一来源', pattern: /^单一来源(?:采购)?(?:规模|金额)?$/ },
  { id: 'procOtherMethod', name: '其他采购方式', pattern: /^其他(?:采购)?方式(?:采购)?(?:规模|金额)?$/ },
  // sources: the level the money comes from opens the label (中央安排直达资金61.02亿元)
  { id: 'central', name: '中央', pattern: /^中央[^，；。、]*$/ },
  { id: 'provincial', name: '省级', pattern: /^省(?:级|本级|财政|级财政)[^，；。、]*$/ },
  { id: 'cityCounty', name: '市县', pattern: /^市县[^，；。、]*$/ },
  { id: 'city', name: '市级', pattern: /^市(?:级|本级)[^，；。、]*$/ },
  { id: 'county', name: '县级', pattern: /^[县区](?:级|本级)[^，；。、]*$|^县$/ },
  { id: 'prefecture', name: '州级', pattern: /^州(?:级|本级)[^，；。、]*$|^州$/ },
  { id: 'selfRaised', name: '自筹', pattern: /^(?:农户|群众|单位|项目单位|企业)?自筹(?:资金|配套)?$/ },
  { id: 'local', name: '地方', pattern: /^地方[^，；。、]*$/ },
  // the level above and the unit's own level (上级资金a，本级b): all public money of a project, 自筹 aside
  { id: 'upperFunds', name: '上级资金', pattern: /^上级(?:财政)?(?:补助|专项)?资金$/ },
  { id: 'ownFunds', name: '本级资金', pattern: /^本级(?:财政)?(?:配套)?(?:资金)?$/ },
  // a government's spending by who spends it: its own level, transfers to the levels below, the reserve
  // (中央/省/市本级支出 stay sources: 中央本级 + 地方 and 市本级 + 区级 are splits of their own; with 对…转移支付 they are this one)
  { id: 'ownLevelExp', name: '本级支出', pattern: /^(?:一般公共预算|政府性基金(?:预算)?)?本级支出$/ },
  {
    id: 'transferExp',
    name: '对下级转移支付',
    pattern: /^(?:中央|省级?|市级?|县级?|州级?)?对(?:地方|下级|下|市县|区县|县区|县市区|县|乡镇|街道)(?:的)?转移支付(?:支出)?$/,
  },
  { id: 'reserveFund', name: '预备费', pattern: /^(?:中央|省级?|市级?|县级?)?预备费$/ },
  // a government's balance in two halves (决算 收支总表): its own revenue and spending, and what moves between levels
  { id: 'ownRevenue', name: '本级收入', pattern: /^(?:一般公共预算|政府性基金(?:预算)?)?本级收入(?:合计)?$/ },
  { id: 'transferRevenue', name: '转移性收入', pattern: /^(?:一般公共预算|政府性基金(?:预算)?)?转移性收入(?:合计)?$/ },
  { id: 'debtRevenue', name: '债务收入', pattern: /^(?:地方政府)?(?:一般|专项)?债务收入$/ },
  // the other items of a government's 收入总计 (上级补助 and 转移支付 are above): what comes in besides its own revenue
  { id: 'lowerRemit', name: '下级上解收入', pattern: /^(?:下级|镇街|街镇|乡镇|镇|区县|县区|市县)上解(?:收入)?$/ },
  {
    id: 'debtTransferIn',
    name: '债务转贷收入',
    pattern:
      /^(?:地方政府)?(?:新增|再融资|置换|置换和再融资)?(?:一般|专项)?(?:债务|债券)(?:（转贷）)?转贷收入$|^(?:地方政府)?债务（转贷）收入$|^(?:新增|再融资)(?:一般|专项)?债券收入$/,
  },
  { id: 'fundsIn', name: '调入资金', pattern: /^调入(?:资金|预算稳定调节基金|国有资本经营预算收入|政府性基金(?:预算)?(?:资金)?)$|^基金调入$/ },
  { id: 'stabilisationUse', name: '动用预算稳定调节基金', pattern: /^动用(?:预算)?稳定调节基金$/ },
  { id: 'carryIn', name: '上年结余', pattern: /^上年(?:结余|结转)(?:结余|结转)?(?:收入|资金)?$/ },
  { id: 'transferOutExp', name: '转移性支出', pattern: /^(?:一般公共预算|政府性基金(?:预算)?)?转移性支出(?:合计)?$/ },
  { id: 'debtRepayExp', name: '债务还本支出', pattern: /^(?:地方政府)?(?:一般|专项)?债务还本支出$/ },
  // (税收完成a，非税完成b: the short names of a revenue report)
  {
    id: 'taxRevenue',
    name: '税收收入',
    pattern: /^(?:全国|全省|全市|全县|全区|全州)?(?:纳入)?(?:一般公共预算)?(?:累计)?(?:完成)?(?:地方)?(?:各项)?税收(?:收入(?:累计)?(?:完成)?|完成)$/,
  },
  {
    id: 'nonTaxRevenue',
    name: '非税收入',
    pattern: /^(?:全国|全省|全市|全县|全区|全州)?(?:纳入)?(?:一般公共预算)?(?:累计)?(?:完成)?(?:地方)?(?:政府)?非税(?:收入(?:累计)?(?:完成)?|完成)$/,
  },
  // 非税收入 by kind (政府收支分类 103 款): 专项、行政事业性收费、罚没、国有资本经营、国有资源（资产）有偿使用、捐赠、政府住房基金、其他
  { id: 'specialRevenue', name: '专项收入', pattern: /^(?:非税收入中的)?专项收入$/ },
  { id: 'adminFees', name: '行政事业性收费收入', pattern: /^行政(?:事业)?性?收费(?:收入)?$/ },
  { id: 'fines', name: '罚没收入', pattern: /^罚没(?:收入|款)$/ },
  { id: 'stateCapitalRevenue', name: '国有资本经营收入', pattern: /^国有资本经营收入$/ },
  { id: 'stateResourceRevenue', name: '国有资源（资产）有偿使用收入', pattern: /^国有资源(?:（资产）|和资产|及资产)?有偿使用(?:费)?收入$/ },
  { id: 'donationRevenue', name: '捐赠收入', pattern: /^捐赠收入$/ },
  { id: 'housingFundRevenue', name: '政府住房基金收入', pattern: /^政府住房基金收入$/ },
  { id: 'taxDept', name: '税务部门', pattern: /^税务(?:部门|局)(?:完成|征收|组织)?(?:收入)?$/ },
  { id: 'nationalTaxDept', name: '国税部门', pattern: /^国税(?:部门|局)?(?:完成|征收|组织)?(?:收入)?$/ },
  { id: 'localTaxDept', name: '地税部门', pattern: /^地税(?:部门|局)?(?:完成|征收|组织)?(?:收入)?$/ },
  { id: 'financeDept', name: '财政部门', pattern: /^财政(?:部门|局)(?:完成|征收|组织)?(?:收入)?$|^财政$/ },
  // a budget as adopted plus its adjustments (预算69.06万元，其中年初预算57.28万元，调整追加11.78万元)
  { id: 'initialBudget', name: '年初预算', pattern: /^年初(?:部门)?预算(?:安排)?(?:数|金额|资金)?$/ },
  { id: 'budgetAdjust', name: '预算调整', pattern: /^(?:年中)?(?:调整追加|追加调整|预算调整|调整|追加|调增)(?:预算|资金|安排)?(?:数|金额)?$/ },
  // head-counts of a unit: 实有人数 = 在职 + 离休 + 退休 (部门决算 profiles)
  { id: 'staffTotal', name: '实有人数', pattern: /(?:(?:实有|现有)(?:人员|人数|职工)|实有)(?:总数)?$/ },
  { id: 'staffActive', name: '在职人员', pattern: /^在职(?:人员|职工|人数)?$/ },
  { id: 'staffRetiredEarly', name: '离休人员', pattern: /^离休(?:人员|干部|人数)?$/ },
  { id: 'staffRetired', name: '退休人员', pattern: /^退休(?:人员|职工|人数)?$/ },
  { id: 'staffRetiredAll', name: '离退休人员', pattern: /^离退休(?:人员|职工|人数)?$/ },
  // 在职人员 by post category (事业单位岗位: 管理、专业技术、工勤技能 — every post is one of the three)
  { id: 'staffManagement', name: '管理人员', pattern: /^管理(?:岗位)?(?:人员|岗)$/ },
  { id: 'staffProfessional', name: '专业技术人员', pattern: /^专业技术(?:岗位)?(?:人员|岗)$|^专技人员$/ },
  { id: 'staffWorker', name: '工勤人员', pattern: /^工勤(?:技能)?(?:岗位)?(?:人员|岗)$/ },
  { id: 'male', name: '男', pattern: /^男(?:性|职工|干部)?$/ },
  { id: 'female', name: '女', pattern: /^女(?:性|职工|干部)?$/ },
  // the two banks of one river stretch (堤防1.04km：右岸a，左岸b)
  { id: 'leftBank', name: '左岸', pattern: /^左岸(?:段|堤防|护岸)?(?:长度?)?$/ },
  { id: 'rightBank', name: '右岸', pattern: /^右岸(?:段|堤防|护岸)?(?:长度?)?$/ },
  // output by the three sectors (统计公报: 地区生产总值 = 第一 + 第二 + 第三产业增加值)
  { id: 'gdp', name: '地区生产总值', pattern: /生产总值(?:为|达到?|完成)?$/ },
  { id: 'primarySector', name: '第一产业增加值', pattern: /^第一产业增加值(?:为)?$/ },
  { id: 'secondarySector', name: '第二产业增加值', pattern: /^第二产业增加值(?:为)?$/ },
  { id: 'tertiarySector', name: '第三产业增加值', pattern: /^第三产业增加值(?:为)?$/ },
  { id: 'industryAdded', name: '工业增加值', pattern: /^(?:全部)?工业增加值(?:完成|为)?$/ },
  { id: 'constructionAdded', name: '建筑业增加值', pattern: /^建筑业增加值(?:完成|为)?$/ },
  // population by residence (统计公报: 常住人口 / 户籍人口 = 城镇人口 + 乡村人口)
  { id: 'population', name: '人口', pattern: /(?:常住|户籍)(?:总)?人口(?:总数)?(?:为|达)?$|^(?:年末)?总人口(?:为|达)?$/ },
  { id: 'urbanPop', name: '城镇人口', pattern: /^(?:其中)?城镇(?:常住|户籍)?人口(?:为)?$/ },
  { id: 'ruralPop', name: '乡村人口', pattern: /^(?:其中)?(?:乡村|农村)(?:常住|户籍)?人口(?:为)?$/ },
  // output of farming by branch: 农林牧渔业总产值 = 农业 + 林业 + 牧业 + 渔业 + 农林牧渔（专业及辅助性活动 / 服务业）
  { id: 'farmOutput', name: '农林牧渔业总产值', pattern: /^(?:全年)?(?:全[省市县区])?(?:实现)?农林牧渔业?(?:总产值|总产出)(?:为|达)?$/ },
  { id: 'cropOutput', name: '农业产值', pattern: /^农业(?:总)?产值$/ },
  { id: 'forestOutput', name: '林业产值', pattern: /^林业(?:总)?产值$/ },
  { id: 'livestockOutput', name: '牧业产值', pattern: /^(?:畜)?牧业(?:总)?产值$/ },
  { id: 'fisheryOutput', name: '渔业产值', pattern: /^渔业(?:总)?产值$/ },
  { id: 'farmServiceOutput', name: '农林牧渔服务业产值', pattern: /^农林牧渔(?:业)?(?:专业及辅助性活动|服务业)(?:总)?产值$/ },
];

export { PARTITIONS, type Partition } from './partitions.js';

/** Concepts below a concept through partitions (三公 → 接待费 … → 运行维护费). */
export function descendants(concept: string): Set<string> {
  const out = new Set<string>();
  const walk = (c: string): void => {
    for (const p of PARTITIONS)
      if (p.totals?.includes(c))
        for (const x of p.parts)
          if (!out.has(x)) {
            out.add(x);
            walk(x);
          }
  };
  walk(concept);
  return out;
}

export function partitionsOf(part: string): Partition[] {
  return PARTITIONS.filter((p) => p.parts.includes(part));
}

/** True when the listed concepts cover every required member of the partition. */
export function isComplete(p: Partition, listed: Set<string>): boolean {
  return p.complete.every((any) => any.some((c) => c.split('+').every((x) => listed.has(x))));
}
