#!/usr/bin/env node
// The `jixiao` command: thin wiring of command modules (each in ./commands).
import { Command, CommanderError } from 'commander';
import { CliError, processIo, type RegisterCommand } from './context.js';

// Loaded on demand: `jixiao check` must not pay for the server and database modules.
// One line per command: name → module exporting `register`.
const commands: Record<string, () => Promise<{ register: RegisterCommand }>> = {
  serve: () => import('./commands/serve.js'),
  demo: () => import('./commands/demo.js'),
  export: () => import('./commands/export.js'),
  report: () => import('./commands/report.js'),
  check: () => import('./commands/check.js'),
  score: () => import('./commands/score.js'),
  monitor: () => import('./commands/monitor.js'),
  import: () => import('./commands/import.js'),
  audit: () => import('./commands/audit.js'),
  backup: () => import('./commands/backup.js'),
  restore: () => import('./commands/backup.js'),
  user: () => import('./commands/user.js'),
  remind: () => import('./commands/remind.js'),
};

export async function run(argv: string[], io = processIo): Promise<number> {
  const program = new Command('jixiao')
    .description('绩效自评 jixiao — performance self-evaluation for public bodies')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  try {
    const wanted = argv[0] && commands[argv[0]] ? [commands[argv[0]]!] : Object.values(commands);
    for (const load of wanted) (await load()).register(program, io);
    // Subcommands built with `new Command()` do not inherit these: without them a usage error
    // deep in `jixiao user add` would exit the process with 1 instead of returning 2.
    const inherit = (cmd: Command) => {
      for (const sub of cmd.commands) {
        sub.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
        inherit(sub);
      }
    };
    inherit(program);
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

if (import.meta.url === `file://${process.argv[1]}`) {
  run(process.argv.slice(2)).then((code) => process.exit(code));
}
