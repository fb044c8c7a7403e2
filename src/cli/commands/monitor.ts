// `jixiao monitor FILE.json|FILE.xlsx [--json]`: computes a 运行监控表 (序时进度, execution rates,
// gaps, warnings, forecasts, likelihood). Invalid input: one line on stderr, exit 2, no stdout.
import { extname } from 'node:path';
import { MonitoringInputError, monitor, readMonitoringSheet, type MonitoringResult, type Warning } from '../../domain/monitoring/index.js';
import { readMonitoringWorkbook } from '../../documents/xlsx/readMonitoringSheet.js';
import { readInputFile } from '../readInput.js';
import { CliError, type RegisterCommand } from '../context.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface MonitorRun {
  result: MonitoringResult;
  names: Map<string, string>; // indicator code → name, for the text output
  labels: string[];
  asOf: string;
}

export async function monitorFile(file: string): Promise<MonitorRun> {
  const bytes = await readInputFile(file);
  let raw: unknown;
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') {
    try {
      raw = (await readMonitoringWorkbook(bytes)).sheet;
    } catch (e) {
      throw new CliError(oneLine(`无法读取运行监控表 ${file}: ${(e as Error).message}`), 2);
    }
  } else if (ext === '.json') {
    try {
      raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new CliError(oneLine(`JSON 格式错误 / invalid JSON in ${file}: ${(e as Error).message}`), 2);
    }
  } else {
    throw new CliError(`不支持的文件类型 / unsupported file type "${ext}" (use .json or .xlsx)`, 2);
  }
  try {
    const sheet = readMonitoringSheet(raw);
    return {
      result: monitor(sheet),
      names: new Map(sheet.indicators.map((i) => [i.code, i.name])),
      labels: sheet.budget.map((b) => b.label),
      asOf: sheet.asOf,
    };
  } catch (e) {
    if (e instanceof MonitoringInputError) throw new CliError(oneLine(`输入无效 / invalid input: ${e.message}`), 2);
    throw e;
  }
}

export const formatJson = (r: MonitoringResult): string => `${JSON.stringify(r, null, 2)}\n`;

const WARN: Record<'red' | 'yellow', string> = { red: '红色预警', yellow: '黄色预警' };
const warn = (w: Warning) => (w ? `  【${WARN[w]}】` : '');
const pct = (x: string | null) => (x === null ? '—' : `${x}%`);
const pts = (x: string | null) => (x === null ? '—' : `${x.startsWith('-') ? '' : '+'}${x} 个百分点`);

export function formatText(run: MonitorRun): string {
  const { result: r } = run;
  const lines = [`运行监控 截至 ${run.asOf}  序时进度 ${pct(r.timeProgress)}`, '', '一、预算执行'];
  r.budget.forEach((b) => lines.push(`  ${b.label}  执行率 ${pct(b.executionRate)}  偏差 ${pts(b.gap)}${warn(b.warning)}`));
  const o = r.overall;
  lines.push(`  合计  预算 ${o.budget} 万元  已执行 ${o.executed} 万元  执行率 ${pct(o.executionRate)}  偏差 ${pts(o.gap)}${warn(o.warning)}`);
  lines.push('', '二、绩效指标');
  for (const i of r.indicators) {
    const name = run.names.get(i.code) ?? '';
    if (i.progress === null && i.forecast === null) {
      lines.push(`  ${i.code} ${name}  不计算进度（定性或是否指标）`);
      continue;
    }
    lines.push(
      `  ${i.code} ${name}  完成进度 ${pct(i.progress)}  偏差 ${pts(i.gap)}  全年预计 ${i.forecast ?? '—'}  完成目标可能性 ${i.likelihood ?? '—'}${warn(i.warning)}`,
    );
  }
  const rows = [...r.budget, ...r.indicators];
  const count = (w: Warning) => rows.filter((x) => x.warning === w).length;
  lines.push('', `预警（不含合计）：红色 ${count('red')} 项，黄色 ${count('yellow')} 项`);
  return `${lines.join('\n')}\n`;
}

export const register: RegisterCommand = (program, io) => {
  program
    .command('monitor')
    .description('计算运行监控表：序时进度、执行率、偏差与预警 / compute a 运行监控表 (.json or .xlsx)')
    .argument('<file>', 'FILE.json 或 FILE.xlsx')
    .option('--json', '以 JSON 输出 / print JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const run = await monitorFile(file);
      io.out(opts.json ? formatJson(run.result) : formatText(run));
    });
};
