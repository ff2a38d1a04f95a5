/** compromise's English lexicon: the words the parser leaves as typed even when they are one edit from a cue. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const NODE_MODULES = 'node_modules';

/**
 * compromise's English lexicon (about 25 k words). Unpacking it means loading compromise, 0.4 s of every
 * process that reads a sentence; so the first process keeps the words in `node_modules/.cache`, keyed by
 * the installed build, and later ones read them in milliseconds. A cache that cannot be written (a
 * read-only install) only costs the 0.4 s again.
 */
export function englishLexicon(): string[] {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('compromise');
  const { size, mtimeMs } = statSync(entry);
  const key = createHash('sha256').update(`${entry}:${size}:${mtimeMs}`).digest('hex').slice(0, 16);
  const cache = join(
    entry.slice(0, entry.lastIndexOf(NODE_MODULES) + NODE_MODULES.length),
    '.cache',
    'streambot',
    `english-lexicon-${key}.json`,
  );
  try {
    return JSON.parse(readFileSync(cache, 'utf8')) as string[];
  } catch {
    // Not cached yet: unpacked below.
  }
  const compromise: typeof import('compromise').default = require('compromise');
  const words = Object.keys(
    (compromise.world() as { model: { one: { lexicon: object } } }).model.one.lexicon,
  );
  try {
    mkdirSync(dirname(cache), { recursive: true });
    const temporary = `${cache}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(words));
    renameSync(temporary, cache);
  } catch {
    // Read-only: the next process unpacks the lexicon again.
  }
  return words;
}
