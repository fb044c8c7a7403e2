#!/usr/bin/env node
// The `jixiao` command: thin wiring of command modules (each in ./commands).
import { processIo } from './context.js';
import { runCommands, type CommandModules } from './program.js';

// Loaded on demand: `jixiao check` must not pay for the server and database modules.
const commands: CommandModules = {
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

export function run(argv: string[], io = processIo): Promise<number> {
  return runCommands(commands, argv, io);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run(process.argv.slice(2)).then((code) => process.exit(code));
}
