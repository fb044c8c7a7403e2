// One way to show a moment to people: 北京时间 (UTC+8, no daylight saving), YYYY-MM-DD HH:mm —
// the same on the server and in every browser, whatever its time zone or locale.
export const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** "2026-12-05T01:02:03Z" → "2026-12-05 09:02"; empty for a missing or unreadable value. */
export function beijingMinute(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
