/**
 * similarTitles: content-based neighbours of a title — TF-IDF vectors over its genres, cast,
 * directors and description words, compared by cosine. The index is built from the store once per
 * open store (a fraction of a second) and a query walks only the postings of the title's own terms.
 */
import { PLATFORMS, type Platform, type TitleId, type TitleType } from '../domain.ts';
import type { Store } from '../store/open.ts';
import { limitArgument, platformArgument } from './arguments.ts';
import { resolveTitle } from './resolve-title.ts';
import { type RecommenderResult, success } from './result.ts';
import { TITLE_TYPE_CODES } from './serving.ts';
import { descriptionWords, names } from './text-features.ts';

const DEFAULT_SIMILAR = 10;
const MAX_SIMILAR = 50;

export interface SimilarOptions {
  limit?: number;
  /** Only titles on this platform (a name or alias). */
  platform?: string;
}

export interface SimilarTitle {
  id: TitleId;
  title: string;
  platform: Platform;
  type: TitleType;
  year: number;
  /** Cosine similarity, 0–1. */
  score: number;
  /** What the two titles share: genres, cast members and directors (description words are not listed). */
  shared: { genres: string[]; cast: string[]; directors: string[] };
}

export interface SimilarTitles {
  title: Omit<SimilarTitle, 'score' | 'shared'>;
  platform: Platform | null;
  similar: SimilarTitle[];
}

type Field = 'genre' | 'cast' | 'director' | 'word';
const FIELD_PREFIX: Record<Field, string> = { genre: 'g:', cast: 'c:', director: 'd:', word: 'w:' };

/** The TF-IDF index: per title its weighted terms, per term the titles that carry it (both CSR arrays). */
interface ContentIndex {
  titleIds: TitleId[];
  titleOf: Map<string, number>;
  names: string[];
  platform: Uint8Array;
  type: Uint8Array;
  year: Int16Array;
  terms: string[];
  docStart: Int32Array;
  docTerms: Int32Array;
  docWeights: Float32Array;
  termStart: Int32Array;
  termDocs: Int32Array;
  termWeights: Float32Array;
  /** Scratch for `nearest`: one score per title, all zero between calls (serving is single-threaded). */
  scores: Float64Array;
}

const indexes = new WeakMap<Store, ContentIndex>();

export function similarTitles(
  store: Store,
  title: string,
  options: SimilarOptions = {},
): RecommenderResult<SimilarTitles> {
  const limit = limitArgument(options.limit ?? DEFAULT_SIMILAR, MAX_SIMILAR);
  if (!limit.ok) return limit;
  const platform = platformArgument(options.platform);
  if (!platform.ok) return platform;
  const index = contentIndex(store);
  const doc = resolveTitle(store, (id) => index.titleOf.get(id) ?? -1, title);
  if (!doc.ok) return doc;
  const platformCode = platform.value === null ? -1 : PLATFORMS.indexOf(platform.value);
  const neighbours = nearest(index, doc.value, limit.value, platformCode);
  return success({
    title: describe(index, doc.value),
    platform: platform.value,
    similar: neighbours.map(({ doc: other, score }) => ({
      ...describe(index, other),
      score,
      shared: sharedTerms(index, doc.value, other),
    })),
  });
}

/** What a title has in common with another, by content (the TF-IDF cosine) and by name (what they share). */
export interface ContentMatch {
  id: TitleId;
  title: string;
  score: number;
}

/**
 * Content similarity of `titleId` to each of `others` (the titles a person rated, say): cosines of their
 * TF-IDF vectors, a few dozen terms each, so a handful of comparisons costs microseconds. What they share
 * is `sharedBetween`'s, asked only for the matches shown.
 */
export function contentSimilarity(
  store: Store,
  titleId: TitleId,
  others: readonly TitleId[],
): ContentMatch[] {
  const index = contentIndex(store);
  const doc = index.titleOf.get(titleId);
  if (doc === undefined) return [];
  const weights = new Map<number, number>();
  for (let p = index.docStart[doc]!; p < index.docStart[doc + 1]!; p++)
    weights.set(index.docTerms[p]!, index.docWeights[p]!);
  return others.flatMap((id) => {
    const other = index.titleOf.get(id);
    if (other === undefined) return [];
    let score = 0;
    for (let p = index.docStart[other]!; p < index.docStart[other + 1]!; p++)
      score += (weights.get(index.docTerms[p]!) ?? 0) * index.docWeights[p]!;
    return [{ id, title: index.names[other]!, score }];
  });
}

/** What two titles have in common (genres, cast, directors): the words of a reason, asked for the few shown. */
export function sharedBetween(store: Store, a: TitleId, b: TitleId): SimilarTitle['shared'] {
  const index = contentIndex(store);
  const docA = index.titleOf.get(a);
  const docB = index.titleOf.get(b);
  if (docA === undefined || docB === undefined) return { genres: [], cast: [], directors: [] };
  return sharedTerms(index, docA, docB);
}

function contentIndex(store: Store): ContentIndex {
  let index = indexes.get(store);
  if (!index) {
    index = buildContentIndex(store);
    indexes.set(store, index);
  }
  return index;
}

function describe(index: ContentIndex, doc: number): Omit<SimilarTitle, 'score' | 'shared'> {
  return {
    id: index.titleIds[doc]!,
    title: index.names[doc]!,
    platform: PLATFORMS[index.platform[doc]!]!,
    type: TITLE_TYPE_CODES[index.type[doc]!]!,
    year: index.year[doc]!,
  };
}

function buildContentIndex(store: Store): ContentIndex {
  const db = store.db;
  const rows = store.sqlite
    .prepare(
      db
        .selectFrom('titles')
        .select(['id', 'title', 'platform', 'type', 'release_year', 'director', 'description'])
        .orderBy('id')
        .compile().sql,
    )
    .raw(true)
    .all() as [TitleId, string, Platform, TitleType, number, string | null, string | null][];
  const count = rows.length;
  const titleIds = rows.map((row) => row[0]);
  const titleOf = new Map<string, number>(titleIds.map((id, doc) => [id, doc]));

  // Every occurrence of a term in a title, as (title, interned term) pairs.
  const termOf = new Map<string, number>();
  const allTerms: string[] = [];
  const occurrenceDocs: number[] = [];
  const occurrenceTerms: number[] = [];
  const add = (doc: number | undefined, field: Field, value: string): void => {
    if (doc === undefined) return;
    const term = FIELD_PREFIX[field] + value;
    let t = termOf.get(term);
    if (t === undefined) {
      t = allTerms.length;
      termOf.set(term, t);
      allTerms.push(term);
    }
    occurrenceDocs.push(doc);
    occurrenceTerms.push(t);
  };
  rows.forEach(([, , , , , director, description], doc) => {
    for (const name of names(director)) add(doc, 'director', name);
    for (const word of descriptionWords(description)) add(doc, 'word', word);
  });
  const pairs = (table: 'title_genres' | 'title_cast', column: 'genre' | 'actor') =>
    store.sqlite
      .prepare(
        db
          .selectFrom(table)
          .select(['title_id', column] as never)
          .compile().sql,
      )
      .raw(true)
      .iterate() as IterableIterator<[string, string]>;
  for (const [titleId, genre] of pairs('title_genres', 'genre')) add(titleOf.get(titleId), 'genre', genre);
  for (const [titleId, actor] of pairs('title_cast', 'actor')) add(titleOf.get(titleId), 'cast', actor);

  // Group the occurrences by title, each title's terms sorted, then count term frequency and document frequency.
  const byDoc = groupBy(Int32Array.from(occurrenceDocs), Int32Array.from(occurrenceTerms), count);
  const frequency = new Int32Array(allTerms.length);
  for (let doc = 0; doc < count; doc++) {
    const own = byDoc.values.subarray(byDoc.start[doc]!, byDoc.start[doc + 1]!).sort();
    for (let p = 0; p < own.length; p++) if (p === 0 || own[p] !== own[p - 1]) frequency[own[p]!]!++;
  }
  // A term in one title only cannot relate two titles: it is left out. Kept terms are renumbered.
  const kept = new Int32Array(allTerms.length).fill(-1);
  const terms: string[] = [];
  allTerms.forEach((term, t) => {
    if (frequency[t]! > 1) {
      kept[t] = terms.length;
      terms.push(term);
    }
  });

  const docStart = new Int32Array(count + 1);
  const docTerms = new Int32Array(byDoc.values.length);
  const docWeights = new Float32Array(byDoc.values.length);
  let write = 0;
  for (let doc = 0; doc < count; doc++) {
    const from = write;
    const own = byDoc.values.subarray(byDoc.start[doc]!, byDoc.start[doc + 1]!);
    let squares = 0;
    for (let p = 0; p < own.length; ) {
      const t = own[p]!;
      let tf = 0;
      while (p < own.length && own[p] === t) {
        tf++;
        p++;
      }
      if (kept[t]! < 0) continue;
      const weight = (1 + Math.log(tf)) * Math.log(count / frequency[t]!);
      docTerms[write] = kept[t]!;
      docWeights[write] = weight;
      squares += weight * weight;
      write++;
    }
    const norm = Math.sqrt(squares) || 1;
    for (let p = from; p < write; p++) docWeights[p]! /= norm;
    docStart[doc + 1] = write;
  }

  // Invert into postings: per term, the titles carrying it and the weight there.
  const postings = groupBy(docTerms.subarray(0, write), docsOfEntries(docStart), terms.length);
  const termWeights = new Float32Array(write);
  const fill = postings.start.slice(0, terms.length);
  for (let doc = 0; doc < count; doc++) {
    for (let p = docStart[doc]!; p < docStart[doc + 1]!; p++)
      termWeights[fill[docTerms[p]!]!++] = docWeights[p]!;
  }
  return {
    titleIds,
    titleOf,
    names: rows.map((row) => row[1]),
    platform: Uint8Array.from(rows, (row) => PLATFORMS.indexOf(row[2])),
    type: Uint8Array.from(rows, (row) => TITLE_TYPE_CODES.indexOf(row[3])),
    year: Int16Array.from(rows, (row) => row[4]),
    terms,
    docStart,
    docTerms: docTerms.slice(0, write),
    docWeights: docWeights.slice(0, write),
    termStart: postings.start,
    termDocs: postings.values,
    termWeights,
    scores: new Float64Array(count),
  };
}

/** Counting sort of `values` by `keys` (0..size-1), stable: CSR arrays where key k owns values[start[k]..start[k+1]). */
function groupBy(
  keys: Int32Array,
  values: Int32Array,
  size: number,
): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(size + 1);
  for (const key of keys) start[key + 1]!++;
  for (let k = 0; k < size; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, size);
  const grouped = new Int32Array(values.length);
  for (let i = 0; i < keys.length; i++) grouped[fill[keys[i]!]!++] = values[i]!;
  return { start, values: grouped };
}

/** For CSR offsets, the owner (row) of every entry. */
function docsOfEntries(start: Int32Array): Int32Array {
  const owners = new Int32Array(start[start.length - 1]!);
  for (let row = 0; row + 1 < start.length; row++) owners.fill(row, start[row]!, start[row + 1]!);
  return owners;
}

function nearest(
  index: ContentIndex,
  doc: number,
  limit: number,
  platformCode: number,
): { doc: number; score: number }[] {
  const { scores } = index;
  const touched: number[] = [];
  for (let p = index.docStart[doc]!; p < index.docStart[doc + 1]!; p++) {
    const t = index.docTerms[p]!;
    const weight = index.docWeights[p]!;
    for (let q = index.termStart[t]!; q < index.termStart[t + 1]!; q++) {
      const other = index.termDocs[q]!;
      if (scores[other] === 0) touched.push(other);
      scores[other]! += weight * index.termWeights[q]!;
    }
  }
  const name = index.names[doc];
  // The best `limit`, kept in order as the touched titles go by (no sort of them all).
  const best: { doc: number; score: number }[] = [];
  const before = (a: { doc: number; score: number }, b: { doc: number; score: number }) =>
    a.score > b.score || (a.score === b.score && a.doc < b.doc);
  for (const other of touched) {
    const score = scores[other]!;
    scores[other] = 0;
    if (
      other === doc ||
      // The same work listed on another platform is not a different title to watch.
      index.names[other] === name ||
      (platformCode >= 0 && index.platform[other] !== platformCode)
    )
      continue;
    const candidate = { doc: other, score };
    if (best.length === limit && !before(candidate, best[limit - 1]!)) continue;
    let at = Math.min(best.length, limit - 1);
    if (best.length < limit) best.push(candidate);
    while (at > 0 && before(candidate, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = candidate;
  }
  return best;
}

function sharedTerms(index: ContentIndex, a: number, b: number): SimilarTitle['shared'] {
  const shared: SimilarTitle['shared'] = { genres: [], cast: [], directors: [] };
  const ofB = new Set(index.docTerms.subarray(index.docStart[b]!, index.docStart[b + 1]!));
  for (let p = index.docStart[a]!; p < index.docStart[a + 1]!; p++) {
    const t = index.docTerms[p]!;
    if (!ofB.has(t)) continue;
    const term = index.terms[t]!;
    const value = term.slice(2);
    if (term.startsWith(FIELD_PREFIX.genre)) shared.genres.push(value);
    else if (term.startsWith(FIELD_PREFIX.cast)) shared.cast.push(value);
    else if (term.startsWith(FIELD_PREFIX.director)) shared.directors.push(value);
  }
  return shared;
}
