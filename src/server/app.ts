// Builds the Fastify app: security plumbing, auth, thin routes over the services.
import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access.js';
import { sessionCache, type SessionCache } from '../services/auth.js';
import { dataChanges, type DataChanges } from '../services/dataChanges.js';
import { ServiceError } from '../services/errors.js';
import { MAX_IMPORT_BYTES } from '../services/importFile.js';
import { authPlugin } from './auth.js';
import { accountRoutes } from './routes/account.js';
import { userRoutes } from './routes/users.js';
import { adminRoutes } from './routes/admin.js';
import { auditRoutes } from './routes/audit.js';
import { buildContext, type AppContext } from './context.js';
import type { AppOptions } from './options.js';
import { authRoutes } from './routes/auth.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { evaluationRoutes } from './routes/evaluations.js';
import { frameworkRoutes } from './routes/frameworks.js';
import { healthRoutes } from './routes/health.js';
import { importRoutes } from './routes/import.js';
import { publicRoutes } from './routes/public.js';
import { reportRoutes } from './routes/reports.js';
import { unitRoutes } from './routes/units.js';
import { workflowRoutes } from './routes/workflow.js';
import { reviewCommentRoutes } from './routes/reviewComments.js';
import { monitoringRoutes } from './routes/monitoring.js';
import { methodNotAllowed, methodRegistry } from './methods.js';
import { brokenUnicodeIn, jsonShape, MAX_JSON_DEPTH, nonFiniteIn, nulIn } from './bodyScan.js';
import { readTypedNumbers } from './typedNumbers.js';
import { validationMessage } from './validationMessage.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

export type { AppOptions };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const STATUS: Record<ServiceError['code'], number> = {
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  invalid: 400,
  locked: 423,
  blocked: 422,
  tooLarge: 413,
  busy: 503,
};

/** The session cache, subscribed to the database's revocation notices (none if that fails). */
async function listeningSessionCache(app: FastifyInstance, options: AppOptions): Promise<SessionCache | null> {
  const seconds = options.sessionCacheSeconds ?? 0;
  if (!(seconds > 0)) return null;
  const cache = sessionCache(seconds * 1000);
  try {
    const stop = await options.store.listen(
      'jixiao_auth',
      (p) => cache.invalidate(p),
      () => cache.clear(),
    );
    app.addHook('onClose', async () => stop());
    return cache;
  } catch (e) {
    process.emitWarning(`session cache off (LISTEN failed: ${(e as Error).message})`);
    return null;
  }
}

/** This process's data caches, told of every change through the database (none if LISTEN fails). */
async function listeningDataChanges(app: FastifyInstance, options: AppOptions): Promise<DataChanges | null> {
  const changes = dataChanges();
  try {
    const stop = await options.store.listen(
      'jixiao_data',
      (p) => changes.emit(p),
      (listening) => changes.setLive(listening),
    );
    // This process's own writes: dropped at once, not a NOTIFY later.
    const unhook = options.store.onWrite?.(() => changes.emit('w'));
    changes.setLive(true);
    app.addHook('onClose', async () => {
      changes.setLive(false);
      unhook?.();
      await stop();
    });
    return changes;
  } catch (e) {
    process.emitWarning(`dashboard caches off (LISTEN failed: ${(e as Error).message})`);
    return null;
  }
}

/** What Fastify refuses before a route runs (content type, JSON syntax), in words a caller can act on. */
const FRAMEWORK_REFUSALS: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持的内容类型：请求体须为 JSON（Content-Type: application/json）',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求体为空：声明为 JSON 的请求须带内容',
  FST_ERR_CTP_INVALID_JSON_BODY: '请求体不是有效的 JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '请求体长度与 Content-Length 不符',
  FST_ERR_ROUTE_MISSING_CONTENT_TYPE: '请求缺少 Content-Type：请以 application/json 发送',
};

/** A JSON body declared in a charset other than UTF-8 (RFC 8259: JSON is UTF-8): refused by name, not as "not JSON". */
export class CharsetRefusal extends Error {
  readonly statusCode = 415;
  readonly code = 'JIXIAO_UNSUPPORTED_CHARSET';
  constructor(readonly charset: string) {
    super(`unsupported charset ${charset}: JSON must be UTF-8`);
  }
}

/** The charset a Content-Type declares when it is not UTF-8 (null: none declared, or UTF-8). */
export function foreignCharset(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  if (!m) return null;
  const charset = (m[1] ?? m[2] ?? '').trim();
  return /^utf-?8$/i.test(charset) ? null : charset.slice(0, 40);
}

export function refusalInChinese(err: unknown): string {
  const { code, message } = err as { code?: string; message?: string };
  if (err instanceof CharsetRefusal) return `请求无效：不支持的字符集“${err.charset}”：JSON 请求体须为 UTF-8（Content-Type: application/json; charset=utf-8）`;
  if (code && FRAMEWORK_REFUSALS[code]) return `请求无效：${FRAMEWORK_REFUSALS[code]}`;
  if (err instanceof SyntaxError) return '请求无效：请求体不是有效的 JSON';
  if (/prototype/i.test(message ?? '')) return '请求无效：请求体含有不允许的属性名（__proto__、constructor.prototype）';
  return '请求无效';
}

/** A page load by a browser (it asks for HTML) outside the API, whose callers read JSON. */
export const wantsPage = (url: string, accept: string | undefined) => !url.startsWith('/api/') && /text\/html/.test(accept ?? '');

/** Shown for a malformed address; it echoes nothing of the address (no markup from the URL). */
const BAD_URL_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址无效 - 绩效自评</title></head>
<body style="font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em">
<h1 style="font-size:1.4em">网址无效</h1>
<p>这个网址含有错误的 % 编码，可能是链接复制不完整。请检查地址，或返回<a href="/">首页</a>、<a href="/public">公开自评报告</a>。</p>
<p style="color:#888">Invalid address (malformed percent-encoding).</p>
</body></html>`;

const BODY_LIMIT = 5 * 1024 * 1024;

/** A 413 in words: an upload (a file sent as base64) names the file limit; any other JSON body is content too large to save. */
function tooLargeMessage(req: FastifyRequest): string {
  const body = req.routeOptions.schema?.body as { properties?: Record<string, unknown> } | undefined;
  if (body?.properties?.contentBase64) return `文件过大，无法接收（文件请小于 ${MAX_IMPORT_BYTES / 1024 / 1024} MB）`;
  const limit = req.routeOptions.bodyLimit ?? BODY_LIMIT;
  return `内容过大，无法保存（一次提交的内容上限为 ${Math.round(limit / 1024 / 1024)} MB）`;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // A graceful restart drains a worker: requests already on its connections are still served.
    return503OnClosing: false,
    ajv: { customOptions: { allErrors: false, coerceTypes: 'array', removeAdditional: false } },
    // Errors Fastify raises before routing (a malformed %-escape in the path) get our JSON shape.
    frameworkErrors: (err, req, reply) => {
      const bad = err.code === 'FST_ERR_BAD_URL';
      // A browser opening such a page (a mistyped or cut-off link) gets a page it can read, not JSON.
      if (bad && wantsPage(req.url, req.headers.accept)) return (reply as FastifyReply).status(400).type('text/html; charset=utf-8').send(BAD_URL_PAGE);
      // One path segment over 100 characters: 414, without echoing the (possibly huge) address back.
      if (err.code === 'FST_ERR_MAX_PARAM_LENGTH')
        return (reply as FastifyReply)
          .status(414)
          .send({ error: 'invalid', message: '网址过长：路径中的一段超过 100 个字符 / URI too long (a path segment over 100 characters)' });
      const message = bad
        ? '网址无效（含有错误的 % 编码）/ invalid URL (malformed percent-encoding)'
        : `请求无效 / invalid request: ${err.message.slice(0, 200)}`;
      return (reply as FastifyReply).status(400).send({ error: 'invalid', message });
    },
  });
  const methods = methodRegistry(app);
  /** 405 with Allow for a known path asked with another method; else 404 (echoing at most 200 characters of the URL). */
  const notFound = (req: FastifyRequest, reply: FastifyReply) => {
    const allow = methods.allowed(req.url);
    if (allow.length) return reply.status(405).header('Allow', allow.join(', ')).send(methodNotAllowed(req.method, allow));
    const url = req.url.length > 200 ? `${req.url.slice(0, 200)}…` : req.url;
    return reply.status(404).send({ error: 'notFound', message: `未找到 / not found: ${req.method} ${url}` });
  };
  const cache = await listeningSessionCache(app, options);
  const changes = await listeningDataChanges(app, options);
  const ctx: AppContext = buildContext(options, cache, changes);

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof ServiceError) {
      const details = err.details && typeof err.details === 'object' ? err.details : {};
      return reply.status(STATUS[err.code]).send({ error: err.code, message: err.message, ...details });
    }
    const e = err as { validation?: unknown; validationContext?: string; statusCode?: number; message: string };
    if (e.validation) return reply.status(400).send({ error: 'invalid', message: validationMessage(e.validation, e.validationContext) });
    if (e.statusCode === 413) return reply.status(413).send({ error: 'tooLarge', message: `${tooLargeMessage(req)} / ${e.message}` });
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      return reply.status(e.statusCode).send({ error: 'invalid', message: `${refusalInChinese(err)} / ${e.message}` });
    }
    app.log.error(err);
    return reply.status(500).send({ error: 'internal', message: '服务器内部错误 / internal error' });
  });

  // PostgreSQL text cannot hold U+0000: refuse it in any parameter, query or body field up front
  // (400 naming the field) instead of failing in the database.
  app.addHook('preValidation', async (req) => {
    readTypedNumbers(req.routeOptions.schema?.body, req.body);
    const where = nulIn(req.params, 'path') ?? nulIn(req.query, 'query') ?? nulIn(req.body, 'body');
    if (where) throw new ServiceError('invalid', `不能包含空字符（U+0000）：${where} / NUL character not allowed in ${where}`);
    const broken = brokenUnicodeIn(req.params, 'path') ?? brokenUnicodeIn(req.query, 'query') ?? brokenUnicodeIn(req.body, 'body');
    if (broken) throw new ServiceError('invalid', `请求无效：含有不完整的 Unicode 字符（单独的代理项）：${broken} / lone surrogate in ${broken}`);
  });
  app.addHook('preHandler', async (req) => {
    const where = nonFiniteIn(req.params, 'path') ?? nonFiniteIn(req.query, 'query') ?? nonFiniteIn(req.body, 'body');
    if (where) throw new ServiceError('invalid', `请求无效：数值超出范围（须为有限的数）：${where} / number out of range in ${where}`);
  });

  // An acknowledged write is on disk: on PGlite, fsync what the request committed before answering.
  const sync = options.store.sync?.bind(options.store);
  if (sync) {
    app.addHook('onSend', async (req, _reply, payload) => {
      if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') await sync();
      return payload;
    });
  }

  app.addHook('onSend', async (req, reply, payload) => {
    // Read your own writes: this session's next reads wait for a replica that has this write.
    if (!SAFE_METHODS.has(req.method) && reply.statusCode < 400) await ctx.wrote(reply);
    reply.header('X-Content-Type-Options', 'nosniff');
    if (options.workerId !== undefined) reply.header('X-Jixiao-Worker', String(options.workerId));
    reply.header('Referrer-Policy', 'same-origin');
    reply.header(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    return payload;
  });

  // JSON only: a text/plain body (what a cross-site form can send without a preflight) is 415, not parsed
  app.removeContentTypeParser('text/plain');
  // Fastify's own JSON parser (prototype poisoning refused), after a scan of the text that refuses
  // a body nested deeper than any the API takes (before parsing it) and a name given twice in one
  // object (which of the two counts would depend on who reads the body).
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    // the body was read as UTF-8: one declared in another charset would only be "not valid JSON"
    const charset = foreignCharset(req.headers['content-type']);
    if (charset !== null) return done(new CharsetRefusal(charset), undefined);
    const shape = jsonShape(body as string);
    if (shape.tooDeep)
      return done(new ServiceError('invalid', `请求无效：请求体嵌套超过 ${MAX_JSON_DEPTH} 层 / JSON nested deeper than ${MAX_JSON_DEPTH}`), undefined);
    json(req, body as string, (err, value) => {
      const twice = err ? null : shape.duplicate;
      if (twice === null) return done(err, value);
      done(new ServiceError('invalid', `请求无效：请求体中同一对象有两个“${twice.slice(0, 50)}”字段 / duplicate JSON name: ${twice.slice(0, 50)}`), undefined);
    });
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'jixiao API', description: '绩效自评 jixiao HTTP API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jixiao_session' } } },
    },
  });
  await app.register(authPlugin, { ctx });
  await app.register(healthRoutes, { ctx });
  await app.register(authRoutes, { ctx });
  await app.register(accountRoutes, { ctx });
  await app.register(userRoutes, { ctx });
  await app.register(unitRoutes, { ctx });
  await app.register(evaluationRoutes, { ctx });
  await app.register(publicRoutes, { ctx });
  await app.register(workflowRoutes, { ctx });
  await app.register(reviewCommentRoutes, { ctx });
  await app.register(reportRoutes, { ctx });
  await app.register(dashboardRoutes, { ctx });
  await app.register(adminRoutes, { ctx });
  await app.register(auditRoutes, { ctx });
  await app.register(frameworkRoutes, { ctx });
  await app.register(importRoutes, { ctx });
  await app.register(monitoringRoutes, { ctx });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (options.webDir && existsSync(options.webDir)) {
    await app.register(fastifyStatic, {
      root: options.webDir,
      prefix: '/',
      wildcard: false,
      cacheControl: false,
      preCompressed: true, // .br / .gz written by scripts/compress-web.mjs at build time
      // Vite names every /assets file by its content hash: cache it for good; index.html must be
      // revalidated on each load so an update reaches an open browser.
      setHeaders: (reply, path) => {
        const hashed = /[\\/]assets[\\/]/.test(path);
        reply.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client-side routes fall back to index.html; unknown /api paths stay 404 JSON, and so does a
    // missing /assets file (an old tab asking for a chunk of the previous build must get an error
    // it can show, not index.html served as JavaScript).
    app.setNotFoundHandler((req, reply) => {
      if (req.url.startsWith('/api/') || req.url.startsWith('/assets/') || req.method !== 'GET') return notFound(req, reply);
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler(notFound);
  }
  return app;
}
