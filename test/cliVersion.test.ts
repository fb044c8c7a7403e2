// `jixiao --version` as the installed command runs it (bin/jixiao.js in a child process): the version of
// package.json as it is now, with or without a build.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const jixiao = (...args: string[]) => spawnSync(process.execPath, ['bin/jixiao.js', ...args], { encoding: 'utf8', env: process.env });
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('jixiao --version', () => {
  it('prints the package version with --version and -V, exit 0', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ['--version', '-V']) {
      const p = jixiao(flag);
      expect(p.status, p.stderr).toBe(0);
      expect(p.stdout).toBe(`${version}\n`);
      expect(p.stderr).toBe('');
    }
  }, 60_000);

  it('is listed by jixiao help and --help, beside the commands', () => {
    for (const args of [['help'], ['--help']]) {
      const p = jixiao(...args);
      expect(p.status, p.stderr).toBe(0);
      expect(p.stdout).toMatch(/-V, --version +\S/);
      expect(p.stdout).toContain('check [options] <files...>');
    }
  }, 60_000);

  it('stays a program option: after a command it is refused as before (exit 2)', () => {
    const p = jixiao('check', '--version');
    expect(p.status).toBe(2);
    expect(p.stderr).toContain("unknown option '--version'");
  }, 60_000);
});
