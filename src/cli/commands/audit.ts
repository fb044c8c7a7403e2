// `jixiao audit verify`: walks the hash chain of the audit log; exit 1 names the first broken entry.
import { Command } from 'commander';
import { auditRepository } from '../../store/audit.js';
import { CliError, withDataOption, type RegisterCommand } from '../context.js';
import { withServices } from './db.js';

export const register: RegisterCommand = (program, io) => {
  const audit = new Command('audit').description('审计日志 / audit log');
  audit.addCommand(
    withDataOption(new Command('verify'))
      .description('校验审计日志哈希链 / verify the tamper-evident hash chain')
      .action(async (opts: { data?: string }) => {
        const r = await withServices(opts, (s) => auditRepository(s.store.db).verify());
        if (!r.ok) throw new CliError(`审计日志在第 ${r.brokenId} 条被改动（共 ${r.checked} 条）/ audit log broken at entry ${r.brokenId} (of ${r.checked})`, 1);
        io.out(`审计日志完整：${r.checked} 条 / audit log intact: ${r.checked} entries\n`);
      }),
  );
  program.addCommand(audit);
};
