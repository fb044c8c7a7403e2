// Demo accounts (README and the login page list them in demo mode only); password DEMO_PASSWORD.
import type { DemoUser } from './types.js';

export const DEMO_PASSWORD = 'jixiao-demo';

export const demoUsers: DemoUser[] = [
  { username: 'wugang', displayName: '武冈市妇联填报员', role: 'filler', unitCode: '430581' },
  { username: 'shaoyang', displayName: '邵阳市妇联审核员', role: 'reviewer', unitCode: '430500' },
  { username: 'hunan', displayName: '湖南省妇联审核员', role: 'reviewer', unitCode: '430000' },
  // 财政: reviews the top of the tree (湖南省妇联, no level above it) and reads every unit's figures
  { username: 'caizheng', displayName: '财政厅绩效管理处', role: 'finance', unitCode: null },
  { username: 'admin', displayName: '系统管理员', role: 'admin', unitCode: null },
];
