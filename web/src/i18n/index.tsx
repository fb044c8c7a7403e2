// Language state and t(): 中文 by default, English switchable, remembered in localStorage.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from './en.js';
import { zh, type MessageKey } from './zh.js';

export type Lang = 'zh' | 'en';
export type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

const HAN = /[\u4e00-\u9fff]/;

/** Server messages come bilingual, "中文 / English": keep the half in the UI's language. */
export function pickLang(message: string, lang: Lang): string {
  const i = message.indexOf(' / ');
  if (i < 0) return message;
  const zhPart = message.slice(0, i);
  const enPart = message.slice(i + 3);
  if (!HAN.test(zhPart) || HAN.test(enPart)) return message;
  return lang === 'zh' ? zhPart : enPart;
}

/** Fills {name} placeholders; a {message} from the server keeps only the UI language's half. */
function fill(s: string, lang: Lang, vars?: Record<string, string | number>): string {
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? (k === 'message' ? pickLang(String(vars[k]), lang) : String(vars[k])) : m));
}

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  return fill(dictionaries[lang][key] ?? key, lang, vars);
}

/** t() over one screen's own pair of dictionaries (kept apart from zh.ts/en.ts), in the app's language. */
export function useDictionary<K extends string>(
  zhDict: Record<K, string>,
  enDict: Record<K, string>,
): (key: K, vars?: Record<string, string | number>) => string {
  const { lang } = useI18n();
  return useCallback(
    (key: K, vars?: Record<string, string | number>) => fill((lang === 'en' ? enDict : zhDict)[key] ?? key, lang, vars),
    [lang, zhDict, enDict],
  );
}

interface I18n {
  lang: Lang;
  setLang: (l: Lang) => void;
  t: T;
}
const Ctx = createContext<I18n | null>(null);

const stored = (): Lang => (typeof localStorage !== 'undefined' && localStorage.getItem('jixiao.lang') === 'en' ? 'en' : 'zh');

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(stored);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang: (l) => {
        localStorage.setItem('jixiao.lang', l);
        document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
        setLangState(l);
      },
      t: (key, vars) => translate(lang, key, vars),
    }),
    [lang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
