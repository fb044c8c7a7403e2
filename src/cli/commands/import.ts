// `jixiao import FILE --unit NAME --year YYYY [--dry-run] [--json]`: an old report → a draft evaluation.
// Exit 0: imported (or previewed) · 1: unknown unit / not editable · 2: unreadable file or bad option.
import { Command } from 'commander';
import { SYSTEM_ACTOR } from '../../domain/access.js';
import { importEvaluation, type ImportResult } from '../../documents/import/evaluation.js';
import { readDocument } from '../../documents/import/read.js';
import { ServiceError } from '../../services/errors.js';
import { importIntoDraft } from '../../services/import.js';
import { CliError, findUnitOrExit, parseYear, withDataOption, type RegisterCommand } from '../context.js';
import { withServices } from './db.js';
import { BUDGET_ROW_LABELS, BUDGET_TYPE_LABELS } from '../../domain/types.js';

/** Unplaced items printed as text (all of them are in --json). */
const UNPLACED_SHOWN = 200;

const TYPE_NAMES = BUDGET_TYPE_LABELS;
const ROW_NAMES: Record<string, string> = BUDGET_ROW_LABELS;

/** What was recognised, for people: cover, profile, budget, key projects, outline, unplaced. */
export function formatRecognised(r: ImportResult, file: string): string {
  const { recognised: s, draft } = r;
  const out: string[] = [`文件：${file}（${s.format ?? '?'}）`, `标题：${s.title}`];
  out.push(`报告日期：${s.reportDate ?? '未识别'}    年度：${s.year ?? '未识别'}${s.unitName ? `    封面单位：${s.unitName}` : ''}`);
  out.push(`报告结构：${s.outline === 'departmentWide' ? '部门整体支出绩效自评' : '省直单位绩效评估'}`);
  const p = s.profile;
  out.push(
    p
      ? `单位基本情况：编制 ${p.authorizedPosts ?? '—'} 人，在职 ${p.staffActual ?? '—'} 人，退休 ${p.retired ?? '—'} 人，内设机构 ${p.departments.length ? p.departments.join('、') : '—'}，主要职责 ${p.duties} 条`
      : '单位基本情况：未识别',
  );
  if (draft.budget.length === 0) out.push('预算执行：未识别');
  for (const b of draft.budget) {
    if (b.noActivity) out.push(`预算执行：无${TYPE_NAMES[b.budgetType]}支出`);
    for (const [row, f] of Object.entries(b.rows))
      out.push(
        `预算执行：${TYPE_NAMES[b.budgetType]}${ROW_NAMES[row]} 年初结转和结余 ${f.opening}，本年收入 ${f.income}，本年支出 ${f.expenditure}，年末结转和结余 ${f.closing}（万元）`,
      );
  }
  const items = {
    total: '合计',
    overseas: '因公出国（境）费',
    reception: '公务接待费',
    vehicles: '公务用车购置及运行维护费',
    vehiclePurchase: '公务用车购置费',
    vehicleOperation: '公务用车运行维护费',
  };
  for (const l of draft.threePublic) out.push(`“三公”经费：${items[l.item]} 预算数 ${l.budget ?? '—'}，决算数 ${l.actual ?? '—'}（万元）`);
  for (const l of draft.budgetLines)
    out.push(`资金来源：${l.label} 年初预算 ${l.initial ?? '—'}，全年预算 ${l.adjusted ?? '—'}，执行 ${l.executed ?? '—'}（万元）`);
  const how = { derived: '按恒等式推算', assumed: '按基本支出无结转结余推定，请核对', missing: '报告未写明，暂填 0，请补填' };
  for (const f of s.filled) out.push(`    ${f.cell}：${f.value} 万元（${how[f.how]}）`);
  for (const k of draft.keyProjects) {
    out.push(`重点项目：${k.name}（${k.code}）${k.measure} 目标 ${k.target ?? '—'} ${k.unitOfMeasure}，完成 ${k.actual ?? '—'} ${k.unitOfMeasure}`);
    for (const f of k.funding) out.push(`    资金：${f.category} ${f.label} ${f.amount} 万元（${f.source}）`);
  }
  if (s.indicators.length) {
    const filled = s.indicators.filter((i) => i.code).length;
    out.push(`指标表（${s.indicators.length} 行，${filled} 行填入指标体系的同名指标）：`);
    for (const i of s.indicators)
      out.push(
        `  ${i.code ? `[${i.code}]` : '[未入]'} ${[i.level1, i.level2, i.name].filter(Boolean).join(' / ')}：年度指标值 ${i.target ?? '—'}，实际完成值 ${i.actual ?? '—'}，分值 ${i.weight ?? '—'}，得分 ${i.score ?? '—'}`,
      );
    for (const t of s.indicatorTotals) out.push(`  合计：分值 ${t.weight ?? '—'}，得分 ${t.score ?? '—'}`);
  }
  out.push(`章节（${s.sections} 个，段落 ${s.paragraphs} 段，关联数字 ${s.figureLinks} 个）：`, ...s.headings.map((h) => `  ${h}`));
  out.push(
    `已归位的数字（${s.placedTotal}${s.placedTotal > s.placed.length ? `，列出前 ${s.placed.length} 处` : ''}）：`,
    ...s.placed.map((p) => `  - ${p.cell}：${p.value} 万元 ← ${p.text}    来源：${p.sentence.length > 80 ? `${p.sentence.slice(0, 79)}…` : p.sentence}`),
  );
  // a sheet of thousands of rows would bury the rest: the first ones here, all of them in --json
  const shown = r.unplaced.slice(0, UNPLACED_SHOWN);
  out.push(`未能归位（${r.unplaced.length}）：`, ...shown.map((u) => `  - ${u}`));
  if (r.unplaced.length > shown.length)
    out.push(`  … 另有 ${r.unplaced.length - shown.length} 项未列出，加 --json 查看全部 / ${r.unplaced.length - shown.length} more: use --json`);
  return out.join('\n') + '\n';
}

export const register: RegisterCommand = (program, io) => {
  const cmd = withDataOption(new Command('import'))
    .description('把旧报告（.txt/.docx/.xlsx）导入为自评草稿 / import an old report as a draft evaluation')
    .argument('<file>', '报告文件 / report file')
    .option('--unit <name>', '单位名称、简称或代码（写入时必填）/ unit name, short name or code (required unless --dry-run)')
    .option('--year <yyyy>', '年度（默认取报告标题中的年度）/ year (default: the year in the report title)', parseYear)
    .option('--framework <code>', '指标体系代码（默认按报告结构）/ framework code (default: by outline)')
    .option('--dry-run', '只显示识别结果，不写入（不打开数据库）/ show what was recognised, write nothing')
    .option('--json', '输出 JSON / print JSON')
    .action(async (file: string, opts: { unit?: string; year?: number; framework?: string; dryRun?: boolean; json?: boolean; data?: string }) => {
      // A stranger's first try is a dry run on a file: it needs neither a unit nor a year.
      if (!opts.dryRun && !opts.unit)
        throw new CliError('写入草稿需要 --unit（单位名称、简称或代码）；只看识别结果请加 --dry-run / --unit is required unless --dry-run', 2);
      let doc;
      try {
        doc = await readDocument(file);
      } catch (e) {
        throw new CliError(`${file}: ${(e as Error).message}`, 2);
      }
      if (opts.dryRun) {
        const r = importEvaluation(doc, { ...(opts.year ? { year: opts.year } : {}), ...(opts.unit ? { unitShortName: opts.unit } : {}) });
        io.out(opts.json ? JSON.stringify({ draft: r.draft, unplaced: r.unplaced, recognised: r.recognised }, null, 2) + '\n' : formatRecognised(r, file));
        return;
      }
      const outcome = await withServices(opts, async (s) => {
        const unit = await findUnitOrExit(s.store.db, opts.unit!);
        const r = importEvaluation(doc, { ...(opts.year ? { year: opts.year } : {}), unitShortName: unit.shortName ?? unit.name });
        const year = opts.year ?? r.recognised.year;
        if (!year) throw new CliError('报告标题中没有年度，请用 --year 指定 / no year in the report title: give --year', 2);
        try {
          const done = await importIntoDraft(s.store.db, SYSTEM_ACTOR, {
            unitId: unit.id,
            year,
            ...(opts.framework ? { frameworkCode: opts.framework } : {}),
            draft: r.draft,
            source: { fileName: file, unplaced: r.unplaced.length },
            expectedVersion: 'current', // the operator is told "已覆盖草稿" below
          });
          return { ...done, result: r, unitName: unit.name, year };
        } catch (e) {
          if (e instanceof ServiceError) throw new CliError(e.message, e.code === 'invalid' ? 2 : 1);
          throw e;
        }
      });
      const { evaluation: e, created, result: r } = outcome;
      if (opts.json) {
        io.out(JSON.stringify({ evaluationId: e.id, version: e.version, created, recognised: r.recognised, unplaced: r.unplaced }, null, 2) + '\n');
        return;
      }
      const s = r.recognised;
      io.out(
        [
          `已${created ? '创建' : '覆盖'}草稿：${outcome.unitName} ${outcome.year} 年度（自评 #${e.id}，版本 ${e.version}，状态 ${e.status}）`,
          `章节 ${s.sections} 个，预算行 ${s.budgetRows} 行（无活动 ${s.noActivity.length} 类），重点项目 ${s.keyProjects.length} 个，关联数字 ${s.figureLinks} 个`,
          `单位基本情况：${s.profile ? '已识别' : '未识别'}；未能归位 ${r.unplaced.length} 项${r.unplaced.length ? '（用 --dry-run 查看）' : ''}`,
        ].join('\n') + '\n',
      );
    });
  program.addCommand(cmd);
};
