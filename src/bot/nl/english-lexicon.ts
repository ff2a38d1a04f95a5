/** compromise's English lexicon: the words the parser leaves as typed even when they are one edit from a cue. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

const NODE_MODULES = `${sep}node_modules${sep}`;

/**
 * compromise's English lexicon (about 25 k words). Unpacking it means loading compromise, 0.4 s of every
 * process that reads a sentence; so the first process keeps the words in `node_modules/.cache`, keyed by
 * the installed file (path, size, modification time), and later ones read them in milliseconds. A cache
 * that cannot be written (a read-only install, no node_modules) only costs the 0.4 s again.
 */
export function englishLexicon(): string[] {
  const require = createRequire(import.meta.url);
  const cache = cachePath(require.resolve('compromise'));
  const cached = cache && readCache(cache);
  if (cached) return cached;
  const compromise: typeof import('compromise').default = require('compromise');
  const words = Object.keys(
    (compromise.world() as { model: { one: { lexicon: object } } }).model.one.lexicon,
  );
  if (cache) writeCache(cache, words);
  return words;
}

function cachePath(entry: string): string | undefined {
  const modules = entry.lastIndexOf(NODE_MODULES);
  if (modules < 0) return undefined;
  const { size, mtimeMs } = statSync(entry);
  const key = createHash('sha256').update(`${entry}:${size}:${mtimeMs}`).digest('hex').slice(0, 16);
  return join(
    entry.slice(0, modules + NODE_MODULES.length),
    '.cache',
    'streambot',
    `english-lexicon-${key}.json`,
  );
}

function readCache(path: string): string[] | undefined {
  try {
    const words: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(words) && words.every((word) => typeof word === 'string') ? words : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(path: string, words: string[]): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, JSON.stringify(words));
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
  }
}
