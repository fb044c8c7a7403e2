// Importing an uploaded old report (base64 in JSON, ≤ 10 MB decoded): preview what would be
// recognised, or write it as a unit's draft. Permission first, so a filler of another unit
// learns nothing from parsing errors; readers refuse zip bombs and old formats.
import type { Actor } from '../domain/access.js';
import { importEvaluation, type ImportedDraft } from '../documents/import/evaluation.js';
import { BusyError, sharedParserPool } from '../documents/import/isolated.js';
import { ReadError } from '../documents/import/read.js';
import type { Analysis, Finding } from '../domain/checks/index.js';
import { relationSummary, type Relation } from '../domain/relations/index.js';
import type { Evaluation } from '../domain/types.js';
import type { Db } from '../store/db.js';
import { unitRepository } from '../store/units.js';
import { ServiceError, forbidden } from './errors.js';
import { draftToReplace, FRAMEWORK_FOR_OUTLINE, importIntoDraft, type ReplacedDraft } from './import.js';
import { lineageOf } from './lineage.js';
import { canEdit } from '../domain/access.js';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface UploadedFile {
  fileName: string;
  contentBase64: string;
}

export interface ImportPreview {
  draft: ImportedDraft;
  unplaced: ReturnType<typeof importEvaluation>['unplaced'];
  recognised: ReturnType<typeof importEvaluation>['recognised'];
  /** With a unit and year: the draft an import would replace (null: a new draft). */
  replaces?: ReplacedDraft | null;
  /** What the checker read in the file: every relation among its figures, with a verdict. */
  checked: CheckedRelations;
}

export interface CheckedRelations {
  /** Counts over every relation found ("检查了 N 处数字关系：x 处错误，y 处舍入，z 处无法判断"). */
  summary: ReturnType<typeof relationSummary>;
  /** In document order; errors and rounding first when there are more than can be shown. */
  relations: Relation[];
  findings: Finding[];
  /** Relations and findings left out of the lists (the counts still include them). */
  omitted: { relations: number; findings: number };
  /** Set when the check was not run: the message says why. */
  skipped?: string;
}

const SKIPPED = {
  tooLarge: '文件文字过多，预览中未做数字关系检查；导入后可在检查结果中查看，或用 jixiao check 命令检查 / too much text to check in a preview',
  failed: '数字关系检查未能完成，导入不受影响 / the relation check could not finish; the import is not affected',
};

export const MAX_SHOWN = { relations: 1500, findings: 500 };

export function checkedRelations(a: Analysis): CheckedRelations {
  const all = a.relations;
  const flagged = (r: Relation) => r.verdict === 'error' || r.verdict === 'rounding';
  const relations =
    all.length <= MAX_SHOWN.relations
      ? all
      : [...all.filter(flagged), ...all.filter((r) => !flagged(r))].slice(0, MAX_SHOWN.relations).sort((x, y) => x.line - y.line);
  const findings = a.findings.slice(0, MAX_SHOWN.findings);
  return {
    summary: relationSummary(all),
    relations,
    findings,
    omitted: { relations: all.length - relations.length, findings: a.findings.length - findings.length },
  };
}

/** Strict base64 (Node's decoder silently skips junk, so "!!!notbase64!!!" would decode to something). No backtracking regex: 14 MB strings. */
function isBase64(s: string): boolean {
  if (s.length % 4 !== 0 || /[^A-Za-z0-9+/=]/.test(s)) return false;
  const pad = s.indexOf('=');
  return pad < 0 || (pad >= s.length - 2 && /^=+$/.test(s.slice(pad)));
}

const READ_STATUS = { invalid: 'invalid', tooLarge: 'tooLarge', unprocessable: 'blocked' } as const;

/** "无法读取“a.docx”：… / cannot read the file: …" (no name in the English half: a Chinese name there would keep the Chinese UI from showing its half alone). */
export function readMessage(fileName: string, message: string): string {
  const i = message.indexOf(' / ');
  const zh = i < 0 ? message : message.slice(0, i);
  const en = i < 0 ? '' : message.slice(i + 3);
  return `无法读取“${fileName}”：${zh}${en ? ` / cannot read the file: ${en}` : ''}`;
}

async function parse({ fileName, contentBase64 }: UploadedFile, analyze = false) {
  if (!isBase64(contentBase64)) throw new ServiceError('invalid', '文件内容不是有效的 base64 编码 / contentBase64 is not valid base64');
  const buf = Buffer.from(contentBase64, 'base64');
  if (buf.length === 0) throw new ServiceError('invalid', `“${fileName}”是空文件（0 字节），没有可识别的内容 / the file is empty (0 bytes)`);
  if (buf.length > MAX_IMPORT_BYTES) throw new ServiceError('tooLarge', `文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB / file too large`);
  try {
    // off the event loop, with a time and memory limit (a hostile file must not stall the server)
    return await sharedParserPool().read(buf, fileName, { analyze });
  } catch (e) {
    if (e instanceof BusyError) throw new ServiceError('busy', e.message);
    if (e instanceof ReadError) throw new ServiceError(READ_STATUS[e.kind], readMessage(fileName, e.message));
    throw new ServiceError('invalid', `无法解析 ${fileName} / cannot parse: ${(e as Error).message}`);
  }
}

const isFiller = (a: Actor) => a.kind === 'system' || a.grants.some((g) => g.role === 'filler');
const fillsUnit = (a: Actor, unitId: string) => a.kind === 'system' || a.grants.some((g) => g.role === 'filler' && g.unitId === unitId);

export function importFileService(db: Db) {
  return {
    /** What a file would import as; writes nothing. Fillers only. */
    async preview(actor: Actor, file: UploadedFile, year?: number, unitId?: string): Promise<ImportPreview> {
      if (!isFiller(actor)) throw forbidden('只有填报人可以导入 / only fillers import reports');
      if (unitId !== undefined && year !== undefined && !canEdit(actor, await lineageOf(db, unitId, year))) {
        throw forbidden('只有本单位填报人可以导入 / only a filler of this unit may import');
      }
      const { doc, analysis, analysisSkipped } = await parse(file, true);
      const { draft, unplaced, recognised } = importEvaluation(doc, year ? { year } : {});
      const checked: CheckedRelations = {
        ...checkedRelations(analysis ?? { relations: [], findings: [] }),
        ...(analysisSkipped ? { skipped: SKIPPED[analysisSkipped] } : {}),
      };
      if (unitId === undefined || year === undefined) return { draft, unplaced, recognised, checked };
      return { draft, unplaced, recognised, checked, replaces: await draftToReplace(db, unitId, year, FRAMEWORK_FOR_OUTLINE[draft.outline]) };
    },

    /** Writes the file as the unit's draft of `year` (created, or an editable one overwritten). */
    async importFile(actor: Actor, req: UploadedFile & { unitId: string; year: number; frameworkCode?: string; version?: number }): Promise<Evaluation> {
      const unit = await unitRepository(db).byId(req.unitId);
      if (!unit || !fillsUnit(actor, unit.id)) throw forbidden('只有本单位填报人可以导入 / only a filler of this unit may import');
      const r = importEvaluation((await parse(req)).doc, { year: req.year, unitShortName: unit.shortName ?? unit.name });
      const { evaluation } = await importIntoDraft(db, actor, {
        unitId: unit.id,
        year: req.year,
        ...(req.frameworkCode ? { frameworkCode: req.frameworkCode } : {}),
        draft: r.draft,
        source: { fileName: req.fileName, unplaced: r.unplaced.length },
        ...(req.version !== undefined ? { expectedVersion: req.version } : {}),
      });
      return evaluation;
    },
  };
}
