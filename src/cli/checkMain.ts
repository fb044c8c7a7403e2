// `jixiao check` alone, the entry of its cached bundle (scripts/bundle-check.mjs, bin/jixiao.js): the
// same program as main.ts's `run` when `check` comes first, which registers that command alone.
import { processIo } from './context.js';
import { runCommands } from './program.js';

export function run(argv: string[], io = processIo): Promise<number> {
  return runCommands({ check: () => import('./commands/check.js') }, argv, io);
}
