// The unit tree: children, pages of children, search, one unit with its ancestors.
import type { UnitNode, UnitPage } from '../../../src/domain/wire.js';
import type { Query } from '../../../src/server/contract.js';
import { call } from './http.js';

/** Every child of a unit ('root': the top units) in a year. */
export const listChildUnits = (query: { parentId?: string; year?: number }) => call('GET /api/units', { query }) as Promise<{ units: UnitNode[] }>;
/** One page of children: with `limit` the server answers a page and the total. */
export const listChildUnitPage = (query: { parentId?: string; year?: number; limit: number; offset?: number }) =>
  call('GET /api/units', { query }) as Promise<UnitPage>;
export const searchUnits = (query: Query<'GET /api/units/search'>) => call('GET /api/units/search', { query });
export const resolveUnit = (query: Query<'GET /api/units/resolve'>) => call('GET /api/units/resolve', { query });
export const getUnit = (id: string, query: Query<'GET /api/units/:id'> = {}) => call('GET /api/units/:id', { params: { id }, query });
