// `jixiao audit verify [--since ID:HASH] [--head-file FILE]`: walks the hash chain, then proves every
// audited record (evaluations, unit-year data, users with their grants) still holds the state the
// log ends with; prints a checkpoint to keep outside the database. Exit 1 names what differs.
// `jixiao audit seal`: records the current state of every audited record (once, after upgrading).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { sealAudit, verifyAudit } from '../../services/system.js';
import { CliError, withDataOption, type RegisterCommand } from '../context.js';
import { withServices } from './db.js';

const KIND: Record<string, string> = {
  changed: '当前内容与审计日志最后记录的状态不一致（被绕过应用直接修改，或其后的日志被删除）',
  unrecorded: '审计日志中没有它的任何记录（被直接插入数据库）',
  deleted: '已被删除，但审计日志中没有删除记录',
};

function parseCheckpoint(s: string): { id: number; hash: string } {
  const m = /^(\d{1,15}):([0-9a-f]{64})$/.exec(s.trim());
  if (!m) throw new CliError(`检查点格式应为 条目号:哈希（由 audit verify 输出）/ checkpoint must be ID:HASH: ${s.trim().slice(0, 80)}`, 2);
  return { id: Number(m[1]), hash: m[2]! };
}

export const register: RegisterCommand = (program, io) => {
  const audit = new Command('audit').description('审计日志 / audit log');
  audit.addCommand(
    withDataOption(new Command('verify'))
      .description('校验审计日志哈希链与各记录的当前状态 / verify the hash chain and that every audited record matches the log')
      .option('--since <checkpoint>', '上次输出的检查点（条目号:哈希）：证明其后日志未被截断或改写 / a checkpoint printed earlier')
      .option('--head-file <file>', '保存在数据库之外的检查点文件：先核对，通过后写入新的检查点 / a checkpoint file kept outside the database')
      .action(async (opts: { data?: string; since?: string; headFile?: string }) => {
        const anchors: { from: string; cp: { id: number; hash: string } }[] = [];
        if (opts.since) anchors.push({ from: '--since', cp: parseCheckpoint(opts.since) });
        if (opts.headFile && existsSync(opts.headFile)) anchors.push({ from: opts.headFile, cp: parseCheckpoint(readFileSync(opts.headFile, 'utf8')) });
        const r = await withServices(opts, (s) => verifyAudit(s.store.db, anchors));
        const { chain, anchorProblems, states, described } = r;
        const lines: string[] = [];
        if (!chain.ok)
          lines.push(`审计日志在第 ${chain.brokenId} 条被改动（共 ${chain.checked} 条）/ audit log broken at entry ${chain.brokenId} (of ${chain.checked})`);
        lines.push(...anchorProblems);
        for (const p of described) {
          lines.push(
            `${p.name}：${KIND[p.kind]}${p.entryId ? `；最后记录见第 ${p.entryId} 条` : ''} / ${p.entity} ${p.id}: ${p.kind}${p.entryId ? ` (last recorded at entry ${p.entryId})` : ''}`,
          );
        }
        if (states.problems.length > described.length) lines.push(`……另有 ${states.problems.length - described.length} 条记录不一致`);
        if (states.problems.some((p) => p.kind === 'unrecorded') && states.problems.every((p) => p.kind === 'unrecorded') && chain.ok) {
          lines.push('若刚从旧版本升级（记录尚无审计状态），请确认数据无误后运行一次 jixiao audit seal');
        }
        if (lines.length) throw new CliError(lines.join('\n'), 1);
        const checkpoint = chain.head ? `${chain.head.id}:${chain.head.hash}` : null;
        io.out(
          `审计日志完整：${chain.checked} 条；${states.checked} 条记录与日志一致 / audit log intact: ${chain.checked} entries, ${states.checked} records match\n`,
        );
        if (checkpoint) {
          io.out(
            `检查点 / checkpoint: ${checkpoint}\n（请保存在数据库之外，下次用 --since 核对 / keep it outside the database and pass it to --since next time）\n`,
          );
          if (opts.headFile) writeFileSync(opts.headFile, checkpoint + '\n', { mode: 0o600 });
        }
      }),
  );
  audit.addCommand(
    withDataOption(new Command('seal'))
      .description('记录所有受审计记录的当前状态（升级后运行一次）/ record the current state of every audited record')
      .action(async (opts: { data?: string }) => {
        await withServices(opts, (s) => sealAudit(s.store.db));
        io.out('已记录所有受审计记录的当前状态 / sealed the current state of every audited record\n');
      }),
  );
  program.addCommand(audit);
};
