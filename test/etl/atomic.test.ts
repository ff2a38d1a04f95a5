import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAtomically, removeStaleTempFiles, tempPathFor } from '../../src/store/atomic.ts';

let dir: string;
let target: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'streambot-atomic-'));
  target = join(dir, 'store.db');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A pid that certainly belongs to no running process: one that just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('buildAtomically', () => {
  it('writes beside the target, then renames over it', async () => {
    writeFileSync(target, 'old');
    let seenTemp = '';
    const result = await buildAtomically(target, (tmpPath) => {
      seenTemp = tmpPath;
      expect(tmpPath.startsWith(`${target}.tmp-${process.pid}-`)).toBe(true);
      writeFileSync(tmpPath, 'new');
      expect(readFileSync(target, 'utf8')).toBe('old');
      return 42;
    });
    expect(result).toBe(42);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(existsSync(seenTemp)).toBe(false);
    expect(readdirSync(dir)).toEqual(['store.db']);
  });

  it('leaves the target untouched and removes the temp file when the build fails', async () => {
    writeFileSync(target, 'old');
    await expect(
      buildAtomically(target, async (tmpPath) => {
        writeFileSync(tmpPath, 'half');
        writeFileSync(`${tmpPath}-journal`, 'journal');
        throw new Error('disk on fire');
      }),
    ).rejects.toThrowError('disk on fire');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['store.db']);
  });

  it('leaves the target untouched when the check rejects the new file', async () => {
    writeFileSync(target, 'old');
    await expect(
      buildAtomically(target, (tmpPath) => writeFileSync(tmpPath, 'corrupt'), {
        verify(tmpPath) {
          if (readFileSync(tmpPath, 'utf8') === 'corrupt') throw new Error('check failed');
        },
      }),
    ).rejects.toThrowError('check failed');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['store.db']);
  });

  it('creates the target directory when needed', async () => {
    const nested = join(dir, 'a', 'b', 'store.db');
    await buildAtomically(nested, (tmpPath) => writeFileSync(tmpPath, 'x'));
    expect(readFileSync(nested, 'utf8')).toBe('x');
  });

  it('cleans up temp files of dead builds before building', async () => {
    const stale = `${target}.tmp-${deadPid()}-abcd1234`;
    writeFileSync(stale, 'left by a killed build');
    writeFileSync(`${stale}-journal`, 'its journal');
    await buildAtomically(target, (tmpPath) => writeFileSync(tmpPath, 'new'));
    expect(readdirSync(dir)).toEqual(['store.db']);
  });
});

describe('removeStaleTempFiles', () => {
  it('keeps the temp file of a build still running, and other files', () => {
    const live = tempPathFor(target);
    const dead = `${target}.tmp-${deadPid()}-00000000`;
    for (const path of [live, dead, join(dir, 'other.db.tmp-1-x'), join(dir, 'notes.txt')])
      writeFileSync(path, '');
    expect(removeStaleTempFiles(target)).toEqual([dead.slice(dir.length + 1)]);
    expect(readdirSync(dir).sort()).toEqual(
      [live.slice(dir.length + 1), 'notes.txt', 'other.db.tmp-1-x'].sort(),
    );
  });

  it('does nothing when the directory does not exist', () => {
    expect(removeStaleTempFiles(join(dir, 'missing', 'store.db'))).toEqual([]);
  });
});
