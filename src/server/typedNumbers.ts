// Numbers as a Chinese input method types them: full-width digits, point and minus (１２３．４５,
// －５). The API reads them as the same number wherever a schema takes a number as a string, and
// stores the ASCII form, as the web form (DecimalInput) and the monitoring service already did;
// free text (titles, reasons, passwords) is never touched: only fields marked with typedNumber().

const MARKED = new WeakSet<object>();

/** Marks a decimal-string schema: full-width digits in such a field are read as ASCII ones. */
export function typedNumber<T extends object>(schema: T): T {
  MARKED.add(schema);
  return schema;
}

const WIDE = /[\uff10-\uff19\uff0e\uff0d\u2212]/g;
/** １２３．４５ → 123.45, －５ and −5 → -5; anything else as it is. */
export const asciiNumber = (s: string) => s.replace(WIDE, (c) => (c === '\u2212' ? '-' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

type Schema = { properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[] };

/** Rewrites, in place, the marked fields of `data` that `schema` describes. */
export function readTypedNumbers(schema: unknown, data: unknown): unknown {
  if (!schema || typeof schema !== 'object') return data;
  if (MARKED.has(schema)) return typeof data === 'string' ? asciiNumber(data) : data;
  const s = schema as Schema;
  for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) {
    const read = readTypedNumbers(alt, data);
    if (read !== data) return read;
  }
  if (Array.isArray(data)) {
    if (s.items) for (let i = 0; i < data.length; i++) data[i] = readTypedNumbers(s.items, data[i]);
  } else if (data && typeof data === 'object' && s.properties) {
    const o = data as Record<string, unknown>;
    for (const [k, sub] of Object.entries(s.properties)) if (Object.hasOwn(o, k)) o[k] = readTypedNumbers(sub, o[k]);
  }
  return data;
}
