import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { buildApp } from '../../server/app.js';
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
    .action(async (opts: { port: number; host: string; demo?: boolean; secureCookies?: boolean; trustProxy?: string; web?: string; data?: string }) => {
      if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new CliError(`端口无效 / invalid port`, 2);
      const services = await openForCli(opts, { demo: opts.demo });
      const web = webDir(opts.web ?? process.env.JIXIAO_WEB_DIR);
      const app = await buildApp({ store: services.store, demo: opts.demo, webDir: web, secureCookies: opts.secureCookies, trustProxy: opts.trustProxy });
      const shutdown = async () => {
        await app.close();
        await services.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      try {
        const address = await app.listen({ port: opts.port, host: opts.host });
        io.out(`jixiao 已启动 / listening on ${address} (${services.store.kind}${opts.demo ? ', demo' : ''})\n`);
        if (!web) io.out('提示：未找到网页构建（npm run build:web）/ web bundle not built; API only\n');
      } catch (e) {
        await services.close();
        throw new CliError(`无法监听 ${opts.host}:${opts.port}: ${(e as Error).message}`, 1);
      }
      await new Promise(() => undefined); // run until a signal
    });
  program.addCommand(cmd);
};
