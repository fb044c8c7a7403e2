// The dashboard's JSON, declared once in src/domain/wire.ts (amounts are exact decimal strings).
export type { ChildRow, Dashboard, ProjectFigures, PublicHeadline } from '../../../../src/domain/wire.js';
