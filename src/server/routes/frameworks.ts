// Frameworks (指标体系) as versioned data, the 指标库, targets with their baseline, and scoring a
// 自评表. Thin: every permission check is in services/frameworks.ts.
import type { FastifyInstance } from 'fastify';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { ID_RE, idParam, idString, versionInt, yearQuery } from '../schemas.js';
import type { Api } from '../contract.js';

const tags = ['frameworks'];
const operators = ['>=', '<=', '=', 'qualitative', 'yesNo'];
const num = { type: 'number' } as const;
const numOrNull = { type: ['number', 'null'] } as const;
const strOrNull = { type: ['string', 'null'], maxLength: 200 } as const;
// Union `type` lists (not anyOf): with coerceTypes, ajv then coerces only when no type matches.
// Untyped on purpose: with coerceTypes, any union/anyOf here coerces 0 ↔ null ↔ ""; the service checks it is a decimal.
const weight = { description: '分值：数字或十进制字符串，可为 null / number, decimal string or null' } as const;

const rule = {
  type: 'object',
  required: ['kind'],
  additionalProperties: false,
  properties: {
    kind: { enum: ['ratio', 'qualitative', 'yesNo', 'deduction', 'bands', 'budgetExecution', 'none'] },
    perUnit: num,
    unitSize: num,
    threshold: num,
    direction: { enum: ['over', 'under'] },
    bands: {
      type: 'array',
      maxItems: 50,
      items: { type: 'object', required: ['min', 'max', 'points'], additionalProperties: false, properties: { min: numOrNull, max: numOrNull, points: num } },
    },
    // 定性 by level: the levels best first, and the points of each (the service checks they pair up)
    levels: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 20 } },
    levelPoints: { type: 'array', maxItems: 10, items: num },
  },
} as const;

const source = {
  description: '计算来源（由数据计算的指标）/ where a computed leaf takes its actual from; null = typed',
  anyOf: [
    { type: 'null' },
    {
      type: 'object',
      required: ['kind'],
      additionalProperties: false,
      properties: {
        kind: {
          enum: [
            'budgetExecution',
            'carryoverRate',
            'budgetAdjustmentRate',
            'threePublicControl',
            'threePublicChange',
            'staffControl',
            'procurementExecution',
            'keyProjectCompletion',
            'keyProjectMeasure',
          ],
        },
        project: { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,40}$' },
        measure: { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,40}$' },
      },
    },
  ],
} as const;

const indicator = {
  type: 'object',
  required: ['code'],
  additionalProperties: false,
  properties: {
    code: { type: 'string', pattern: '^[0-9A-Za-z]{1,10}(\\.[0-9A-Za-z]{1,10}){0,4}$' },
    parentCode: { type: ['string', 'null'], maxLength: 60 },
    order: { type: 'integer', minimum: 0, maximum: 10_000 },
    name: { type: 'string', maxLength: 200 },
    unit: strOrNull,
    operator: { enum: [...operators, null] },
    weight,
    rule,
    source,
    libraryId: idString,
  },
} as const;

const indicators = { type: 'array', maxItems: 2000, items: indicator } as const;
const kind = { enum: ['projectExpenditure', 'departmentWide', 'hunanProvincial', 'custom'] } as const;
const frameworkYear = { type: ['integer', 'null'], minimum: 1949, maximum: 2200 } as const;

export async function frameworkRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const svc = ctx.frameworks;

  app.get<Api<'GET /api/frameworks'>>(
    '/api/frameworks',
    {
      schema: {
        tags,
        summary: '指标体系列表（各版本）/ list frameworks (every version)',
        querystring: { type: 'object', additionalProperties: false, properties: { code: { type: 'string', maxLength: 64 }, year: yearQuery } },
      },
    },
    async (req) => ({ frameworks: await svc.list(requireActor(req), req.query) }),
  );

  app.get<Api<'GET /api/frameworks/:id'>>(
    '/api/frameworks/:id',
    { schema: { tags, summary: '指标体系及其指标树 / one framework with its indicator tree', params: idParam } },
    async (req) => svc.get(requireActor(req), req.params.id),
  );

  app.post<Api<'POST /api/frameworks'>>(
    '/api/frameworks',
    {
      schema: {
        tags,
        summary: '新建指标体系（管理员）/ create a framework (admin)',
        body: {
          type: 'object',
          required: ['code', 'name', 'indicators'],
          additionalProperties: false,
          properties: {
            code: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' },
            name: { type: 'string', minLength: 1, maxLength: 200 },
            kind,
            year: frameworkYear,
            indicators,
          },
        },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.create(requireActor(req), req.body)),
  );

  app.put<Api<'PUT /api/frameworks/:id'>>(
    '/api/frameworks/:id',
    {
      schema: {
        tags,
        summary: '修改指标体系（未冻结时，整树替换；revision 不符则 409）/ edit a framework until frozen (replaces the tree; stale revision → 409)',
        params: idParam,
        body: {
          type: 'object',
          required: ['revision', 'name', 'indicators'],
          additionalProperties: false,
          properties: { revision: versionInt, name: { type: 'string', minLength: 1, maxLength: 200 }, year: frameworkYear, indicators },
        },
      },
    },
    async (req) => svc.update(requireActor(req), req.params.id, req.body),
  );

  app.post<Api<'POST /api/frameworks/:id/freeze'>>(
    '/api/frameworks/:id/freeze',
    { schema: { tags, summary: '冻结指标体系（管理员）/ freeze a framework (admin)', params: idParam } },
    async (req) => svc.freeze(requireActor(req), req.params.id),
  );

  app.post<Api<'POST /api/frameworks/:id/copy'>>(
    '/api/frameworks/:id/copy',
    {
      schema: {
        tags,
        summary: '复制到新年度（新版本，未冻结）/ copy to a year as a new unfrozen version',
        params: idParam,
        body: { type: 'object', required: ['year'], additionalProperties: false, properties: { year: yearQuery } },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.copy(requireActor(req), req.params.id, req.body.year)),
  );

  app.get<Api<'GET /api/indicator-library'>>(
    '/api/indicator-library',
    {
      schema: {
        tags,
        summary: '指标库检索 / search the indicator library',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            q: { type: 'string', maxLength: 100 },
            operator: { enum: operators },
            ownerUnitId: { type: 'string', maxLength: 20, pattern: `^(?:shared|${ID_RE})$` },
            year: yearQuery,
            limit: { type: 'integer', minimum: 1, maximum: 500 },
          },
        },
      },
    },
    async (req) => {
      const { ownerUnitId, ...rest } = req.query;
      const owner = ownerUnitId === undefined ? {} : { ownerUnitId: ownerUnitId === 'shared' ? null : ownerUnitId };
      return { entries: await svc.listLibrary(requireActor(req), { ...rest, ...owner }) };
    },
  );

  app.post<Api<'POST /api/indicator-library'>>(
    '/api/indicator-library',
    {
      schema: {
        tags,
        summary: '添加指标库条目 / add an indicator to the library',
        body: {
          type: 'object',
          required: ['name', 'operator'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 200 },
            unit: strOrNull,
            operator: { enum: operators },
            rule,
            description: { type: ['string', 'null'], maxLength: 2000 },
            ownerUnitId: { type: ['string', 'null'], maxLength: 20, pattern: `^${ID_RE}$` },
          },
        },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createLibrary(requireActor(req), req.body)),
  );

  app.put<Api<'PUT /api/evaluations/:id/targets'>>(
    '/api/evaluations/:id/targets',
    {
      schema: {
        tags,
        summary: '绩效目标申报：设置年度指标值（草稿，本单位填报人）/ set targets while draft',
        params: idParam,
        body: {
          type: 'object',
          required: ['version', 'targets'],
          additionalProperties: false,
          properties: {
            version: versionInt,
            targets: {
              type: 'array',
              maxItems: 2000,
              items: {
                type: 'object',
                required: ['indicatorCode', 'target'],
                additionalProperties: false,
                properties: { indicatorCode: { type: 'string', maxLength: 60 }, target: { type: ['string', 'null'], maxLength: 500 } },
              },
            },
          },
        },
      },
    },
    async (req) => svc.setTargets(requireActor(req), req.params.id, req.body),
  );

  app.get<Api<'GET /api/evaluations/:id/baseline'>>(
    '/api/evaluations/:id/baseline',
    { schema: { tags, summary: '上年实际完成值（基线）/ previous year actuals as the baseline', params: idParam } },
    async (req) => svc.baseline(requireActor(req), req.params.id),
  );

  app.post<Api<'POST /api/score'>>(
    '/api/score',
    {
      schema: {
        tags,
        summary: '自评表计分（同 jixiao score）/ score a 自评表 JSON',
        body: {
          type: 'object',
          required: ['indicators'],
          properties: { indicators: { type: 'array', maxItems: 2000, items: { type: 'object' } }, budget: { type: ['object', 'null'] } },
        },
      },
    },
    async (req) => svc.score(requireActor(req), req.body),
  );
}
