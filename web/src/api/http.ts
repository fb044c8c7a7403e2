// The one fetch helper under every API function: JSON in/out, session cookie, CSRF header on every
// state-changing request, errors as ApiError (status, code, the server's message, the body).
import type { Body, Params, Query, Reply, RouteKey } from '../../../src/server/contract.js';
import { currentLang, inLanguage } from '../lib/serverMessage.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
export const setCsrfToken = (t: string | null) => {
  csrfToken = t;
};

type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];

/** "?a=1&b=x" of the set values (undefined, null and '' left out; arrays as repeated keys). */
export const qs = (params: Record<string, QueryValue>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) for (const x of v) p.append(k, String(x));
    else if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** The URL of a route: path parameters filled in (encoded), then the query string. */
export function urlOf<K extends RouteKey>(key: K, params: Params<K>, query?: Query<K>): string {
  const template = key.slice(key.indexOf(' ') + 1);
  const values = params as Record<string, string>;
  const path = template.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
  return path + (query ? qs(query as Record<string, QueryValue>) : '');
}

/** Calls one route of the contract; the reply is typed by it. */
export async function call<K extends RouteKey>(key: K, req: { params?: Params<K>; query?: Query<K>; body?: Body<K> } = {}): Promise<Reply<K>> {
  const method = key.slice(0, key.indexOf(' '));
  const path = urlOf(key, (req.params ?? {}) as Params<K>, req.query);
  const body = req.body;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, { method, headers, credentials: 'same-origin', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { message: text };
  }
  if (!res.ok) {
    const b = (data ?? {}) as Record<string, unknown>;
    // the message in the UI's language; the body keeps the server's text as sent
    throw new ApiError(res.status, String(b.error ?? res.status), inLanguage(String(b.message ?? res.statusText), currentLang()), b);
  }
  return data as Reply<K>;
}
