// Indicator frameworks, the indicator library, scoring.
import type { Body, Query } from '../../../src/server/contract.js';
import { call } from './http.js';

export const listFrameworks = (query: Query<'GET /api/frameworks'> = {}) => call('GET /api/frameworks', { query });
export const getFramework = (id: string) => call('GET /api/frameworks/:id', { params: { id } });
export const createFramework = (body: Body<'POST /api/frameworks'>) => call('POST /api/frameworks', { body });
export const updateFramework = (id: string, body: Body<'PUT /api/frameworks/:id'>) => call('PUT /api/frameworks/:id', { params: { id }, body });
export const freezeFramework = (id: string) => call('POST /api/frameworks/:id/freeze', { params: { id } });
export const copyFramework = (id: string, body: Body<'POST /api/frameworks/:id/copy'>) => call('POST /api/frameworks/:id/copy', { params: { id }, body });
export const listIndicatorLibrary = (query: Query<'GET /api/indicator-library'>) => call('GET /api/indicator-library', { query });
export const createLibraryEntry = (body: Body<'POST /api/indicator-library'>) => call('POST /api/indicator-library', { body });
export const score = (body: Body<'POST /api/score'>) => call('POST /api/score', { body });
