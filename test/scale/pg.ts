// PostgreSQL servers for the scale-out tests: started here on loopback (scripts/pg-start.sh,
// scripts/pg-replica.sh), which needs the server binaries and root (or the postgres user).
// Without them the tests skip LOUDLY on a developer machine and FAIL in CI (CI=true).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

function serverBinaries(): boolean {
  try {
    return readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/pg_basebackup`));
  } catch {
    return false;
  }
}
const privileged = () => process.getuid?.() === 0 || process.env.USER === 'postgres';

/** Whether this machine can start PostgreSQL servers; announces (or, in CI, refuses) a skip. */
export function canStartPostgres(what: string): boolean {
  if (serverBinaries() && privileged()) return true;
  const why = serverBinaries()
    ? 'not root (pg-start.sh runs the server as the postgres user)'
    : 'PostgreSQL server binaries not installed (apt-get install postgresql)';
  if (process.env.CI === 'true') throw new Error(`${what} must run in CI, but: ${why}`);
  console.warn(`\n${'!'.repeat(72)}\n!! ${what} SKIPPED: ${why}\n!! CI runs it (CI=true makes this a failure)\n${'!'.repeat(72)}\n`);
  return false;
}

export function startPrimary(port: number): string {
  return execFileSync('bash', [join(ROOT, 'scripts/pg-start.sh'), String(port)], { encoding: 'utf8' }).trim();
}
export function startReplica(primaryPort: number, port: number): string {
  return execFileSync('bash', [join(ROOT, 'scripts/pg-replica.sh'), String(primaryPort), String(port)], { encoding: 'utf8' }).trim();
}
export function stopServer(port: number) {
  execFileSync('bash', [join(ROOT, 'scripts/pg-stop.sh'), String(port)]);
}
