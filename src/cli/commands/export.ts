import { Command } from 'commander';
import { CliError, parseYear, withDataOption, type RegisterCommand } from '../context.js';
import { withServices } from './db.js';

export const register: RegisterCommand = (program, io) => {
  const cmd = withDataOption(new Command('export'))
    .description('导出一份自评（JSON）/ print one evaluation as JSON')
    .requiredOption('--unit <name>', '单位名称、简称或代码 / unit name, short name or code')
    .requiredOption('--year <yyyy>', '年度 / year', parseYear)
    .option('--format <format>', '输出格式 / output format (json)', 'json')
    .action(async (opts: { unit: string; year: number; format: string; data?: string }) => {
      if (opts.format !== 'json') throw new CliError(`不支持的格式 / unsupported format: ${opts.format} (json)`, 2);
      const e = await withServices(opts, (s) => s.evaluations.findByUnitAndYear(opts.unit, opts.year));
      if (!e) throw new CliError(`未找到 ${opts.unit} ${opts.year} 年度的自评 / no evaluation for unit "${opts.unit}" in ${opts.year}`, 1);
      io.out(JSON.stringify(e, null, 2) + '\n');
    });
  program.addCommand(cmd);
};
