// The browser tab names the page: "预算执行 · 武冈市妇联 2022年 · 绩效自评 jixiao".
import { useEffect } from 'react';
import { shellEn } from '../i18n/shell.en.js';
import { shellZh } from '../i18n/shell.zh.js';
import { useDictionary } from '../i18n/index.js';

/** Joins the parts (empty ones dropped) with the site's name; null leaves the title to a page below. */
export function documentTitle(parts: (string | null | undefined)[], site: string): string {
  return [...parts.map((p) => p?.trim()).filter((p): p is string => !!p), site].join(' · ');
}

export function useDocumentTitle(parts: (string | null | undefined)[] | null) {
  const st = useDictionary(shellZh, shellEn);
  const title = parts ? documentTitle(parts, st('shell.site')) : null;
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}

export const useShellWords = () => useDictionary(shellZh, shellEn);
