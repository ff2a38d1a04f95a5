/**
 * Building a file atomically: the content is written to a temporary file beside the target, checked,
 * synced to disk, then renamed over the target (rename within one directory is atomic), so readers see
 * either the whole old file or the whole new one. A failed build removes its temporary file; one left by
 * a killed build is removed by the next build into the same directory.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicBuildOptions {
  /** Runs on the finished temporary file before it replaces the target; throw to reject it. */
  verify?: (tmpPath: string) => void | Promise<void>;
}

const TEMP_MARKER = '.tmp-';
/** SQLite's companion files of a database file. */
const SIDECAR_SUFFIXES = ['', '-journal', '-wal', '-shm'];

/** `streambot.db.tmp-<pid>-<random>`: the pid tells whether the build that made it is still running. */
export function tempPathFor(targetPath: string): string {
  return `${targetPath}${TEMP_MARKER}${process.pid}-${randomBytes(4).toString('hex')}`;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeWithSidecars(path: string): void {
  for (const suffix of SIDECAR_SUFFIXES) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Removes temporary files beside `targetPath` left by builds that are no longer running
 * (a live build's file is left alone). Returns the names removed.
 */
export function removeStaleTempFiles(targetPath: string): string[] {
  const directory = dirname(targetPath);
  const prefix = `${basename(targetPath)}${TEMP_MARKER}`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) continue;
    rmSync(join(directory, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function fsyncPath(path: string, flags: 'r' | 'r+' = 'r'): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs `build(tmpPath)`, verifies and syncs the result, and renames it over `targetPath`.
 * On any failure the temporary file is removed, the target is untouched, and the error is rethrown.
 */
export async function buildAtomically<T>(
  targetPath: string,
  build: (tmpPath: string) => T | Promise<T>,
  options: AtomicBuildOptions = {},
): Promise<T> {
  mkdirSync(dirname(targetPath), { recursive: true });
  removeStaleTempFiles(targetPath);
  const tmpPath = tempPathFor(targetPath);
  try {
    const result = await build(tmpPath);
    await options.verify?.(tmpPath);
    fsyncPath(tmpPath, 'r+');
    renameSync(tmpPath, targetPath);
    try {
      fsyncPath(dirname(targetPath));
    } catch {
      // Some file systems cannot fsync a directory; the rename itself is still atomic.
    }
    return result;
  } catch (error) {
    removeWithSidecars(tmpPath);
    throw error;
  }
}
