// Session, account and system routes.
import type { Body } from '../../../src/server/contract.js';
import { call } from './http.js';

export const getSession = () => call('GET /api/session');
export const getMe = () => call('GET /api/me');
export const login = (body: Body<'POST /api/login'>) => call('POST /api/login', { body });
export const logout = () => call('POST /api/logout', { body: {} });
export const changePassword = (body: Body<'POST /api/account/password'>) => call('POST /api/account/password', { body });
export const revokeAllSessions = () => call('POST /api/account/sessions/revoke-all', { body: {} });
export const getHealth = () => call('GET /api/health');
export const getDemoInfo = () => call('GET /api/demo-info');
export const getOpenApi = () => call('GET /api/openapi.json');
