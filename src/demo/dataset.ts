// The demo data set: both seed reports held completely as typed data (no I/O).
import { hunan2016 } from './hunan2016/index.js';
import { demoKeyProjectValues } from './keyProjectValues.js';
import type { DemoDataset } from './types.js';
import { demoUnits } from './units.js';
import { demoUsers } from './users.js';
import { wugang2022 } from './wugang2022/index.js';

export type { DemoDataset, DemoEvaluation, DemoKeyProjectValue, DemoUnit, DemoUser } from './types.js';
export { DEMO_PASSWORD } from './users.js';
export { hunan2016, wugang2022 };

export const demoDataset: DemoDataset = {
  units: demoUnits,
  users: demoUsers,
  evaluations: [hunan2016, wugang2022],
  keyProjectValues: demoKeyProjectValues,
};
