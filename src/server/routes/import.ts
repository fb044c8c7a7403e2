// Importing an old report: preview what would be recognised, or write it as the unit's draft.
// The file travels as base64 in JSON (≤ 10 MB decoded); readers refuse zip bombs and old formats.
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../domain/access.js';
import { importEvaluation } from '../../documents/import/evaluation.js';
import { bufferToDocument, ReadError } from '../../documents/import/read.js';
import { ServiceError, forbidden } from '../../services/errors.js';
import { importIntoDraft } from '../../services/import.js';
import { unitRepository } from '../../store/units.js';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { yearQuery } from '../schemas.js';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const BASE64_MAX = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

const fileProps = {
  fileName: { type: 'string', minLength: 1, maxLength: 255, pattern: '\\.(txt|docx|xlsx|TXT|DOCX|XLSX)$' },
  contentBase64: { type: 'string', minLength: 1, maxLength: BASE64_MAX },
} as const;

async function parse(fileName: string, contentBase64: string) {
  const buf = Buffer.from(contentBase64, 'base64');
  if (buf.length === 0) throw new ServiceError('invalid', '文件内容为空或不是 base64 / empty or not base64');
  if (buf.length > MAX_IMPORT_BYTES) throw new ServiceError('invalid', `文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB / file too large`);
  try {
    return await bufferToDocument(buf, fileName);
  } catch (e) {
    if (e instanceof ReadError) throw new ServiceError('invalid', `无法读取 ${fileName}：${e.message}`);
    throw new ServiceError('invalid', `无法解析 ${fileName} / cannot parse: ${(e as Error).message}`);
  }
}

const isFiller = (a: Actor) => a.kind === 'system' || a.grants.some((g) => g.role === 'filler');

export async function importRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const db = ctx.store.db;
  const bodyLimit = BASE64_MAX + 64 * 1024;

  app.post<{ Body: { fileName: string; contentBase64: string; year?: number } }>(
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
          properties: { ...fileProps, year: yearQuery },
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!isFiller(actor)) throw forbidden('只有填报人可以导入 / only fillers import reports');
      const doc = await parse(req.body.fileName, req.body.contentBase64);
      const { draft, unplaced, recognised } = importEvaluation(doc, req.body.year ? { year: req.body.year } : {});
      return { draft, unplaced, recognised };
    },
  );

  app.post<{ Body: { unitId: string; year: number; fileName: string; contentBase64: string; frameworkCode?: string } }>(
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
            unitId: { type: 'string', pattern: '^[0-9]{1,10}$' },
            year: yearQuery,
            frameworkCode: { type: 'string', pattern: '^[a-z0-9-]{1,60}$' },
          },
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { unitId, year, fileName, contentBase64, frameworkCode } = req.body;
      const unit = await unitRepository(db).byId(unitId);
      // Permission first: a filler of another unit learns nothing from parsing errors.
      if (!unit || !(actor.kind === 'system' || actor.grants.some((g) => g.role === 'filler' && g.unitId === unit.id)))
        throw forbidden('只有本单位填报人可以导入 / only a filler of this unit may import');
      const doc = await parse(fileName, contentBase64);
      const r = importEvaluation(doc, { year, unitShortName: unit.shortName ?? unit.name });
      const { evaluation } = await importIntoDraft(db, actor, {
        unitId,
        year,
        ...(frameworkCode ? { frameworkCode } : {}),
        draft: r.draft,
        source: { fileName, unplaced: r.unplaced.length },
      });
      return evaluation;
    },
  );
}
