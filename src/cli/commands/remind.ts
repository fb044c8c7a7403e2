// `jixiao remind [--today YYYY-MM-DD]`: sends the deadline reminders now (7 days and 1 day before a
// 自评 deadline or a monitoring round's 填报截止), for deployments that run it from cron instead of
// leaving `jixiao serve` up. Each reminder is sent once, however often this runs.
import { Command } from 'commander';
import { sendDeadlineReminders } from '../../services/reminders.js';
import { CliError, withDataOption, type RegisterCommand } from '../context.js';
import { withServices } from './db.js';

export const register: RegisterCommand = (program, io) => {
  program.addCommand(
    withDataOption(new Command('remind'))
      .description('发送截止提醒（截止前 7 天和 1 天；每条只发一次）/ send deadline reminders now (each once)')
      .option('--today <date>', '按此日期计算（北京时间，YYYY-MM-DD；默认今天）/ compute as of this date')
      .action(async (opts: { data?: string; today?: string }) => {
        if (opts.today !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(opts.today))
          throw new CliError(`日期格式应为 YYYY-MM-DD / --today must be YYYY-MM-DD: ${opts.today}`, 2);
        const run = await withServices(opts, (s) => sendDeadlineReminders(s.store.db, opts.today));
        io.out(`${run.today}：发出 ${run.sent} 条截止提醒 / ${run.sent} reminder(s) sent\n`);
      }),
  );
};
