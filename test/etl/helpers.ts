/** Shared by the ETL tests: scratch directories, fixtures, the CLI and reading a built store. */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { scratchDir } from '../setup/scratch.ts';

export { scratchDir };

export const ROOT = resolve(import.meta.dirname, '../..');
export const DEMO_DIR = join(ROOT, 'data/demo');

/** A writable copy of a raw-data directory, to break in one specific way. */
export function copyRawDir(from: string, label: string): string {
  const to = join(scratchDir(label), 'raw');
  cpSync(from, to, { recursive: true });
  return to;
}

/** Files in `dir` other than the named ones (temporary files left behind, for instance). */
export function strayFiles(dir: string, expected: readonly string[]): string[] {
  return readdirSync(dir).filter((name) => !expected.includes(name));
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `streambot …` as a user would, through bin/streambot.js. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/streambot.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, STREAMBOT_LOG_LEVEL: 'silent', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `read` on a read-only connection to the store at `path`. */
export function withStore<T>(path: string, read: (sqlite: BetterSqlite3.Database) => T): T {
  const sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}
