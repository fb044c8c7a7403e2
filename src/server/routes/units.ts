import type { FastifyInstance } from 'fastify';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { ID_RE, idParam, yearQuery } from '../schemas.js';
import type { Api } from '../contract.js';
import { UNIT_LEVELS } from '../../domain/types.js';

const thisYear = () => new Date().getFullYear();
/** Largest page of children one request may ask for. */
const MAX_PAGE = 1000;

export async function unitRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.get<Api<'GET /api/units'>>(
    '/api/units',
    {
      schema: {
        tags: ['units'],
        summary: '单位树（逐级加载，可分页）/ one level of the unit tree, optionally paged',
        description:
          'Without `limit`: every child (as before). With `limit`: children `offset`..`offset+limit-1` by code, plus `total`, ' +
          'so a parent with tens of thousands of children loads a page at a time.',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            parentId: { type: 'string', maxLength: 20, pattern: `^(?:root|${ID_RE})$` },
            year: yearQuery,
            limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE },
            offset: { type: 'integer', minimum: 0, maximum: 10_000_000 },
          },
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const parent = req.query.parentId && req.query.parentId !== 'root' ? req.query.parentId : null;
      const year = req.query.year ?? thisYear();
      const { limit, offset = 0 } = req.query;
      if (limit === undefined) return { units: await ctx.units.children(actor, parent, year) };
      return ctx.units.page(actor, parent, year, limit, offset);
    },
  );

  app.get<Api<'GET /api/units/search'>>(
    '/api/units/search',
    {
      schema: {
        tags: ['units'],
        summary: '按名称搜索单位（全称、简称、代码、妇联/妇女联合会、带或不带省市前缀）/ search units by any name',
        description: 'Best name matches first (`matchedBy`: code | name | shortName | alias), then partial matches (`partial`).',
        querystring: {
          type: 'object',
          required: ['q'],
          additionalProperties: false,
          properties: { q: { type: 'string', minLength: 1, maxLength: 100 }, limit: { type: 'integer', minimum: 1, maximum: 200 }, year: yearQuery },
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { units: await ctx.units.search(actor, req.query.q, req.query.year ?? thisYear(), req.query.limit ?? 50) };
    },
  );

  app.get<Api<'GET /api/units/resolve'>>(
    '/api/units/resolve',
    {
      schema: {
        tags: ['units'],
        summary: '按名称确定唯一单位（多个时 409 列出候选及代码）/ exactly one unit for a name; 409 with candidates when ambiguous',
        querystring: {
          type: 'object',
          required: ['q'],
          additionalProperties: false,
          properties: { q: { type: 'string', minLength: 1, maxLength: 100 }, year: yearQuery },
        },
      },
    },
    async (req) => ctx.units.resolve(requireActor(req), req.query.q, req.query.year ?? thisYear()),
  );

  app.get<Api<'GET /api/units/:id'>>(
    '/api/units/:id',
    {
      schema: {
        tags: ['units'],
        summary: '单位及其上级 / a unit and its ancestors',
        params: idParam,
        querystring: { type: 'object', additionalProperties: false, properties: { year: yearQuery } },
      },
    },
    async (req) => ctx.units.get(requireActor(req), req.params.id, req.query.year ?? thisYear()),
  );

  app.post<Api<'POST /api/admin/units'>>(
    '/api/admin/units',
    {
      schema: {
        tags: ['admin'],
        summary: '新增单位（上级单位的管理员；顶级单位仅全局管理员）/ add a unit under a parent in my subtree',
        body: {
          type: 'object',
          required: ['name', 'code', 'type', 'level', 'parentId', 'fromYear'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', maxLength: 100 },
            shortName: { type: ['string', 'null'], maxLength: 50 },
            code: { type: 'string', maxLength: 30 },
            type: { type: 'string', maxLength: 30 },
            level: { enum: [...UNIT_LEVELS] },
            parentId: { type: ['string', 'null'], maxLength: 20, pattern: `^${ID_RE}$` },
            fromYear: yearQuery,
          },
        },
      },
    },
    async (req, reply) => reply.status(201).send(await ctx.units.create(requireActor(req), req.body)),
  );

  const unitBody = {
    name: { type: 'string', maxLength: 100 },
    shortName: { type: ['string', 'null'], maxLength: 50 },
    code: { type: 'string', maxLength: 30 },
    type: { type: 'string', maxLength: 30 },
    level: { enum: [...UNIT_LEVELS] },
  } as const;

  app.put<Api<'PUT /api/admin/units/:id'>>(
    '/api/admin/units/:id',
    {
      schema: {
        tags: ['admin'],
        summary: '修改单位名称、简称、代码、类型、级次（上级单位的管理员；previous 为客户端所见的单位，不符则 409）/ rename a unit (compare-and-set)',
        params: idParam,
        body: {
          type: 'object',
          required: ['name', 'code', 'type', 'level'],
          additionalProperties: false,
          properties: {
            ...unitBody,
            // the unit as the form loaded it: changed since → 409 with the current one
            previous: {
              anyOf: [{ type: 'object', required: ['name', 'code', 'type', 'level'], additionalProperties: false, properties: unitBody }, { type: 'null' }],
            },
          },
        },
      },
    },
    async (req) => ctx.units.update(requireActor(req), req.params.id, req.body),
  );

  app.post<Api<'POST /api/admin/units/:id/move'>>(
    '/api/admin/units/:id/move',
    {
      schema: {
        tags: ['admin'],
        summary: '调整上级单位（自某年度起；不能移到自己或下级之下）/ move a unit under another parent from a year on',
        params: idParam,
        body: {
          type: 'object',
          required: ['parentId', 'fromYear'],
          additionalProperties: false,
          properties: { parentId: { type: ['string', 'null'], maxLength: 20, pattern: `^${ID_RE}$` }, fromYear: yearQuery },
        },
      },
    },
    async (req) => ctx.units.move(requireActor(req), req.params.id, req.body),
  );

  app.post<Api<'POST /api/admin/units/:id/retire'>>(
    '/api/admin/units/:id/retire',
    {
      schema: {
        tags: ['admin'],
        summary: '撤销单位（最后年度之后不再出现；历史自评保留）/ retire a unit after its last year; its history stays',
        params: idParam,
        body: { type: 'object', required: ['lastYear'], additionalProperties: false, properties: { lastYear: yearQuery } },
      },
    },
    async (req) => ctx.units.retire(requireActor(req), req.params.id, req.body),
  );
}
