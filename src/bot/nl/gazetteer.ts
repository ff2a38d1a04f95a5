/**
 * The catalog's names as a gazetteer: every title and every cast and director name, folded into
 * words, so a question's mentions are found as catalog spans rather than guessed from their position.
 * Built once per store (~22 k title names and ~65 k people) and looked up with a longest-match walk
 * over the question's folded words: a trie kept as the set of every name's word prefixes.
 */

import { editDistance } from '../../catalog/platforms.ts';
import { preparedQuery } from '../../catalog/prepared.ts';
import type { Platform, TitleId } from '../../domain.ts';
import { foldSearchText } from '../../search-text.ts';
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

/** A name found in a question: its characters in the text and what it names. */
export interface NameMention<T> {
  /** Offsets in the text searched (start inclusive, end exclusive). */
  start: number;
  end: number;
  /** The folded name, words separated by one space. */
  folded: string;
  /** What the name stands for, in the order added. */
  entries: T[];
}

/** Folded names in a word-prefix index, found in a text by longest match. */
class NameIndex<T> {
  /** Folded name → entries; `prefixes` holds every proper word prefix of a name, for the walk. */
  readonly #names = new Map<string, T[]>();
  readonly #prefixes = new Set<string>();

  add(folded: string, entry: T): void {
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

  get(folded: string): T[] | undefined {
    return this.#names.get(folded);
  }

  /** At each word, the longest name starting there; names inside a longer one are dropped, the longest kept first. */
  find(text: string): NameMention<T>[] {
    const words = foldedWords(text);
    const found: NameMention<T>[] = [];
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
        entries: this.#names.get(best.key)!,
      });
    }
    return found.sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, MAX_MENTIONS);
  }
}

/** A person the catalog lists: as written in the catalog (lower-case), and in how many titles as cast or director. */
export interface PersonEntry {
  name: string;
  castTitles: number;
  directedTitles: number;
}

export class Gazetteer {
  readonly #titles = new NameIndex<TitleEntry>();
  readonly #people = new NameIndex<PersonEntry>();
  readonly #byName = new Map<string, PersonEntry>();
  /** Reads the people on first use: most questions name no one, and titles alone build 8× faster. */
  #loadPeople: ((gazetteer: Gazetteer) => void) | undefined;

  constructor(loadPeople?: (gazetteer: Gazetteer) => void) {
    this.#loadPeople = loadPeople;
  }

  #peopleIndex(): NameIndex<PersonEntry> {
    const load = this.#loadPeople;
    this.#loadPeople = undefined;
    load?.(this);
    return this.#people;
  }

  addTitle(folded: string, entry: TitleEntry): void {
    this.#titles.add(folded, entry);
  }

  /** Counts one more title for a cast member or director (folded once per person). */
  addPerson(name: string, role: 'cast' | 'director'): void {
    let person = this.#byName.get(name);
    if (!person) {
      person = { name, castTitles: 0, directedTitles: 0 };
      this.#byName.set(name, person);
      this.#people.add(foldSearchText(name), person);
    }
    if (role === 'cast') person.castTitles++;
    else person.directedTitles++;
  }

  get size(): { titles: number; people: number } {
    return { titles: this.#titles.size, people: this.#peopleIndex().size };
  }

  /** The titles with exactly this folded name (most-rated first), if any. */
  titles(folded: string): TitleEntry[] | undefined {
    return this.#titles.get(folded);
  }

  /** Title names found in `text`, longest first. */
  find(text: string): TitleMention[] {
    return this.#titles.find(text).map(({ entries, ...mention }) => ({ ...mention, titles: entries }));
  }

  /** The people with exactly this folded name, if any. */
  people(folded: string): PersonEntry[] | undefined {
    return this.#peopleIndex().get(folded);
  }

  /**
   * People whose name is close to `words` (two or three folded words): the same first or last word
   * and the rest within a typo or a space ("keanu reevs", "brad pit", "leonardo di caprio").
   */
  similarPeople(words: string[]): PersonEntry | undefined {
    const index = this.#peopleIndex();
    if (!this.#byWord) {
      this.#byWord = new Map();
      for (const person of this.#byName.values()) {
        const parts = foldSearchText(person.name).split(' ');
        if (parts.length < 2) continue;
        for (const key of [`<${parts[0]}`, `>${parts.at(-1)}`]) {
          const list = this.#byWord.get(key);
          if (list) list.push(person);
          else this.#byWord.set(key, [person]);
        }
      }
    }
    const typed = words.join('');
    const allowed = typed.length >= 10 ? 2 : 1;
    let best: { person: PersonEntry; distance: number } | undefined;
    for (const key of [`<${words[0]}`, `>${words.at(-1)}`]) {
      for (const person of this.#byWord.get(key) ?? []) {
        const distance = editDistance(foldSearchText(person.name).replaceAll(' ', ''), typed);
        const credits = person.castTitles + person.directedTitles;
        if (
          distance <= allowed &&
          (!best ||
            distance < best.distance ||
            (distance === best.distance && credits > best.person.castTitles + best.person.directedTitles))
        )
          best = { person, distance };
      }
    }
    return index.size > 0 ? best?.person : undefined;
  }

  #byWord: Map<string, PersonEntry[]> | undefined;

  /** People's names found in `text`, longest first. */
  findPeople(text: string): NameMention<PersonEntry>[] {
    return this.#peopleIndex().find(text);
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

const everyCastCredit = preparedQuery((db) => db.selectFrom('title_cast as c').select('c.actor'));
const everyDirectorList = preparedQuery((db) =>
  db.selectFrom('titles as t').select('t.director').where('t.director', 'is not', null),
);

const everyTitle = preparedQuery((db) =>
  db
    .selectFrom('catalog_title_search as s')
    .select(['s.folded_title as folded', 's.title_id as id', 's.platform'])
    .orderBy('s.search_rank'),
);

function buildGazetteer(store: Store): Gazetteer {
  const gazetteer = new Gazetteer((g) => addPeople(g, store));
  for (const { folded, id, platform } of everyTitle.all(store, {}))
    gazetteer.addTitle(folded, { id, platform });
  return gazetteer;
}

function addPeople(gazetteer: Gazetteer, store: Store): void {
  for (const { actor } of everyCastCredit.all(store, {})) gazetteer.addPerson(actor, 'cast');
  for (const { director } of everyDirectorList.all(store, {})) {
    for (const name of director!.split(','))
      if (name.trim() !== '') gazetteer.addPerson(name.trim(), 'director');
  }
}
