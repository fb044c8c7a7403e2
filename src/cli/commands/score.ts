// `jixiao score FILE.json|FILE.xlsx [--json]`: scores a 自评表 and explains every score.
// Invalid input ends with exit 2 and a message naming the indicator; nothing is printed before
// the whole table has been scored.
import { extname } from 'node:path';
import { normalize } from '../../domain/decimal.js';
import { GRADE_LABEL, ScoringInputError, scoreInput, type TableResult } from '../../domain/scoring/index.js';
import { readProjectSheet } from '../../documents/xlsx/readProjectSheet.js';
import { readInputFile } from '../readInput.js';
import { CliError, type RegisterCommand } from '../context.js';

/** Reads and scores a file; every failure is a CliError with exit code 2. */
export async function scoreFile(file: string): Promise<TableResult> {
  const bytes = await readInputFile(file);
  let input: unknown;
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') {
    try {
      input = await readProjectSheet(bytes);
    } catch (e) {
      throw new CliError(`无法读取自评表 ${file}: ${(e as Error).message}`, 2);
    }
  } else if (ext === '.json') {
    try {
      input = JSON.parse(bytes.toString('utf8'));
    } catch (e) {
      throw new CliError(`JSON 格式错误 / invalid JSON in ${file}: ${(e as Error).message}`, 2);
    }
  } else {
    throw new CliError(`不支持的文件类型 / unsupported file type "${ext}" (use .json or .xlsx)`, 2);
  }
  try {
    return scoreInput(input);
  } catch (e) {
    if (e instanceof ScoringInputError) throw new CliError(`输入无效 / invalid input: ${e.message}`, 2);
    throw e;
  }
}

const asNumber = (s: string | null): number | null => (s === null ? null : Number(s)); // 2-dp strings print exactly

export function formatJson(r: TableResult): string {
  const out = {
    budgetScore: r.budget ? asNumber(r.budget.score) : null,
    indicators: r.indicators.map((i) => ({ name: i.name, score: asNumber(i.score), explanation: i.explanation })),
    total: Number(r.total),
    grade: r.grade,
    findings: r.findings,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function formatText(r: TableResult): string {
  const lines: string[] = ['项目支出绩效自评 计分结果', ''];
  if (r.budget) lines.push(`预算执行率  ${r.budget.score}/${normalize(r.budget.weight)}  ${r.budget.explanation.replace(/^预算执行率：/, '')}`);
  let group = '';
  for (const i of r.indicators) {
    const g = [i.level1, i.level2].filter(Boolean).join(' / ');
    if (g !== group) {
      lines.push(`${g}`);
      group = g;
    }
    lines.push(`  ${i.name}  ${i.score === null ? '—' : `${i.score}/${normalize(i.weight)}`}  ${i.explanation}`);
  }
  lines.push('', `总分 ${r.total}/${normalize(r.fullWeight)}  ${r.totalExplanation}`, `等级 ${GRADE_LABEL[r.grade]}（${r.grade}）`);
  if (r.findings.length) {
    lines.push('', `发现 ${r.findings.length} 条：`);
    for (const f of r.findings) lines.push(`  [${f.severity === 'error' ? '错误' : '提示'}] ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}

export const register: RegisterCommand = (program, io) => {
  program
    .command('score')
    .description('给自评表计分并说明每项得分 / score a 自评表 (.json or .xlsx) and explain every score')
    .argument('<file>', 'FILE.json 或 FILE.xlsx')
    .option('--json', '以 JSON 输出 / print JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const result = await scoreFile(file);
      io.out(opts.json ? formatJson(result) : formatText(result));
    });
};
