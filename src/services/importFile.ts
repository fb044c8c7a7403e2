// Importing an uploaded old report (base64 in JSON, ≤ 10 MB decoded): preview what would be
// recognised, or write it as a unit's draft. Permission first, so a filler of another unit
// learns nothing from parsing errors; readers refuse zip bombs and old formats.
import type { Actor } from '../domain/access.js';
import { importEvaluation, type ImportedDraft } from '../documents/import/evaluation.js';
import { bufferToDocument, ReadError } from '../documents/import/read.js';
import type { Evaluation } from '../domain/types.js';
import type { Db } from '../store/db.js';
import { unitRepository } from '../store/units.js';
import { ServiceError, forbidden } from './errors.js';
import { importIntoDraft } from './import.js';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface UploadedFile {
  fileName: string;
  contentBase64: string;
}

export interface ImportPreview {
  draft: ImportedDraft;
  unplaced: ReturnType<typeof importEvaluation>['unplaced'];
  recognised: ReturnType<typeof importEvaluation>['recognised'];
}

async function parse({ fileName, contentBase64 }: UploadedFile) {
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
const fillsUnit = (a: Actor, unitId: string) => a.kind === 'system' || a.grants.some((g) => g.role === 'filler' && g.unitId === unitId);

export function importFileService(db: Db) {
  return {
    /** What a file would import as; writes nothing. Fillers only. */
    async preview(actor: Actor, file: UploadedFile, year?: number): Promise<ImportPreview> {
      if (!isFiller(actor)) throw forbidden('只有填报人可以导入 / only fillers import reports');
      const { draft, unplaced, recognised } = importEvaluation(await parse(file), year ? { year } : {});
      return { draft, unplaced, recognised };
    },

    /** Writes the file as the unit's draft of `year` (created, or an editable one overwritten). */
    async importFile(actor: Actor, req: UploadedFile & { unitId: string; year: number; frameworkCode?: string }): Promise<Evaluation> {
      const unit = await unitRepository(db).byId(req.unitId);
      if (!unit || !fillsUnit(actor, unit.id)) throw forbidden('只有本单位填报人可以导入 / only a filler of this unit may import');
      const r = importEvaluation(await parse(req), { year: req.year, unitShortName: unit.shortName ?? unit.name });
      const { evaluation } = await importIntoDraft(db, actor, {
        unitId: unit.id,
        year: req.year,
        ...(req.frameworkCode ? { frameworkCode: req.frameworkCode } : {}),
        draft: r.draft,
        source: { fileName: req.fileName, unplaced: r.unplaced.length },
      });
      return evaluation;
    },
  };
}
