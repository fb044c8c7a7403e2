// t() for the dashboard and portal texts, following the app's language.
import { useMemo } from 'react';
import { dashboardEn } from '../../i18n/dashboard.en.js';
import { dashboardZh, type DashboardKey } from '../../i18n/dashboard.zh.js';
import { useDictionary, useI18n, type Lang } from '../../i18n/index.js';

/** Also carries the language, for the figure formats of format.ts. */
export type DT = ((key: DashboardKey, vars?: Record<string, string | number>) => string) & { lang: Lang };

export function useDt(): DT {
  const { lang } = useI18n();
  const t = useDictionary(dashboardZh, dashboardEn);
  return useMemo<DT>(() => Object.assign((key: DashboardKey, vars?: Record<string, string | number>) => t(key, vars), { lang }), [t, lang]);
}

/** A label for a code that may be outside the dictionary (an unknown funding source, a new status). */
export function labelOf(dt: DT, prefix: 'status' | 'grade' | 'use' | 'level' | 'source', code: string): string {
  const key = `${prefix}.${code}` as DashboardKey;
  const s = dt(key);
  return s === key ? code : s;
}
