// 省直单位绩效评估 (Hunan, as in seed 000). Level-1 codes '1'…'16' follow the seed's categories in
// order (the demo data ties narrative sections to them), '17' is 重点民生实事项目. Many leaves are
// yes/no "no incident" items (无…) taken from the seed's wording. Weights: 14 common categories 45,
// business indicators 40, key project 15 — total 100.
import { LIANGAI_PROJECT, type Framework } from '../types.js';
import { framework, group, leaf } from './build.js';

export const HUNAN_PROVINCIAL_ID = 'hunan-provincial';

export const HUNAN_CATEGORIES = [
  '扶贫开发',
  '深化改革',
  '依法行政',
  '综治（平安建设）',
  '宣传思想工作',
  '组织建设',
  '队伍建设',
  '作风建设',
  '廉政建设',
  '应急管理',
  '财政管理',
  '建议提案办理',
  '公车和办公用房管理',
  '重大决策部署贯彻落实',
  '妇女创新创业',
  '妇女儿童权益保障',
] as const;

export const hunanProvincial: Framework = framework(HUNAN_PROVINCIAL_ID, '省直单位绩效评估', 'hunanProvincial', [
  group('1', '扶贫开发', '5', [
    group('1.1', '贫困地区妇女扶贫开发', '3', [
      leaf('1.1.1', '农村妇女骨干培训人数', '人', '>=', '1.5'),
      leaf('1.1.2', '巾帼脱贫示范基地数', '个', '>=', '1.5'),
    ]),
    group('1.2', '单位扶贫点扶贫开发', '2', [leaf('1.2.1', '驻村帮扶规划任务完成情况', null, 'qualitative', '2')]),
  ]),
  group('2', '深化改革', '3', [
    group('2.1', '改革任务落实', '3', [
      leaf('2.1.1', '改革方案按期报批', null, 'yesNo', '1.5'),
      leaf('2.1.2', '基层组织改革推进情况', null, 'qualitative', '1.5'),
    ]),
  ]),
  group('3', '依法行政', '4', [
    group('3.1', '保密工作', '1', [leaf('3.1.1', '无失泄密案件', null, 'yesNo', '1')]),
    group('3.2', '政务公开', '1', [leaf('3.2.1', '政府信息按要求公开', null, 'yesNo', '1')]),
    group('3.3', '行政行为', '0.5', [leaf('3.3.1', '无行政复议和行政应诉案件', null, 'yesNo', '0.5')]),
    group('3.4', '信访工作', '1.5', [leaf('3.4.1', '无重大群体性事件', null, 'yesNo', '1'), leaf('3.4.2', '信访办结率', '%', '>=', '0.5')]),
  ]),
  group('4', '综治（平安建设）', '3', [
    group('4.1', '平安建设', '3', [
      leaf('4.1.1', '无火灾事故', null, 'yesNo', '1'),
      leaf('4.1.2', '无失密、泄密、窃密事件', null, 'yesNo', '1'),
      leaf('4.1.3', '无恶性刑事案件及重大治安责任事故', null, 'yesNo', '1'),
    ]),
  ]),
  group('5', '宣传思想工作', '3', [
    group('5.1', '意识形态工作', '3', [
      leaf('5.1.1', '无意识形态事件或重大负面舆情', null, 'yesNo', '2'),
      leaf('5.1.2', '意识形态工作责任制落实', null, 'qualitative', '1'),
    ]),
  ]),
  group('6', '组织建设', '4', [
    group('6.1', '基层党建', '4', [
      leaf('6.1.1', '党支部按期换届', null, 'yesNo', '1'),
      leaf('6.1.2', '无失联党员', null, 'yesNo', '1'),
      leaf('6.1.3', '"两学一做"学习教育任务完成情况', null, 'qualitative', '2'),
    ]),
  ]),
  group('7', '队伍建设', '3', [
    group('7.1', '干部选任与培训', '3', [
      leaf('7.1.1', '无违规进人和超职数配备领导干部', null, 'yesNo', '1.5'),
      leaf('7.1.2', '调训任务完成率', '%', '>=', '1.5'),
    ]),
  ]),
  group('8', '作风建设', '3', [group('8.1', '八项规定精神落实', '3', [leaf('8.1.1', '无违反中央八项规定精神问题', null, 'yesNo', '3')])]),
  group('9', '廉政建设', '3', [group('9.1', '党风廉政建设', '3', [leaf('9.1.1', '无被立案查处的案件', null, 'yesNo', '3')])]),
  group('10', '应急管理', '2', [group('10.1', '突发事件信息报送', '2', [leaf('10.1.1', '无误报、迟报、漏报、瞒报突发事件信息', null, 'yesNo', '2')])]),
  group('11', '财政管理', '4', [
    group('11.1', '预算与财务管理', '4', [
      leaf('11.1.1', '"三公"经费支出不超预算', null, 'yesNo', '1'),
      leaf('11.1.2', '预决算按要求公开', null, 'yesNo', '1'),
      leaf('11.1.3', '绩效目标申报和绩效评价', null, 'qualitative', '1'),
      leaf('11.1.4', '按时完成审计整改', null, 'yesNo', '1'),
    ]),
  ]),
  group('12', '建议提案办理', '2', [group('12.1', '办理时效', '2', [leaf('12.1.1', '建议提案按时办结率', '%', '>=', '2')])]),
  group('13', '公车和办公用房管理', '3', [
    group('13.1', '公车和办公用房', '3', [
      leaf('13.1.1', '无公车私用、违规借车', null, 'yesNo', '1.5'),
      leaf('13.1.2', '无办公用房超标和出租', null, 'yesNo', '1.5'),
    ]),
  ]),
  group('14', '重大决策部署贯彻落实', '3', [group('14.1', '决策部署与批示落实', '3', [leaf('14.1.1', '按时限落实领导批示交办事项', null, 'yesNo', '3')])]),
  group('15', '妇女创新创业', '20', [
    group('15.1', '妇女小额担保贷款', '15', [leaf('15.1.1', '妇女小额担保贷款发放额', '亿元', '>=', '10'), leaf('15.1.2', '获贷妇女人数', '人', '>=', '5')]),
    group('15.2', '妇女创业就业活动', '5', [leaf('15.2.1', '举办家政服务职业技能大赛', null, 'yesNo', '5')]),
  ]),
  group('16', '妇女儿童权益保障', '20', [
    group('16.1', '留守儿童关爱', '12', [leaf('16.1.1', '新建知心屋数', '个', '>=', '8'), leaf('16.1.2', '扶贫开发重点县覆盖', '个', '>=', '4')]),
    group('16.2', '两纲实施督导', '4', [leaf('16.2.1', '两纲中期评估督导完成', null, 'yesNo', '4')]),
    group('16.3', '妇女儿童信访维权', '4', [leaf('16.3.1', '妇女儿童信访件办结率', '%', '>=', '4')]),
  ]),
  group('17', '重点民生实事项目', '15', [
    group('17.1', LIANGAI_PROJECT.name, '15', [
      leaf('17.1.1', '“两癌”免费检查人数', '万人', '>=', '10'),
      leaf('17.1.2', '检查资金落实到位', null, 'qualitative', '5'),
    ]),
  ]),
]);
