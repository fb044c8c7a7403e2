// Importing an old report: preview what would be recognised, or write it as the unit's draft.
// Thin: decoding, size limits and permissions are in services/importFile.ts.
import type { FastifyInstance } from 'fastify';
import { MAX_IMPORT_BYTES } from '../../services/importFile.js';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { idString, versionInt, yearQuery } from '../schemas.js';
import type { Api } from '../contract.js';

const BASE64_MAX = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

const fileProps = {
  fileName: { type: 'string', minLength: 1, maxLength: 255, pattern: '\\.(txt|docx|xlsx|TXT|DOCX|XLSX)$' },
  // empty allowed here: the service answers an empty file with a message that says so
  contentBase64: { type: 'string', maxLength: BASE64_MAX },
} as const;

export async function importRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const bodyLimit = BASE64_MAX + 64 * 1024;

  app.post<Api<'POST /api/import/preview'>>(
    '/api/import/preview',
    {
      bodyLimit,
      schema: {
        tags: ['import'],
        summary: '预览旧报告导入结果 / preview what an old report would import as',
        body: {
          type: 'object',
          required: ['fileName', 'contentBase64'],
          additionalProperties: false,
          properties: { ...fileProps, year: yearQuery, unitId: idString },
        },
      },
    },
    async (req) => {
      const { fileName, contentBase64, year, unitId } = req.body;
      return ctx.importer.preview(requireActor(req), { fileName, contentBase64 }, year, unitId);
    },
  );

  app.post<Api<'POST /api/evaluations/import'>>(
    '/api/evaluations/import',
    {
      bodyLimit,
      schema: {
        tags: ['import'],
        summary: '把旧报告导入为本单位草稿 / import an old report as the unit draft',
        body: {
          type: 'object',
          required: ['unitId', 'year', 'fileName', 'contentBase64'],
          additionalProperties: false,
          properties: {
            ...fileProps,
            unitId: idString,
            year: yearQuery,
            frameworkCode: { type: 'string', pattern: '^[a-z0-9-]{1,60}$' },
            // the version of the draft being replaced (from the preview's `replaces`); 409 without it
            version: versionInt,
          },
        },
      },
    },
    async (req) => ctx.importer.importFile(requireActor(req), req.body),
  );
}
