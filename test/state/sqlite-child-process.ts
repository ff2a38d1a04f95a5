/**
 * Child processes running test/state/sqlite-child.ts. Each test file kills those still running with
 * `afterEach(killChildren)`: a hook registered here would only run for the first file importing this
 * module (files share modules in a worker).
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const children: ChildProcessWithoutNullStreams[] = [];

export function killChildren(): void {
  for (const child of children.splice(0)) child.kill('SIGKILL');
}

/** A child process running test/state/sqlite-child.ts, with its stdout lines collected as they come. */
export function startChild(mode: 'links' | 'race', path: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test/state/sqlite-child.ts'), mode, path],
    {
      cwd: ROOT,
      env: { ...process.env, STREAMBOT_LOG_LEVEL: 'silent' },
    },
  );
  children.push(child);
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => {
    const text = partial + data.toString();
    const complete = text.split('\n');
    partial = complete.pop()!;
    lines.push(...complete);
  });
  child.stderr.on('data', (data: Buffer) => {
    stderr += data.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  const failed = () => (child.exitCode ? new Error(`child exited ${child.exitCode}: ${stderr}`) : undefined);
  return { child, lines, exited, failed };
}
