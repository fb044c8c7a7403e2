// Which methods a path answers, so a wrong method on a known path is a 405 with Allow (RFC 9110
// §15.5.6), not a 404 that reads as "this address does not exist".
import type { FastifyInstance } from 'fastify';

interface KnownRoute {
  pattern: RegExp;
  methods: Set<string>;
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** `/api/evaluations/:id/report` → a regex over a concrete path (a parameter is one segment). */
function routePattern(url: string): RegExp {
  const source = url
    .split('/')
    .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg === '*' ? '.*' : escape(seg)))
    .join('/');
  return new RegExp(`^${source}$`);
}

/** Records every route registered after this call; `allowed(path)` lists the methods it answers. */
export function methodRegistry(app: FastifyInstance) {
  const routes = new Map<string, KnownRoute>();
  app.addHook('onRoute', (r) => {
    const known = routes.get(r.url) ?? { pattern: routePattern(r.url), methods: new Set<string>() };
    for (const m of [r.method].flat()) known.methods.add(m.toUpperCase());
    routes.set(r.url, known);
  });
  return {
    /** Methods some route answers on this path (query string ignored), sorted; empty = no such path. */
    allowed(url: string): string[] {
      const path = url.split('?')[0]!;
      const out = new Set<string>();
      for (const { pattern, methods } of routes.values()) if (pattern.test(path)) for (const m of methods) out.add(m);
      if (out.has('GET')) out.add('HEAD'); // Fastify answers HEAD for every GET route
      return [...out].sort();
    },
  };
}

export function methodNotAllowed(method: string, allow: string[]) {
  return {
    error: 'methodNotAllowed',
    message: `不支持的请求方法 ${method}：此地址只接受 ${allow.join('、')} / method not allowed: ${method} (allowed: ${allow.join(', ')})`,
  };
}
