// 绩效目标, 运行监控 and 整改 (issue 15).
import type { Body } from '../../../src/server/contract.js';
import { call, urlOf } from './http.js';

export const planApi = {
  targets: (unitId: string, year: number) => call('GET /api/units/:id/targets', { params: { id: unitId }, query: { year } }),
  createTargets: (unitId: string, body: Body<'POST /api/units/:id/targets'>) => call('POST /api/units/:id/targets', { params: { id: unitId }, body }),
  target: (id: string) => call('GET /api/targets/:id', { params: { id } }),
  saveTarget: (id: string, body: Body<'PUT /api/targets/:id'>) => call('PUT /api/targets/:id', { params: { id }, body }),
  targetAction: (id: string, body: Body<'POST /api/targets/:id/transitions'>) => call('POST /api/targets/:id/transitions', { params: { id }, body }),
  propose: (id: string, body: Body<'POST /api/targets/:id/adjustments'>) => call('POST /api/targets/:id/adjustments', { params: { id }, body }),
  decide: (batchId: string, body: Body<'POST /api/adjustments/:id/transitions'>) =>
    call('POST /api/adjustments/:id/transitions', { params: { id: batchId }, body }),
  rounds: (unitId: string, year: number) => call('GET /api/units/:id/monitoring', { params: { id: unitId }, query: { year } }),
  progress: (unitId: string, year: number) => call('GET /api/units/:id/monitoring/progress', { params: { id: unitId }, query: { year } }),
  openRound: (unitId: string, body: Body<'POST /api/units/:id/monitoring'>) => call('POST /api/units/:id/monitoring', { params: { id: unitId }, body }),
  report: (roundId: string, unitId: string) => call('GET /api/monitoring/:id/units/:unitId', { params: { id: roundId, unitId } }),
  saveReport: (roundId: string, unitId: string, body: Body<'PUT /api/monitoring/:id/units/:unitId'>) =>
    call('PUT /api/monitoring/:id/units/:unitId', { params: { id: roundId, unitId }, body }),
  reportAction: (roundId: string, unitId: string, body: Body<'POST /api/monitoring/:id/units/:unitId/transitions'>) =>
    call('POST /api/monitoring/:id/units/:unitId/transitions', { params: { id: roundId, unitId }, body }),
  board: (roundId: string) => call('GET /api/monitoring/:id/board', { params: { id: roundId } }),
  reportXlsx: (roundId: string, unitId: string) => urlOf('GET /api/monitoring/:id/units/:unitId/export', { id: roundId, unitId }),
  boardXlsx: (roundId: string) => urlOf('GET /api/monitoring/:id/board/export', { id: roundId }),
  rectifications: (unitId: string, year: number) => call('GET /api/units/:id/rectifications', { params: { id: unitId }, query: { year } }),
  raise: (unitId: string, body: Body<'POST /api/units/:id/rectifications'>) => call('POST /api/units/:id/rectifications', { params: { id: unitId }, body }),
  updateRectification: (id: string, body: Body<'PUT /api/rectifications/:id'>) => call('PUT /api/rectifications/:id', { params: { id }, body }),
};
