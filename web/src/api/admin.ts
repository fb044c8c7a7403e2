// Deployment administration: settings, thresholds, deadlines, users, the audit log.
import type { Body, Query } from '../../../src/server/contract.js';
import { call } from './http.js';

export const getSettings = () => call('GET /api/admin/settings');
export const saveSettings = (body: Body<'PUT /api/admin/settings'>) => call('PUT /api/admin/settings', { body });
export const getThresholds = () => call('GET /api/admin/monitoring-thresholds');
export const saveThresholds = (body: Body<'PUT /api/admin/monitoring-thresholds'>) => call('PUT /api/admin/monitoring-thresholds', { body });
export const getDeadlines = (query: Query<'GET /api/admin/deadlines'>) => call('GET /api/admin/deadlines', { query });
export const saveDeadline = (body: Body<'PUT /api/admin/deadlines'>) => call('PUT /api/admin/deadlines', { body });

export const listUsers = (query: Query<'GET /api/admin/users'>) => call('GET /api/admin/users', { query });
export const getUser = (id: string) => call('GET /api/admin/users/:id', { params: { id } });
export const createUnit = (body: Body<'POST /api/admin/units'>) => call('POST /api/admin/units', { body });
export const updateUnit = (id: string, body: Body<'PUT /api/admin/units/:id'>) => call('PUT /api/admin/units/:id', { params: { id }, body });
export const moveUnit = (id: string, body: Body<'POST /api/admin/units/:id/move'>) => call('POST /api/admin/units/:id/move', { params: { id }, body });
export const retireUnit = (id: string, body: Body<'POST /api/admin/units/:id/retire'>) => call('POST /api/admin/units/:id/retire', { params: { id }, body });
export const createUser = (body: Body<'POST /api/admin/users'>) => call('POST /api/admin/users', { body });
export const updateUser = (id: string, body: Body<'PUT /api/admin/users/:id'>) => call('PUT /api/admin/users/:id', { params: { id }, body });
export const resetPassword = (id: string, body: Body<'POST /api/admin/users/:id/password'>) =>
  call('POST /api/admin/users/:id/password', { params: { id }, body });
export const unlockUser = (id: string) => call('POST /api/admin/users/:id/unlock', { params: { id } });

export const browseAudit = (query: Query<'GET /api/audit'>) => call('GET /api/audit', { query });
export const getAuditEntry = (id: string) => call('GET /api/audit/:id', { params: { id } });
