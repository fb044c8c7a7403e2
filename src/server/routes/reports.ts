import type { FastifyInstance, FastifyReply } from 'fastify';
import { LibreOfficeMissingError, renderReportFile, REPORT_CONTENT_TYPES, reportFileName, type ReportFormat } from '../../documents/pdf/index.js';
import type { Evaluation } from '../../domain/types.js';
import { ServiceError } from '../../services/errors.js';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { contentDisposition } from '../download.js';
import { idParam } from '../schemas.js';
import type { Api } from '../contract.js';

const formatQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { format: { enum: ['docx', 'xlsx', 'pdf', 'html', 'md'], default: 'docx' } },
} as const;

async function send(reply: FastifyReply, e: Evaluation, format: ReportFormat) {
  let body: Buffer;
  try {
    body = await renderReportFile(e, format);
  } catch (err) {
    if (err instanceof LibreOfficeMissingError) {
      return reply.status(503).send({ error: 'unavailable', message: err.message });
    }
    throw err;
  }
  const name = reportFileName(e, format);
  return reply
    .header('Content-Type', REPORT_CONTENT_TYPES[format])
    .header('Content-Disposition', contentDisposition(format === 'html' ? 'inline' : 'attachment', `report.${format}`, name))
    .send(body);
}

export async function reportRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.get<Api<'GET /api/evaluations/:id/report'>>(
    '/api/evaluations/:id/report',
    { schema: { tags: ['reports'], summary: '下载自评报告/自评表 / download the report', params: idParam, querystring: formatQuery } },
    async (req, reply) => send(reply, await ctx.read(req, reply, (s) => s.evaluations.get(requireActor(req), req.params.id)), req.query.format),
  );

  app.get<Api<'GET /api/public/evaluations/:id/report'>>(
    '/api/public/evaluations/:id/report',
    { schema: { tags: ['public'], summary: '已公开自评的报告 / report of a published evaluation', params: idParam, querystring: formatQuery } },
    async (req, reply) => {
      const e = await ctx.read(req, reply, (s) => s.evaluations.get(null, req.params.id));
      if (e.status !== 'published') throw new ServiceError('notFound', '未找到 / not found');
      return send(reply, e, req.query.format);
    },
  );
}
