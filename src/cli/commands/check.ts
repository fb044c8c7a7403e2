// `jixiao check FILE... [--json]`: finds figures that do not add up in report files.
// Exit 0: no error finding · 1: at least one error finding · 2: a file could not be read.
import { Command } from 'commander';
import { checkText, type Finding } from '../../domain/checks/index.js';
import { readDocument } from '../../documents/import/read.js';
import { CliError, type RegisterCommand } from '../context.js';

export type FileFinding = Finding & { file: string };

export interface CheckRun {
  findings: FileFinding[];
  unreadable: { file: string; message: string }[];
}

export async function checkFiles(files: string[]): Promise<CheckRun> {
  const run: CheckRun = { findings: [], unreadable: [] };
  for (const file of files) {
    try {
      const doc = await readDocument(file);
      for (const f of checkText(doc)) run.findings.push({ ...f, file, location: { ...f.location, file } });
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
  return lines.join('\n') + '\n';
}

export const register: RegisterCommand = (program, io) => {
  const cmd = new Command('check')
    .description('检查报告文件中的数字（.txt/.docx/.xlsx）/ check the figures of report files')
    .argument('<files...>', '报告文件 / report files')
    .option('--json', '输出一个 JSON 数组 / print one JSON array of findings')
    .action(async (files: string[], opts: { json?: boolean }) => {
      const run = await checkFiles(files);
      for (const u of run.unreadable) io.err(`jixiao check: ${u.file}: ${u.message}\n`);
      io.out(opts.json ? JSON.stringify(run.findings, null, 2) + '\n' : formatHuman(run, files.length));
      if (run.unreadable.length) throw new CliError(`${run.unreadable.length} 个文件无法读取 / unreadable file(s)`, 2);
      const errors = run.findings.filter((f) => f.severity === 'error').length;
      if (errors) throw new CliError(`发现 ${errors} 个错误 / ${errors} error finding(s)`, 1);
    });
  program.addCommand(cmd);
};
