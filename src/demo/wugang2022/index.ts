// Seed 002 as 武冈市妇联's 2022 evaluation (部门整体支出绩效自评, draft).
import { buildSections } from '../section.js';
import type { DemoEvaluation } from '../types.js';
import { wugangBudget, wugangLiangai, wugangProfile } from './data.js';
import { wugangIndicators } from './indicators.js';
import { wugangSections } from './narrative.js';

export const wugang2022: DemoEvaluation = {
  unitCode: '430581',
  frameworkCode: 'department-wide',
  year: 2022,
  outline: 'departmentWide',
  title: '2022年度武冈市妇女联合会整体支出绩效自评报告',
  reportDate: '2023-07-18',
  status: 'draft',
  profile: wugangProfile,
  budget: wugangBudget,
  budgetLines: [],
  threePublic: [],
  indicators: wugangIndicators,
  keyProjects: [wugangLiangai],
  sections: buildSections(wugangSections),
};
