// Opening the database from CLI options, with a clean message instead of a stack trace.
import { openServices, type Services } from '../../services/index.js';
import { CliError, dataDirFrom } from '../context.js';

export async function openForCli(opts: { data?: string }, extra: { demo?: boolean } = {}): Promise<Services> {
  try {
    return await openServices({ dataDir: dataDirFrom(opts), ...extra });
  } catch (e) {
    throw new CliError((e as Error).message, 1);
  }
}

/** Runs `fn` with services and always closes them (PGlite keeps the process alive otherwise). */
export async function withServices<T>(opts: { data?: string }, fn: (s: Services) => Promise<T>, extra: { demo?: boolean } = {}): Promise<T> {
  const s = await openForCli(opts, extra);
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}
