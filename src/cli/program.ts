// The `jixiao` program over a set of command modules: main.ts gives them all, checkMain.ts `check` alone.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { CliError, processIo, type RegisterCommand } from './context.js';

/** One line per command: name → module exporting `register` (loaded on demand). */
export type CommandModules = Record<string, () => Promise<{ register: RegisterCommand }>>;

const VERSION_FLAGS = ['-V', '--version'];

/**
 * The version of the package.json above this module, read when asked: the same file whether this runs from
 * src/cli (tsx), dist/src/cli or the bundle in dist/cli-bundle.
 */
export function packageVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'jixiao' && typeof pkg.version === 'string') return pkg.version;
    }
    if (dirname(dir) === dir) throw new Error('package.json of jixiao not found');
  }
}

export async function runCommands(commands: CommandModules, argv: string[], io = processIo): Promise<number> {
  const program = new Command('jixiao')
    .description('绩效自评 jixiao — performance self-evaluation for public bodies')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  try {
    const command = argv[0] && commands[argv[0]];
    // a program option (jixiao --version, listed by jixiao help); read only then: a check does not pay for it
    if (!command) program.version(packageVersion(), '-V, --version', '显示版本 / print the version');
    // the version alone needs no command module
    const wanted = command ? [command] : VERSION_FLAGS.includes(argv[0]!) ? [] : Object.values(commands);
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
