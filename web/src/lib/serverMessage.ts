// The server writes many refusals twice, "中文 / English" (one text for the API, the CLI and both
// UIs). The Chinese UI shows the Chinese half only: an English tail in a Chinese sentence reads as a
// fault. The English UI keeps both halves (the Chinese half names the unit, indicator or figure).

const HAN = /[\u3400-\u9fff]/;

/** `text` as shown in `lang`: in zh, "中文 / English" becomes "中文"; anything else unchanged. */
export function inLanguage(text: string, lang: 'zh' | 'en'): string {
  if (lang !== 'zh') return text;
  const at = text.lastIndexOf(' / ');
  if (at <= 0) return text;
  const zh = text.slice(0, at);
  const en = text.slice(at + 3);
  // only a Chinese sentence followed by an English one (no Han after the slash, some Latin words)
  return HAN.test(zh) && !HAN.test(en) && /[A-Za-z]{2,}/.test(en) ? zh.trimEnd() : text;
}

/** The language the UI is in now (the header's switch, kept in localStorage). */
export const currentLang = (): 'zh' | 'en' => (typeof localStorage !== 'undefined' && localStorage.getItem('jixiao.lang') === 'en' ? 'en' : 'zh');
