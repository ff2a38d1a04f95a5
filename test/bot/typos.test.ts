/**
 * Typo robustness: every tuning question with one seeded, realistic typo (two letters swapped, one
 * dropped, one doubled, or one replaced by a neighbouring key) in one word that carries no value
 * (not a number, platform, user id or part of the title) must still give the same request.
 * Target ≥ 95 %.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { damerauLevenshtein, wordsOfPatterns } from '../../src/bot/nl/typos.ts';
import { PLATFORM_ALIASES } from '../../src/catalog/platforms.ts';
import { seededRandom } from '../../src/random.ts';
import { HELD_OUT_B } from './phrasings/held-out-b.ts';
import { runCase } from './phrasings/score.ts';
import { TUNING } from './phrasings/tuning.ts';
import type { PhrasingCase } from './phrasings/types.ts';

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, string>();
KEYBOARD_ROWS.forEach((row, r) => {
  for (let c = 0; c < row.length; c++) {
    const around = [row[c - 1], row[c + 1], KEYBOARD_ROWS[r - 1]?.[c], KEYBOARD_ROWS[r + 1]?.[c]];
    NEIGHBOURS.set(row[c]!, around.filter((k): k is string => k !== undefined).join(''));
  }
});
const PLATFORM_WORDS = new Set(PLATFORM_ALIASES.flatMap((a) => a.alias.split(/\W+/)));
const NUMBER_WORDS = new Set(
  `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand half point
  cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis
  diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien mil
  media medio coma`.split(/\s+/),
);

/** One realistic typo in `word`, chosen by `random`. */
function misspell(word: string, random: () => number): string {
  const at = Math.floor(random() * word.length);
  const kind = Math.floor(random() * 4);
  if (kind === 0 && at < word.length - 1 && word[at] !== word[at + 1])
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 2) return word.slice(0, at) + word[at] + word.slice(at);
  const near = NEIGHBOURS.get(word[at]!) ?? '';
  if (near === '') return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + near[Math.floor(random() * near.length)] + word.slice(at + 1);
}

/** The question with one typo in one word that carries no value, or undefined when it has none. */
function withTypo(c: PhrasingCase, random: () => number): PhrasingCase | undefined {
  const title = c.expect.args.title ?? '';
  const words = [...c.q.matchAll(/[a-záéíóúñü]{4,}/gi)].filter((m) => {
    const word = m[0].toLowerCase();
    return (
      !PLATFORM_WORDS.has(word) &&
      !NUMBER_WORDS.has(word) &&
      !title.includes(word) &&
      !/^[adhn]s\d/.test(word)
    );
  });
  if (words.length === 0) return undefined;
  const chosen = words[Math.floor(random() * words.length)]!;
  const typo = misspell(chosen[0], random);
  return { ...c, q: c.q.slice(0, chosen.index) + typo + c.q.slice(chosen.index + chosen[0].length) };
}

const random = seededRandom(20261128);
const cases = [...TUNING, ...HELD_OUT_B]
  .filter((c) => c.expect.name !== 'unknown')
  .map((c) => withTypo(c, random))
  .filter((c): c is PhrasingCase => c !== undefined);
const results = cases.map(runCase);
const rate = results.filter((r) => r.ok).length / results.length;

afterAll(() => {
  console.log(
    `typo robustness: ${results.filter((r) => r.ok).length}/${results.length} (${(rate * 100).toFixed(1)} %) still understood`,
  );
});

describe('typo tolerance', () => {
  it('understands ≥ 95 % of the tuning questions with one typo in a non-value word', () => {
    const misses = results.filter((r) => !r.ok).map((r) => `${r.case.q} → ${JSON.stringify(r.got)}`);
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('measures Damerau–Levenshtein distance with adjacent swaps as one edit', () => {
    expect(damerauLevenshtein('lognest', 'longest', 2)).toBe(1);
    expect(damerauLevenshtein('actr', 'actor', 2)).toBe(1);
    expect(damerauLevenshtein('usuraio', 'usuario', 2)).toBe(1);
    expect(damerauLevenshtein('abc', 'xyz', 1)).toBe(2);
  });

  it('reads the words of lexicon patterns with their classes expanded', () => {
    expect([...wordsOfPatterns(['mas\\s+larg[oa]s?|cuant[oa]s'])].sort()).toEqual(
      ['cuantas', 'cuantos', 'larga', 'largas', 'largo', 'largos', 'mas'].sort(),
    );
  });
});
