// Seed 002: 武冈市妇联's 2022 profile, the four budget types and the "两癌" key project as data.
import type { BudgetAccount, KeyProject, UnitProfile } from '../../domain/types.js';
import { LIANGAI_NAME } from '../hunan2016/keyProject.js';

export const wugangProfile: UnitProfile = {
  authorizedPosts: 5, // 定编5人
  staffActual: 5, // 实有在职人员5人
  retired: 3,
  departments: ['办公室', '组宣部'],
  duties: [
    '坚持正确的政治方向，团结、教育全市广大妇女及各类妇女组织同党中央在思想上、政治上、行动上保持高度一致。',
    '紧密围绕党和政府的中心任务开展工作，团结、动员、组织广大妇女积极投身三个文明建设，促进经济发展和社会进步，为维护改革发展稳定的大局服务。',
    '宣传马克思主义妇女观和男女平等思想，教育、引导广大妇女树立正确的世界观、人生观、价值观，弘扬“自尊、自信、自立、自强”的精神，表彰各类妇女先进典型，积极推动和开展对妇女的科技文化及生产劳动技能的培训，全面提高妇女素质。',
    '代表妇女参与国家和社会事务的民主管理和民主监督；关注并加强研究涉及妇女切身利益的热点、难点问题，深入基层，调查研究，及时向党和政府反映社情民意，提出意见和建议；参与有关妇女儿童政策规定拟订及修改，从源头上强化维护妇女儿童合法权益工作。',
  ],
  intro: '武冈市妇联是市委、市政府领导的全市各界妇女的社会群众团体，是党和政府联系妇女群众的桥梁和纽带。',
};

const zero = { opening: '0', income: '0', expenditure: '0', closing: '0' };

export const wugangBudget: BudgetAccount[] = [
  {
    budgetType: 'general',
    noActivity: false,
    rows: {
      total: { opening: '0', income: '153.98', expenditure: '153.98', closing: '0' },
      basic: { opening: '0', income: '153.98', expenditure: '153.98', closing: '0' },
      project: { ...zero },
    },
  },
  // "无…预算支出": no activity is a state, not a row of zeros.
  { budgetType: 'governmentFund', noActivity: true, rows: {} },
  { budgetType: 'stateCapital', noActivity: true, rows: {} },
  { budgetType: 'socialInsurance', noActivity: true, rows: {} },
];

export const wugangLiangai: KeyProject = {
  code: 'liangai',
  name: LIANGAI_NAME,
  measure: '检查人数',
  unitOfMeasure: '人',
  target: '10361',
  actual: '10780',
  // "发放两癌救助金31万，救助低收入妇女31人": measures of their own, each rolled up the tree.
  measures: [
    { key: 'reliefFunds', name: '救助金', unitOfMeasure: '万元', kind: 'money', target: null, actual: '31' },
    { key: 'reliefPeople', name: '救助人数', unitOfMeasure: '人', kind: 'count', target: null, actual: '31' },
  ],
  funding: [],
  note: null,
};
