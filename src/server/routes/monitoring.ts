// 绩效目标, 运行监控 and 整改 routes (issue 15): thin, every decision in services/targets.ts and
// services/monitoring.ts.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { PLAN_STATUS_LABEL } from '../../domain/monitoring/index.js';
import { writeMonitoringBoard } from '../../documents/xlsx/monitoringBoard.js';
import { writeMonitoringSheet } from '../../documents/xlsx/monitoringSheet.js';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { contentDisposition } from '../download.js';
import { typedNumber } from '../typedNumbers.js';
import { idParam, yearQuery } from '../schemas.js';
import type { Api } from '../contract.js';

const id = { type: 'string', pattern: '^[0-9]{1,10}$' } as const;
const version = { type: 'integer', minimum: 1 } as const;
const decimal = typedNumber({ type: 'string', pattern: '^\\s*-?\\d{1,15}(\\.\\d{1,6})?\\s*$' } as const);
const decimalOrNull = { anyOf: [decimal, { type: 'null' }, { type: 'string', maxLength: 0 }] } as const;
const textOrNull = (max = 2000) => ({ type: ['string', 'null'], maxLength: max }) as const;
const unitYear = { type: 'object', required: ['year'], additionalProperties: false, properties: { year: yearQuery } } as const;
const twoIds = { type: 'object', required: ['id', 'unitId'], properties: { id, unitId: id } } as const;
const transitionBody = (actions: string[]) =>
  ({
    type: 'object',
    required: ['action', 'version'],
    additionalProperties: false,
    properties: { action: { enum: actions }, reason: { type: 'string', maxLength: 2000 }, version },
  }) as const;

function xlsx(reply: FastifyReply, body: Buffer, name: string) {
  return reply
    .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('Content-Disposition', contentDisposition('attachment', 'monitoring.xlsx', name))
    .send(body);
}

export async function monitoringRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const T = ['targets'];
  const M = ['monitoring'];

  // ── 绩效目标 ──
  app.get<Api<'GET /api/units/:id/targets'>>(
    '/api/units/:id/targets',
    { schema: { tags: T, summary: '单位某年度的绩效目标与整改事项 / a unit’s targets of a year', params: idParam, querystring: unitYear } },
    async (req) => ctx.targets.list(requireActor(req), req.params.id, req.query.year),
  );
  app.post<Api<'POST /api/units/:id/targets'>>(
    '/api/units/:id/targets',
    {
      schema: {
        tags: T,
        summary: '申报绩效目标（上年已批准的指标值作为起点）/ declare targets',
        params: idParam,
        body: {
          type: 'object',
          required: ['year', 'frameworkId'],
          additionalProperties: false,
          properties: {
            year: yearQuery,
            frameworkId: id,
            scope: { type: 'string', maxLength: 100 },
            scopeName: { type: 'string', maxLength: 200 },
            goal: { type: 'string', maxLength: 4000 },
          },
        },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await ctx.targets.create(requireActor(req), { ...req.body, unitId: req.params.id }) }),
  );
  app.get<Api<'GET /api/targets/:id'>>(
    '/api/targets/:id',
    { schema: { tags: T, summary: '绩效目标详情（指标值、资金、调整批次、流转）/ targets', params: idParam } },
    async (req) => ctx.targets.get(requireActor(req), req.params.id),
  );
  app.put<Api<'PUT /api/targets/:id'>>(
    '/api/targets/:id',
    {
      schema: {
        tags: T,
        summary: '保存绩效目标（草稿或退回时）/ save targets',
        params: idParam,
        body: {
          type: 'object',
          required: ['version'],
          additionalProperties: false,
          properties: {
            version,
            goal: { type: 'string', maxLength: 4000 },
            values: {
              type: 'array',
              maxItems: 500,
              items: {
                type: 'object',
                required: ['indicatorCode', 'value', 'progress'],
                additionalProperties: false,
                properties: { indicatorCode: { type: 'string', maxLength: 50 }, value: textOrNull(200), progress: { enum: ['cumulative', 'level'] } },
              },
            },
            budgetLines: {
              type: 'array',
              maxItems: 200,
              items: {
                type: 'object',
                required: ['label', 'amount'],
                additionalProperties: false,
                properties: { key: { type: 'string', maxLength: 50 }, label: { type: 'string', maxLength: 200 }, amount: { type: 'string', maxLength: 40 } },
              },
            },
          },
        },
      },
    },
    async (req) => ({ version: await ctx.targets.save(requireActor(req), req.params.id, req.body) }),
  );
  app.post<Api<'POST /api/targets/:id/transitions'>>(
    '/api/targets/:id/transitions',
    {
      schema: {
        tags: T,
        summary: '提交/退回/批准绩效目标 / submit, return or approve targets',
        params: idParam,
        body: transitionBody(['submit', 'return', 'approve']),
      },
    },
    async (req) => ({ version: await ctx.targets.transition(requireActor(req), req.params.id, req.body) }),
  );
  app.post<Api<'POST /api/targets/:id/adjustments'>>(
    '/api/targets/:id/adjustments',
    {
      schema: {
        tags: T,
        summary: '申请调整批次（原值→新值，须说明理由）/ propose an adjustment batch',
        params: idParam,
        body: {
          type: 'object',
          required: ['reason', 'changes'],
          additionalProperties: false,
          properties: {
            reason: { type: 'string', maxLength: 2000 },
            changes: {
              type: 'array',
              minItems: 1,
              maxItems: 500,
              items: {
                type: 'object',
                required: ['indicatorCode', 'to'],
                additionalProperties: false,
                properties: { indicatorCode: { type: 'string', maxLength: 50 }, to: textOrNull(200) },
              },
            },
          },
        },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await ctx.targets.proposeAdjustment(requireActor(req), req.params.id, req.body) }),
  );
  app.post<Api<'POST /api/adjustments/:id/transitions'>>(
    '/api/adjustments/:id/transitions',
    { schema: { tags: T, summary: '批准/退回调整批次 / approve or return an adjustment batch', params: idParam, body: transitionBody(['approve', 'return']) } },
    async (req) => {
      await ctx.targets.decideAdjustment(requireActor(req), req.params.id, req.body);
      return { ok: true };
    },
  );

  // ── 运行监控 ──
  app.get<Api<'GET /api/units/:id/monitoring'>>(
    '/api/units/:id/monitoring',
    { schema: { tags: M, summary: '单位要填报的监控轮次与本级发起的轮次 / monitoring rounds of a unit', params: idParam, querystring: unitYear } },
    async (req) => ctx.monitoring.rounds(requireActor(req), req.params.id, req.query.year),
  );
  app.get<Api<'GET /api/units/:id/monitoring/progress'>>(
    '/api/units/:id/monitoring/progress',
    {
      schema: {
        tags: M,
        summary: '本单位及下级的预算执行与序时进度（按监控轮次）/ budget execution against time-elapsed progress, per round',
        params: idParam,
        querystring: unitYear,
      },
    },
    async (req) => ctx.monitoring.progress(requireActor(req), req.params.id, req.query.year),
  );
  app.post<Api<'POST /api/units/:id/monitoring'>>(
    '/api/units/:id/monitoring',
    {
      schema: {
        tags: M,
        summary: '为下级发起运行监控（截至日期、填报截止日期、预警阈值）/ open a monitoring round for the subtree',
        params: idParam,
        body: {
          type: 'object',
          required: ['year', 'asOf', 'dueDate'],
          additionalProperties: false,
          properties: {
            year: yearQuery,
            name: { type: 'string', maxLength: 100 },
            asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            dueDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            thresholds: { type: 'object', additionalProperties: false, properties: { yellow: decimal, red: decimal } },
          },
        },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await ctx.monitoring.createRound(requireActor(req), { ...req.body, rootUnitId: req.params.id }) }),
  );
  app.get<Api<'GET /api/monitoring/:id/units/:unitId'>>(
    '/api/monitoring/:id/units/:unitId',
    { schema: { tags: M, summary: '单位的运行监控表（含序时进度、预警）/ a unit’s monitoring report', params: twoIds } },
    async (req) => {
      const { sheet: _sheet, ...view } = await ctx.monitoring.report(requireActor(req), req.params.id, req.params.unitId);
      return view;
    },
  );
  app.put<Api<'PUT /api/monitoring/:id/units/:unitId'>>(
    '/api/monitoring/:id/units/:unitId',
    {
      schema: {
        tags: M,
        summary: '保存运行监控填报 / save a monitoring report',
        params: twoIds,
        body: {
          type: 'object',
          required: ['version', 'indicators', 'budget'],
          additionalProperties: false,
          properties: {
            version,
            indicators: {
              type: 'array',
              maxItems: 1000,
              items: {
                type: 'object',
                required: ['targetId', 'indicatorCode'],
                additionalProperties: false,
                properties: {
                  targetId: id,
                  indicatorCode: { type: 'string', maxLength: 50 },
                  actualToDate: decimalOrNull,
                  actualLevel: textOrNull(20),
                  forecastDeclared: decimalOrNull,
                  deviationCategory: textOrNull(20),
                  deviationReason: textOrNull(),
                  likelihoodDeclared: textOrNull(10),
                  likelihoodReason: textOrNull(),
                  correctiveMeasures: textOrNull(),
                },
              },
            },
            budget: {
              type: 'array',
              maxItems: 500,
              items: {
                type: 'object',
                required: ['targetId', 'key', 'executed'],
                additionalProperties: false,
                properties: { targetId: id, key: { type: 'string', maxLength: 50 }, executed: decimalOrNull },
              },
            },
          },
        },
      },
    },
    async (req) => ({ version: await ctx.monitoring.save(requireActor(req), req.params.id, req.params.unitId, req.body) }),
  );
  app.post<Api<'POST /api/monitoring/:id/units/:unitId/transitions'>>(
    '/api/monitoring/:id/units/:unitId/transitions',
    {
      schema: {
        tags: M,
        summary: '提交/退回/批准运行监控 / submit, return or approve a monitoring report',
        params: twoIds,
        body: transitionBody(['submit', 'return', 'approve']),
      },
    },
    async (req) => ({ version: await ctx.monitoring.transition(requireActor(req), req.params.id, req.params.unitId, req.body) }),
  );
  app.get<Api<'GET /api/monitoring/:id/units/:unitId/export'>>(
    '/api/monitoring/:id/units/:unitId/export',
    { schema: { tags: M, summary: '导出运行监控表 .xlsx（jixiao monitor 可读）/ the monitoring report as .xlsx', params: twoIds } },
    async (req, reply) => {
      const v = await ctx.monitoring.report(requireActor(req), req.params.id, req.params.unitId);
      const answers = Object.fromEntries(v.indicators.filter((i) => i.answer).map((i) => [i.sheetCode, i.answer!]));
      const body = await writeMonitoringSheet(v.sheet, { unitName: v.report.unitName, roundName: v.round.name, answers });
      return xlsx(reply, body, `${v.report.unitName}${v.round.year}年${v.round.name}.xlsx`);
    },
  );
  app.get<Api<'GET /api/monitoring/:id/board'>>(
    '/api/monitoring/:id/board',
    {
      schema: {
        tags: M,
        summary: '运行监控看板：下级单位×指标，按预警着色 / the reviewer’s board',
        params: idParam,
        querystring: { type: 'object', additionalProperties: false, properties: { unitId: id } },
      },
    },
    async (req) => ctx.monitoring.board(requireActor(req), req.params.id, req.query.unitId),
  );
  app.get<Api<'GET /api/monitoring/:id/board/export'>>(
    '/api/monitoring/:id/board/export',
    {
      schema: {
        tags: M,
        summary: '运行监控看板导出 .xlsx / the board as .xlsx',
        params: idParam,
        querystring: { type: 'object', additionalProperties: false, properties: { unitId: id } },
      },
    },
    async (req, reply) => {
      const b = await ctx.monitoring.board(requireActor(req), req.params.id, req.query.unitId);
      const title = `${b.round.year}年${b.round.name}看板（${b.round.rootUnitName}）`;
      const body = await writeMonitoringBoard({
        title,
        asOf: b.round.asOf,
        timeProgress: b.timeProgress,
        rows: b.rows.map((r) => ({ ...r, status: PLAN_STATUS_LABEL[r.status] })),
      });
      return xlsx(reply, body, `${title}.xlsx`);
    },
  );

  // ── 整改台账 ──
  app.get<Api<'GET /api/units/:id/rectifications'>>(
    '/api/units/:id/rectifications',
    { schema: { tags: M, summary: '整改台账（本年及以前未销号的）/ the rectification ledger', params: idParam, querystring: unitYear } },
    async (req) => ctx.monitoring.rectifications(requireActor(req), req.params.id, req.query.year),
  );
  app.post<Api<'POST /api/units/:id/rectifications'>>(
    '/api/units/:id/rectifications',
    {
      schema: {
        tags: M,
        summary: '提出整改事项 / raise a rectification',
        params: idParam,
        body: {
          type: 'object',
          required: ['year', 'problem', 'requiredFix'],
          additionalProperties: false,
          properties: {
            year: yearQuery,
            problem: { type: 'string', maxLength: 2000 },
            requiredFix: { type: 'string', maxLength: 2000 },
            roundId: { anyOf: [id, { type: 'null' }] },
          },
        },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await ctx.monitoring.raiseRectification(requireActor(req), { ...req.body, unitId: req.params.id }) }),
  );
  app.put<Api<'PUT /api/rectifications/:id'>>(
    '/api/rectifications/:id',
    {
      schema: {
        tags: M,
        summary: '答复整改（填报人）或销号/重新打开（审核人）/ answer, close or reopen a rectification',
        params: idParam,
        body: {
          type: 'object',
          required: ['version'],
          additionalProperties: false,
          properties: { version, answer: textOrNull(), evidence: textOrNull(), status: { enum: ['open', 'answered', 'closed'] } },
        },
      },
    },
    async (req) => ctx.monitoring.updateRectification(requireActor(req), req.params.id, req.body),
  );
}
