import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { buildApp } from '../../server/app.js';
import { isWorker, onDrain, runPrimary, workerId } from '../../server/cluster.js';
import { scheduleDeadlineReminders } from '../../services/reminders.js';
import { CliError, withDataOption, type RegisterCommand } from '../context.js';
import { openForCli } from './db.js';

function webDir(explicit?: string): string | null {
  if (explicit) return existsSync(join(explicit, 'index.html')) ? explicit : null;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    dir = dirname(dir);
  }
  return null;
}

export const register: RegisterCommand = (program, io) => {
  const cmd = withDataOption(new Command('serve'))
    .description('启动 HTTP 服务 / start the HTTP server')
    .option('--port <port>', '端口 / port', (v) => Number(v), 3000)
    .option('--host <host>', '监听地址 / host', '127.0.0.1')
    .option('--demo', '数据库为空时载入演示数据 / load the demo set when the database is empty')
    .option('--secure-cookies', '仅通过 HTTPS 发送 Cookie（部署在 TLS 之后时）/ Secure cookies behind TLS')
    .option('--web <dir>', '网页构建目录（默认 web/dist，或 $JIXIAO_WEB_DIR）/ built web bundle to serve')
    .option('--trust-proxy <addresses>', '信任反向代理的 X-Forwarded-For（如 127.0.0.1）/ trust X-Forwarded-For from these proxy addresses')
    .option('--workers <n>', '进程数（PostgreSQL 默认每核一个，PGlite 只能 1）/ app processes (default: one per core on PostgreSQL, 1 on PGlite)', (v) =>
      Number(v),
    )
    .action(
      async (opts: {
        port: number;
        host: string;
        demo?: boolean;
        secureCookies?: boolean;
        trustProxy?: string;
        web?: string;
        data?: string;
        workers?: number;
      }) => {
        if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new CliError(`端口无效 / invalid port`, 2);
        const onPostgres = Boolean(process.env.DATABASE_URL);
        const workers = opts.workers ?? (onPostgres ? availableParallelism() : 1);
        if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new CliError('进程数无效（1–256）/ invalid --workers (1-256)', 2);
        if (workers > 1 && !onPostgres)
          throw new CliError(
            'PGlite 是单进程内嵌数据库，多进程请使用 PostgreSQL（DATABASE_URL）/ several workers need PostgreSQL (DATABASE_URL); PGlite serves one process',
            2,
          );
        if (workers > 1 && !isWorker()) {
          // The primary migrates (and loads the demo) once, then only hands connections to workers.
          const services = await openForCli(opts, { demo: opts.demo });
          await services.close();
          return runPrimary({ workers, log: (l) => io.out(l) });
        }
        const services = await openForCli(opts, { demo: opts.demo && !isWorker() });
        // A user's first save on a cold connection would pay its planning (≈ 30 ms); not fatal.
        await services.warm().catch((e: Error) => io.err(`预热数据库连接失败 / warming database connections failed: ${e.message}\n`));
        const web = webDir(opts.web ?? process.env.JIXIAO_WEB_DIR);
        const app = await buildApp({
          store: services.store,
          demo: opts.demo,
          webDir: web,
          secureCookies: opts.secureCookies,
          trustProxy: opts.trustProxy,
          sessionCacheSeconds: Number(process.env.JIXIAO_SESSION_CACHE_S ?? 60),
          workerId: workerId(),
        });
        // Reminders before deadlines: every process runs them; a lock and the sent marks keep them single.
        const stopReminders = scheduleDeadlineReminders(services.store.db, (e) =>
          io.err(`截止提醒失败 / deadline reminders failed: ${(e as Error).message}\n`),
        );
        const shutdown = async () => {
          stopReminders();
          await app.close(); // stops accepting, finishes the requests in flight
          await services.close();
        };
        if (isWorker()) onDrain(shutdown);
        else {
          const stop = () => void shutdown().finally(() => process.exit(0));
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        }
        try {
          const address = await app.listen({ port: opts.port, host: opts.host });
          if (!isWorker()) io.out(`jixiao 已启动 / listening on ${address} (${services.store.kind}${opts.demo ? ', demo' : ''})\n`);
          if (!web && !isWorker()) io.out('提示：未找到网页构建（npm run build:web）/ web bundle not built; API only\n');
        } catch (e) {
          await services.close();
          throw new CliError(`无法监听 ${opts.host}:${opts.port}: ${(e as Error).message}`, 1);
        }
        await new Promise(() => undefined); // run until a signal
      },
    );
  program.addCommand(cmd);
};
