// `jixiao check FILE... [--json]`: finds figures that do not add up in report files.
// Exit 0: no error finding · 1: at least one error finding · 2: a file could not be read.
import { Command } from 'commander';
import { analyzeText, type Finding } from '../../domain/checks/index.js';
import { relationSummary, type Relation } from '../../domain/relations/index.js';
import { readDocument } from '../../documents/import/read.js';
import { CliError, type RegisterCommand } from '../context.js';

export type FileFinding = Finding & { file: string };

export type FileRelation = Relation & { file: string };

export interface CheckRun {
  findings: FileFinding[];
  relations: FileRelation[];
  unreadable: { file: string; message: string }[];
}

export async function checkFiles(files: string[]): Promise<CheckRun> {
  const run: CheckRun = { findings: [], relations: [], unreadable: [] };
  for (const file of files) {
    try {
      const doc = await readDocument(file);
      const a = analyzeText(doc);
      for (const f of a.findings) run.findings.push({ ...f, file, location: { ...f.location, file } });
      for (const r of a.relations) run.relations.push({ ...r, file });
    } catch (e) {
      run.unreadable.push({ file, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return run;
}

export function formatHuman(run: CheckRun, fileCount: number): string {
  const lines: string[] = [];
  for (const f of run.findings) {
    const where = `${f.file}${f.location?.line ? `:${f.location.line}` : ''}`;
    lines.push(`${where}: ${f.severity === 'error' ? '错误' : '警告'} [${f.rule}] ${f.message}`);
    if (f.location?.section) lines.push(`    位置：${f.location.section}`);
    if (f.stated !== null || f.computed !== null) lines.push(`    写为：${f.stated ?? '—'}    应为：${f.computed ?? '—'}`);
    lines.push(`    原文：${f.text}`);
  }
  const errors = run.findings.filter((f) => f.severity === 'error').length;
  const warnings = run.findings.length - errors;
  lines.push(`共检查 ${fileCount} 个文件：${errors} 个错误，${warnings} 个警告${run.unreadable.length ? `，${run.unreadable.length} 个文件无法读取` : ''}`);
  const s = relationSummary(run.relations);
  lines.push(`检查了 ${s.total} 处数字关系：${s.error} 处错误，${s.rounding} 处舍入，${s.unsure} 处无法判断`);
  return lines.join('\n') + '\n';
}

const VERDICT_ZH = { ok: '相符', rounding: '舍入', error: '错误', unsure: '无法判断' } as const;

/** Every relation found, checked or not (--relations without --json). */
export function formatRelations(run: CheckRun): string {
  return (
    run.relations
      .map(
        (r) =>
          `${r.file}:${r.line}: ${VERDICT_ZH[r.verdict]} [${r.kind}] 写为 ${r.statedText}，计算 ${r.computedText}\n    依据：${r.reason}\n    原文：${r.text}`,
      )
      .join('\n') + (run.relations.length ? '\n' : '')
  );
}

/** The JSON of --relations: numbers in the document's unit, as the issue's contract says. */
function relationJson(r: FileRelation) {
  return {
    kind: r.kind,
    verdict: r.verdict,
    stated: r.stated,
    computed: r.computed,
    parts: r.parts,
    labels: r.labels,
    reason: r.reason,
    line: r.line,
    file: r.file,
    text: r.text,
    statedText: r.statedText,
    computedText: r.computedText,
  };
}

export const register: RegisterCommand = (program, io) => {
  const cmd = new Command('check')
    .description('检查报告文件中的数字（.txt/.docx/.xlsx）/ check the figures of report files')
    .argument('<files...>', '报告文件 / report files')
    .option('--json', '输出 JSON（默认为发现的数组）/ print JSON (an array of findings)')
    .option('--relations', '列出找到的每一处数字关系及其结论 / list every relation found, checked or not')
    .action(async (files: string[], opts: { json?: boolean; relations?: boolean }) => {
      const run = await checkFiles(files);
      for (const u of run.unreadable) io.err(`jixiao check: ${u.file}: ${u.message}\n`);
      if (opts.json && opts.relations) io.out(JSON.stringify({ relations: run.relations.map(relationJson), findings: run.findings }, null, 2) + '\n');
      else if (opts.json) io.out(JSON.stringify(run.findings, null, 2) + '\n');
      else io.out((opts.relations ? formatRelations(run) : '') + formatHuman(run, files.length));
      if (run.unreadable.length) throw new CliError(`${run.unreadable.length} 个文件无法读取 / unreadable file(s)`, 2);
      const errors = run.findings.filter((f) => f.severity === 'error').length;
      if (errors) throw new CliError(`发现 ${errors} 个错误 / ${errors} error finding(s)`, 1);
    });
  program.addCommand(cmd);
};
