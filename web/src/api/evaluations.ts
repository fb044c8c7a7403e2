// Evaluations: list, create, read, save, delete, import, reports, workflow, findings, comments.
import type { Body, Query, ReportFormat } from '../../../src/server/contract.js';
import { call, urlOf } from './http.js';

export const listEvaluations = (query: Query<'GET /api/evaluations'>) => call('GET /api/evaluations', { query });
export const createEvaluation = (body: Body<'POST /api/evaluations'>) => call('POST /api/evaluations', { body });
export const deleteEvaluation = (id: string, version: number) => call('DELETE /api/evaluations/:id', { params: { id }, query: { version } });
export const getEvaluation = (id: string) => call('GET /api/evaluations/:id', { params: { id } });
export const saveEvaluation = (id: string, body: Body<'PUT /api/evaluations/:id'>) => call('PUT /api/evaluations/:id', { params: { id }, body });
export const getIndicatorTable = (id: string) => call('GET /api/evaluations/:id/indicators', { params: { id } });
export const getCompleteness = (id: string) => call('GET /api/evaluations/:id/completeness', { params: { id } });
export const setEvaluationTargets = (id: string, body: Body<'PUT /api/evaluations/:id/targets'>) =>
  call('PUT /api/evaluations/:id/targets', { params: { id }, body });
export const getBaseline = (id: string) => call('GET /api/evaluations/:id/baseline', { params: { id } });
/** The report as a file (a link the browser follows). */
export const reportUrl = (id: string, format: ReportFormat) => urlOf('GET /api/evaluations/:id/report', { id }, { format });

export const previewImport = (body: Body<'POST /api/import/preview'>) => call('POST /api/import/preview', { body });
export const importEvaluation = (body: Body<'POST /api/evaluations/import'>) => call('POST /api/evaluations/import', { body });

export const transitionEvaluation = (id: string, body: Body<'POST /api/evaluations/:id/transitions'>) =>
  call('POST /api/evaluations/:id/transitions', { params: { id }, body });
export const getHistory = (id: string) => call('GET /api/evaluations/:id/history', { params: { id } });
export const getActions = (id: string) => call('GET /api/evaluations/:id/actions', { params: { id } });
export const getDiff = (id: string) => call('GET /api/evaluations/:id/diff', { params: { id } });
export const getFindings = (id: string) => call('GET /api/evaluations/:id/findings', { params: { id } });
export const explainFinding = (id: string, body: Body<'POST /api/evaluations/:id/findings/explain'>) =>
  call('POST /api/evaluations/:id/findings/explain', { params: { id }, body });

export const getComments = (id: string) => call('GET /api/evaluations/:id/comments', { params: { id } });
export const pinComment = (id: string, body: Body<'POST /api/evaluations/:id/comments'>) =>
  call('POST /api/evaluations/:id/comments', { params: { id }, body });
export const actOnComment = (id: string, commentId: string, body: Body<'POST /api/evaluations/:id/comments/:commentId'>) =>
  call('POST /api/evaluations/:id/comments/:commentId', { params: { id, commentId }, body });

export const getWorkbench = (query: Query<'GET /api/workbench'> = {}) => call('GET /api/workbench', { query });
