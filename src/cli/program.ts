// The `jixiao` program over a set of command modules: main.ts gives them all, checkMain.ts `check` alone.
import { Command, CommanderError } from 'commander';
import { CliError, processIo, type RegisterCommand } from './context.js';

/** One line per command: name → module exporting `register` (loaded on demand). */
export type CommandModules = Record<string, () => Promise<{ register: RegisterCommand }>>;

export async function runCommands(commands: CommandModules, argv: string[], io = processIo): Promise<number> {
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
