/**
 * The catalog's names as a gazetteer: every title (and, for browsing, every cast and director name)
 * folded into words, so a question's title mentions are found as catalog spans rather than guessed
 * from their position. Built once per store (~25 k titles: tens of milliseconds) and looked up with a
 * longest-match walk over the question's folded words.
 */

import { preparedQuery } from '../../catalog/prepared.ts';
import { foldSearchText } from '../../catalog/search-text.ts';
import type { Platform, TitleId } from '../../domain.ts';
import type { Store } from '../../store/open.ts';

/** One catalog title a folded name stands for. */
export interface TitleEntry {
  id: TitleId;
  platform: Platform;
}

/** A title mention found in a question: its characters in the text and the titles it names. */
export interface TitleMention {
  /** Offsets in the text searched (start inclusive, end exclusive). */
  start: number;
  end: number;
  /** The folded name, words separated by one space. */
  folded: string;
  /** The titles so named, most-rated first (the catalog's search order). */
  titles: TitleEntry[];
}

/** A word of the question, folded as titles are, with where it sits in the text. */
interface FoldedWord {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‘`´][\p{L}\p{M}\p{N}]+)*/gu;

/** The most mentions one question yields (the longest ones), so the parser's work stays bounded. */
const MAX_MENTIONS = 6;

export class Gazetteer {
  /** Folded name → titles; `prefixes` holds every proper word prefix of a name, for the walk. */
  readonly #names = new Map<string, TitleEntry[]>();
  readonly #prefixes = new Set<string>();

  add(folded: string, entry: TitleEntry): void {
    if (folded === '') return;
    const list = this.#names.get(folded);
    if (list) list.push(entry);
    else this.#names.set(folded, [entry]);
    let cut = folded.indexOf(' ');
    while (cut > 0) {
      this.#prefixes.add(folded.slice(0, cut));
      cut = folded.indexOf(' ', cut + 1);
    }
  }

  get size(): number {
    return this.#names.size;
  }

  /** The titles with exactly this folded name (most-rated first), if any. */
  titles(folded: string): TitleEntry[] | undefined {
    return this.#names.get(folded);
  }

  /**
   * Title names found in `text`: at each word, the longest catalog name starting there. Mentions
   * inside a longer one are dropped; the longest are kept first.
   */
  find(text: string): TitleMention[] {
    const words = foldedWords(text);
    const found: TitleMention[] = [];
    let coveredTo = -1;
    for (let i = 0; i < words.length; i++) {
      let key = '';
      let best: { to: number; key: string } | undefined;
      for (let j = i; j < words.length; j++) {
        key = j === i ? words[j]!.word : `${key} ${words[j]!.word}`;
        if (this.#names.has(key)) best = { to: j, key };
        if (!this.#prefixes.has(key)) break;
      }
      if (!best || best.to <= coveredTo) continue;
      coveredTo = best.to;
      found.push({
        start: words[i]!.start,
        end: words[best.to]!.end,
        folded: best.key,
        titles: this.#names.get(best.key)!,
      });
    }
    return found.sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, MAX_MENTIONS);
  }
}

/** The words of a text as title search folds them ("Law & Order:" → law, order; "don't" → dont). */
function foldedWords(text: string): FoldedWord[] {
  const words: FoldedWord[] = [];
  for (const match of text.matchAll(WORD)) {
    for (const word of foldSearchText(match[0]).split(' ')) {
      if (word !== '') words.push({ word, start: match.index, end: match.index + match[0].length });
    }
  }
  return words;
}

const built = new WeakMap<Store, Gazetteer>();

/** The store's gazetteer, built on first use and kept as long as the store is open. */
export function gazetteerOf(store: Store): Gazetteer {
  let gazetteer = built.get(store);
  if (!gazetteer) {
    gazetteer = buildGazetteer(store);
    built.set(store, gazetteer);
  }
  return gazetteer;
}

const everyTitle = preparedQuery<Record<string, never>, { folded: string; id: TitleId; platform: Platform }>(
  (db) =>
    db
      .selectFrom('catalog_title_search as s')
      .select(['s.folded_title as folded', 's.title_id as id', 's.platform'])
      .orderBy('s.search_rank'),
);

function buildGazetteer(store: Store): Gazetteer {
  const gazetteer = new Gazetteer();
  for (const { folded, id, platform } of everyTitle.all(store, {})) gazetteer.add(folded, { id, platform });
  return gazetteer;
}
