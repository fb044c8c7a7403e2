// Shared plumbing for CLI commands: a failure type with an exit code, and option helpers.
import type { Command } from 'commander';

/** Thrown by a command to end with a one-line message and an exit code (no stack trace). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
  }
}

export interface CliIo {
  out: (text: string) => void; // stdout, caller adds newlines
  err: (text: string) => void; // stderr
}

export const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** A command module registers itself on the root program. */
export type RegisterCommand = (program: Command, io: CliIo) => void;

/** Adds the --data option every database-touching command takes. */
export function withDataOption(cmd: Command): Command {
  return cmd.option('--data <dir>', 'PGlite data folder (default $JIXIAO_DATA or ./data; ignored when DATABASE_URL is set)');
}

export function dataDirFrom(opts: { data?: string }): string {
  return opts.data ?? process.env.JIXIAO_DATA ?? './data';
}

export function parseYear(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1949 || n > 2200) throw new CliError(`年度无效 / invalid year: ${value}`, 2);
  return n;
}

/** A unit by any name users write; none or several (listed with codes) → exit 1. */
export async function findUnitOrExit(db: import('../services/system.js').DbOrTx, q: string): Promise<import('../domain/types.js').Unit> {
  const { unitsNamed } = await import('../services/system.js');
  const found = await unitsNamed(db, q);
  if (found.length === 0) throw new CliError(`未找到单位 / unknown unit: ${q}`, 1);
  if (found.length > 1) {
    throw new CliError(
      `“${q}”对应多个单位，请写全称或代码 / ambiguous unit name:\n${found.map((u) => `  ${u.code}  ${u.name}${u.shortName ? `（${u.shortName}）` : ''}`).join('\n')}`,
      1,
    );
  }
  return found[0]!;
}
