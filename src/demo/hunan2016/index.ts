// Seed 000 as 湖南省妇联's 2016 evaluation (省直单位绩效评估, published).
import { buildSections } from '../section.js';
import type { DemoEvaluation } from '../types.js';
import { hunanCategorySections } from './categories.js';
import { hunanKeyProjectSections, hunanLiangai } from './keyProject.js';

export const hunan2016: DemoEvaluation = {
  unitCode: '430000',
  frameworkCode: 'hunan-provincial',
  year: 2016,
  outline: 'hunanProvincial',
  title: '省妇联2016年绩效评估自评报告',
  reportDate: null,
  status: 'published',
  profile: null,
  budget: [], // the seed has no budget table
  budgetLines: [],
  threePublic: [],
  indicators: [],
  keyProjects: [hunanLiangai],
  sections: buildSections([...hunanCategorySections, ...hunanKeyProjectSections]),
};
