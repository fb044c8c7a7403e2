#!/usr/bin/env node
// The `jixiao` command: thin wiring of command modules (each in ./commands).
import { Command, CommanderError } from 'commander';
import { register as check } from './commands/check.js';
import { register as demo } from './commands/demo.js';
import { register as exportCmd } from './commands/export.js';
import { register as report } from './commands/report.js';
import { register as serve } from './commands/serve.js';
import { register as score } from './commands/score.js';
import { CliError, processIo, type RegisterCommand } from './context.js';

const commands: RegisterCommand[] = [
  check,
  serve,
  demo,
  exportCmd,
  report,
  score,
];

export async function run(argv: string[], io = processIo): Promise<number> {
  const program = new Command('jixiao')
    .description('绩效自评 jixiao — performance self-evaluation for public bodies')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  for (const register of commands) register(program, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`jixiao: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    io.err(`jixiao: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/bin/jixiao.js')) {
  run(process.argv.slice(2)).then((code) => process.exit(code));
}
