// Years offered by the selectors and the dashboard's URL (shared by the dashboard and the portal).
import { qs } from '../../api.js';

const THIS_YEAR = new Date().getFullYear();
export const DEFAULT_YEAR = THIS_YEAR - 1; // the workbench's default too
export const YEARS = Array.from({ length: THIS_YEAR - 2015 }, (_, i) => THIS_YEAR - i);
export const dashboardPath = (unitId: string, year: number) => `/dashboard/${encodeURIComponent(unitId)}${qs({ year })}`;
