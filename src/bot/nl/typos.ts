/**
 * Typo tolerance for the words that say what is asked ("lognest", "actr", "simlar", "sereis",
 * "usuraio"): a word the parser does not know is read as the cue word it is one edit from (two for
 * long words), Damerau–Levenshtein. Values and titles are never corrected: only free words, outside
 * any title the catalog names, and only towards the intent vocabulary.
 */

/** Edits allowed between words of this many letters (the longer one): none below 4, one up to 7, two above. */
function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length <= 7 ? 1 : 2;
}

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps), giving up once it
 * exceeds `limit` (the result is then `limit + 1`).
 */
export function damerauLevenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let twoBack = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, twoBack[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[b.length]!;
}

/**
 * The words of regular-expression sources written the lexicon's way (`larg[oa]s?`, `cuant[oa]s`):
 * every literal word with its character classes and optional letters expanded.
 */
export function wordsOfPatterns(sources: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const source of sources) {
    for (const chunk of source
      .replace(/\\[a-zA-Z]/g, ' ')
      .match(/(?:[a-z]|\[[a-z]+\])\??(?:(?:[a-z]|\[[a-z]+\])\??)*/g) ?? []) {
      for (const word of expand(chunk)) words.add(word);
    }
  }
  return words;
}

function expand(chunk: string): string[] {
  let forms = [''];
  for (const m of chunk.matchAll(/(?:([a-z])|\[([a-z]+)\])(\?)?/g)) {
    const letters = m[1] ?? m[2]!;
    const optional = m[3] !== undefined;
    const choices = [...letters, ...(optional ? [''] : [])];
    forms = forms.flatMap((form) => choices.map((c) => form + c));
    if (forms.length > 64) return [];
  }
  return forms;
}

export class TypoCorrector {
  /** Targets by length, so a word is only compared with targets it could be within reach of. */
  readonly #byLength = new Map<number, { word: string; group: number; order: number }[]>();
  readonly #known: Set<string>;
  readonly #cache = new Map<string, string | null>();
  /** The parser's own three-letter words, for swapped letters. */
  readonly #shortKnown: Set<string>;
  readonly #parserWords: Set<string>;

  /**
   * `groups`: the intent vocabulary a typo may be corrected to, in groups by priority (between
   * equally close words, the earlier group wins); `known`: every word left as it is.
   */
  constructor(groups: Iterable<string>[], known: Iterable<string>, parserWords: Iterable<string> = []) {
    this.#known = new Set(known);
    this.#parserWords = new Set(parserWords);
    this.#shortKnown = new Set([...this.#parserWords].filter((w) => w.length === 3));
    let order = 0;
    [...groups].forEach((words, group) => {
      for (const word of words) {
        this.#known.add(word);
        if (word.length < 4 || this.#byLength.get(word.length)?.some((t) => t.word === word)) continue;
        const list = this.#byLength.get(word.length) ?? [];
        list.push({ word, group, order: order++ });
        this.#byLength.set(word.length, list);
      }
    });
  }

  /** The cue word `word` is a typo of, or undefined when it is known, too short or not close to one. */
  correct(word: string): string | undefined {
    if (this.#known.has(word) || !/^[a-z]+$/.test(word)) return undefined;
    const cached = this.#cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.#nearest(word);
    if (this.#cache.size > 10_000) this.#cache.clear();
    this.#cache.set(word, found ?? null);
    return found;
  }

  #swapped(word: string): string | undefined {
    const swaps = [word[1]! + word[0]! + word[2]!, word[0]! + word[2]! + word[1]!].filter((w) =>
      this.#shortKnown.has(w),
    );
    return swaps.find((w) => w[0] === word[0]) ?? swaps[0];
  }

  #nearest(word: string): string | undefined {
    if (word.length < 3) return undefined;
    // Three letters: two swapped towards a three-letter word the parser knows ("hwo" → how, "otu" → out),
    // else one letter short of a cue word ("lik" → like).
    const swapped = word.length === 3 ? this.#swapped(word) : undefined;
    if (swapped) return swapped;
    // Two letters swapped is the commonest slip: "graicas" is "gracias", not a cue word one letter away.
    const swaps = adjacentSwaps(word);
    const target = swaps.find((w) => this.#byLength.get(w.length)?.some((t) => t.word === w));
    if (target) return target;
    if (swaps.some((w) => this.#parserWords.has(w))) return undefined;
    let best: { target: string; distance: number; rank: number[] } | undefined;
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      for (const { word: target, group, order } of this.#byLength.get(length) ?? []) {
        const limit = allowedEdits(Math.max(word.length, target.length));
        const distance = damerauLevenshtein(word, target, limit);
        if (distance > limit) continue;
        const rank = [
          distance,
          droppedLetter(word, target) ? 0 : 1,
          target[0] === word[0] ? 0 : 1,
          group,
          order,
        ];
        if (!best || compareRanks(rank, best.rank) < 0) best = { target, distance, rank };
      }
    }
    return best?.target;
  }
}

function adjacentSwaps(word: string): string[] {
  const swaps: string[] = [];
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1]) swaps.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return swaps;
}

/** `word` is `target` with a letter after the first left out ("actr" → actor), the commonest slip: it wins a tie. */
function droppedLetter(word: string, target: string): boolean {
  if (target.length !== word.length + 1) return false;
  let i = 0;
  while (i < word.length && word[i] === target[i]) i++;
  // Not the first letter: "parecen" is no slip for "aparecen".
  return i > 0 && word.slice(i) === target.slice(i + 1);
}

/**
 * Ties between equally close cue words: a letter left out, then the same first letter, then the earlier
 * group, then the word listed first.
 */
function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
