// The demo data set: both seed reports held completely as typed data (no I/O).
import { hunan2016 } from './hunan2016/index.js';
import { demoKeyProjectValues } from './keyProjectValues.js';
import type { DemoDataset } from './types.js';
import { demoUnits } from './units.js';
import { demoUsers } from './users.js';
import { wugang2022 } from './wugang2022/index.js';
import { wugangLiangaiProject } from './wugang2022/liangaiProject.js';
import { SAMPLE_DEADLINES, shaoyangCountyEvaluations, shaoyangCountyUnits } from './shaoyang.js';

export type { DemoDataset, DemoEvaluation, DemoKeyProjectValue, DemoUnit, DemoUser } from './types.js';
export { DEMO_PASSWORD } from './users.js';
export { hunan2016, wugang2022, wugangLiangaiProject };

/** Just the two seed reports (and the 两癌 project's 自评表 built from seed 002): `jixiao demo --seeds-only`. */
export const seedsDataset: DemoDataset = {
  units: demoUnits,
  users: demoUsers,
  evaluations: [hunan2016, wugang2022, wugangLiangaiProject],
  keyProjectValues: demoKeyProjectValues,
};

/** The seeds plus 示例 county evaluations of 邵阳市 (three years), for queues, rankings and trends. */
export const demoDataset: DemoDataset = {
  ...seedsDataset,
  units: [...demoUnits, ...shaoyangCountyUnits],
  evaluations: [...seedsDataset.evaluations, ...shaoyangCountyEvaluations],
  deadlines: SAMPLE_DEADLINES,
};
