import { Command } from 'commander';
import { CliError, parseYear, withDataOption, type RegisterCommand } from '../context.js';
import { withRates } from '../../domain/keyProjectRates.js';
import { withServices } from './db.js';

export const register: RegisterCommand = (program, io) => {
  const cmd = withDataOption(new Command('export'))
    .description('导出一份自评（JSON）/ print one evaluation as JSON')
    .requiredOption('--unit <name>', '单位名称、简称或代码（妇联/妇女联合会、带或不带省市前缀均可）/ unit name, short name or code')
    .option('--project <code>', "某重点项目的项目支出绩效自评表 / a key project's own 项目支出绩效自评表")
    .requiredOption('--year <yyyy>', '年度 / year', parseYear)
    .option('--format <format>', '输出格式 / output format (json)', 'json')
    .action(async (opts: { unit: string; year: number; format: string; project?: string; data?: string }) => {
      if (opts.format !== 'json') throw new CliError(`不支持的格式 / unsupported format: ${opts.format} (json)`, 2);
      const e = await withServices(opts, (s) => s.evaluations.findByUnitAndYear(opts.unit, opts.year, opts.project ?? null));
      if (!e) throw new CliError(`未找到 ${opts.unit} ${opts.year} 年度的自评 / no evaluation for unit "${opts.unit}" in ${opts.year}`, 1);
      // Completion rates as data next to each key project and measure (not only in narrative text).
      io.out(JSON.stringify({ ...e, keyProjects: e.keyProjects.map(withRates) }, null, 2) + '\n');
    });
  program.addCommand(cmd);
};
