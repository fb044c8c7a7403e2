// Seed 000: the 重点民生实事 "两癌" project — its money by source and its narrative, verbatim.
// The seed prints the heading without a number; canonical numbering '二、' is stored.
import { LIANGAI_PROJECT, type FigureLink, type KeyProject } from '../../domain/types.js';
import type { SectionSpec } from '../section.js';

export const LIANGAI_NAME = LIANGAI_PROJECT.name;

export const hunanLiangai: KeyProject = {
  code: 'liangai',
  name: LIANGAI_NAME,
  measure: '检查人数',
  unitOfMeasure: '人',
  target: null, // the seed states no target, only "超额完成全年工作任务"
  actual: '1017600', // 101.76万名
  measures: [],
  funding: [
    { category: '检查经费', source: 'central', label: '中央补助项目经费', amount: '2473' },
    { category: '检查经费', source: 'provincial', label: '省级', amount: '6823' },
    { category: '检查经费', source: 'cityCounty', label: '市县配套', amount: '9810' },
    { category: '救助资金', source: 'lotteryCentral', label: '中央彩票公益金', amount: '2990' },
    { category: '救助资金', source: 'lotteryProvincial', label: '省级专项彩票公益金', amount: '1200' },
    { category: '检查设备购置', source: 'provincial', label: '省财政追加', amount: '1400' },
  ],
  note: null,
};

const closingFigures: FigureLink[] = [
  { paragraph: 0, text: '1.9亿元', occurrence: 0, ref: { kind: 'funding', project: 'liangai', category: '检查经费', source: null } },
  { paragraph: 0, text: '2473万元', occurrence: 0, ref: { kind: 'funding', project: 'liangai', category: '检查经费', source: 'central' } },
  { paragraph: 0, text: '6823万元', occurrence: 0, ref: { kind: 'funding', project: 'liangai', category: '检查经费', source: 'provincial' } },
  { paragraph: 0, text: '9810万元', occurrence: 0, ref: { kind: 'funding', project: 'liangai', category: '检查经费', source: 'cityCounty' } },
  { paragraph: 0, text: '101.76万名', occurrence: 0, ref: { kind: 'keyProject', project: 'liangai', field: 'actual' } },
  { paragraph: 0, text: '4190万元', occurrence: 0, ref: { kind: 'funding', project: 'liangai', category: '救助资金', source: null } },
  { paragraph: 0, text: '2990万元', occurrence: 0, ref: { kind: 'funding', project: 'liangai', category: '救助资金', source: 'lotteryCentral' } },
  { paragraph: 0, text: '1200万元', occurrence: 0, ref: { kind: 'funding', project: 'liangai', category: '救助资金', source: 'lotteryProvincial' } },
];

export const hunanKeyProjectSections: SectionSpec[] = [
  {
    key: '2',
    kind: 'keyProject',
    numbering: '二、',
    title: '重点民生实事项目',
    indicatorCode: '17',
    paragraphs: [
      '2016年，“两癌”（宫颈癌和乳腺癌）免费检查被纳入省委、省政府重点民生实事项目，并从省彩票公益金中安排资金对贫困“两癌”患者进行救助，由省妇联牵头实施。一年来，在省委省政府的重视支持下，在省卫计委、省财政厅等部门的紧密协作下，超额完成全年免费检查任务，重点做了以下四方面工作：',
    ],
  },
  {
    key: '2.1',
    kind: 'keyProject',
    numbering: '（一）',
    title: '加强组织领导',
    paragraphs: [
      '14个市州先后建立以分管副市（州）长为组长，妇联、卫计、财政等各有关单位为成员的联席会议制度，各项目县市区均成立了以分管副县长为组长的领导小组，各市州、县市区层层成立了以各市州、县区妇幼保健院为骨干力量的市级技术指导小组。项目实施领导小组和技术指导小组成立后，层层召开会议认真研究部署工作，出台并下发工作实施方案，并就项目工作进展及时召开各类预备会、协调会等。各县妇联与县妇幼保健院等医疗服务机构逐一签订服务协议，明确工作目标、检查对象和具体要求，层层落实责任追究制。',
    ],
  },
  {
    key: '2.2',
    kind: 'keyProject',
    numbering: '（二）',
    title: '落实检查经费',
    paragraphs: [
      '省卫计委、省财政厅联合下发《关于下达2016年中央及省补助农村适龄妇女“两癌”免费检查补助资金的通知》（湘财社指〔2016〕53号），落实中央和省级配套资金。随后各县市区检查配套资金陆续到位，并根据项目需要及时拨付了项目启动、宣传、培训、督导质控、设备配备等工作经费，部分区县还新购置了便携式B超、钼钯机、TCT等检查设备，确保项目顺利开展。在项目实施过程中，省财政追加1400万元用于购置“两癌”检查医疗设备。市州妇联募集资金400多万元，救助贫困“两癌”妇女4000多人。',
    ],
    figures: [{ paragraph: 0, text: '1400万元', occurrence: 0, ref: { kind: 'funding', project: 'liangai', category: '检查设备购置', source: 'provincial' } }],
  },
  {
    key: '2.3',
    kind: 'keyProject',
    numbering: '（三）',
    title: '加强宣传发动',
    paragraphs: [
      '召开全省“两癌”免费检查工作电视电话会议，各市州、区县均召开项目启动会，对“两癌”检查工作进行部署和宣传。各乡镇在启动检查工作前，也纷纷召开项目动员会，邀请县卫计局及妇联干部，县妇保院、乡镇卫生院院长及妇幼专干、村妇女主任、村计生专干、乡村医生等参加。各级妇联干部走村入户，引导和鼓励农村适龄妇女积极参与、配合检查，充分利用电视、报纸、微信等各类媒体向广大妇女宣传“两癌”检查政策和常识。',
    ],
  },
  {
    key: '2.4',
    kind: 'keyProject',
    numbering: '（四）',
    title: '加强督查指导',
    paragraphs: [
      '为保证免费检查的实施效果和检查质量，省妇联联合省直相关部门领导和医院专家组成5个督导组，对全省14个市州“两癌”免费检查工作进行督导。各级妇联和卫计部门按要求对承担项目的医疗机构进行了严格的筛查和认定，签订了政府购买服务协议，制定“两癌”检查质控方案，并开展大规模的人员技术培训。承担项目的医疗机构设置了绿色检查通道，指定专人进行初筛、接诊和转诊，所有受检妇女均填写了《知情同意书》《个案登记表》《反馈卡》等资料。',
    ],
  },
  {
    key: '2.5',
    kind: 'keyProject',
    numbering: null,
    title: '',
    paragraphs: [
      '全年全省累计投入1.9亿元，其中中央补助项目经费2473万元，省级6823万元，市县配套9810万元，为101.76万名农村35—64岁妇女进行了“两癌”免费检查，超额完成全年工作任务。争取“两癌”救助款4190万元，其中争取中央彩票公益金2990万元，省级专项彩票公益金1200万元，对“两癌”患病建档立卡、低保等贫困妇女进行救助。在全国“巾帼脱贫”行动现场会上，全国妇联副主席、书记处第一书记宋秀岩对我省“两癌”免费检查工作给予充分肯定。',
    ],
    figures: closingFigures,
  },
];
