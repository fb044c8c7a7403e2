// t() for the dashboard and portal texts, following the app's language.
import { useCallback } from 'react';
import { dashboardEn } from '../../i18n/dashboard.en.js';
import { dashboardZh, type DashboardKey } from '../../i18n/dashboard.zh.js';
import { useI18n } from '../../i18n/index.js';

export type DT = (key: DashboardKey, vars?: Record<string, string | number>) => string;

export function useDt(): DT {
  const { lang } = useI18n();
  return useCallback<DT>(
    (key, vars) => {
      const s: string = (lang === 'en' ? dashboardEn : dashboardZh)[key] ?? key;
      return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
    },
    [lang],
  );
}

/** A label for a code that may be outside the dictionary (an unknown funding source, a new status). */
export function labelOf(dt: DT, prefix: 'status' | 'grade' | 'level' | 'source', code: string): string {
  const key = `${prefix}.${code}` as DashboardKey;
  const s = dt(key);
  return s === key ? code : s;
}
