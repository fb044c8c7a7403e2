// `jixiao backup FILE` and `jixiao restore FILE`: one JSON-lines format for PGlite and PostgreSQL.
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { backupTo } from '../../services/backup.js';
import { restoreInto } from '../../services/system.js';
import { CliError, dataDirFrom, withDataOption, type RegisterCommand } from '../context.js';
import { withServices } from './db.js';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, n) => a + n, 0);

export const register: RegisterCommand = (program, io) => {
  // main.ts lists this module under both names; register once.
  if (program.commands.some((c) => c.name() === 'backup')) return;
  const backup = withDataOption(new Command('backup'))
    .description('备份整个数据库（一致快照，服务运行中也可）/ consistent snapshot of the whole database to FILE')
    .argument('<file>', '备份文件 / backup file (JSON lines)')
    .option('--force', '覆盖已有文件 / overwrite an existing file')
    .action(async (file: string, opts: { data?: string; force?: boolean }) => {
      if (existsSync(file) && !opts.force) throw new CliError(`文件已存在 / file exists: ${file} (--force)`, 2);
      const counts = await withServices(opts, (s) => backupTo(s.store.db, s.store.kind, file));
      io.out(`已备份 ${Object.keys(counts).length} 张表、${total(counts)} 行 → ${file}\n`);
    });
  const restore = withDataOption(new Command('restore'))
    .description('从备份恢复到空数据库 / restore FILE into an empty database')
    .argument('<file>', '备份文件 / backup file')
    .action(async (file: string, opts: { data?: string }) => {
      if (!existsSync(file)) throw new CliError(`文件不存在 / no such file: ${file}`, 2);
      let counts: Record<string, number>;
      try {
        counts = await restoreInto({ dataDir: dataDirFrom(opts) }, file);
      } catch (e) {
        throw new CliError((e as Error).message, 1);
      }
      io.out(`已恢复 ${Object.keys(counts).length} 张表、${total(counts)} 行 ← ${file}\n`);
    });
  program.addCommand(backup);
  program.addCommand(restore);
};
