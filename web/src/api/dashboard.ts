// The dashboard, roll-ups and the public portal.
import type { Query, ReportFormat } from '../../../src/server/contract.js';
import { call, urlOf } from './http.js';

export const getDashboard = (id: string, query: Query<'GET /api/dashboard/:id'>) => call('GET /api/dashboard/:id', { params: { id }, query });
export const getDashboardYears = (id: string) => call('GET /api/dashboard/:id/years', { params: { id } });
/** The dashboard as .xlsx (a link the browser follows). */
export const dashboardExportUrl = (id: string, query: Query<'GET /api/dashboard/:id/export'>) => urlOf('GET /api/dashboard/:id/export', { id }, query);
export const getRollups = (id: string, query: Query<'GET /api/rollups/:id'>) => call('GET /api/rollups/:id', { params: { id }, query });

export const getPublicHeadline = (query: Query<'GET /api/public/headline'>) => call('GET /api/public/headline', { query });
export const listPublicEvaluations = (query: Query<'GET /api/public/evaluations'>) => call('GET /api/public/evaluations', { query });
export const getPublicEvaluation = (id: string) => call('GET /api/public/evaluations/:id', { params: { id } });
/** A published report as a file or an HTML page (a link). */
export const publicReportUrl = (id: string, format: ReportFormat) => urlOf('GET /api/public/evaluations/:id/report', { id }, { format });
