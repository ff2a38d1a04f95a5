/**
 * similarTitles: content-based neighbours of a title — TF-IDF vectors over its genres, cast,
 * directors and description words, compared by cosine. The index is built from the store once per
 * open store (a fraction of a second) and a query walks only the postings of the title's own terms.
 */
import { lookupPlatform, unknownPlatformMessage } from '../catalog/platforms.ts';
import { PLATFORMS, type Platform, type TitleId, type TitleType } from '../domain.ts';
import type { Store } from '../store/open.ts';
import { resolveTitle } from './resolve-title.ts';
import { failure, type RecommenderResult, success } from './result.ts';
import { TITLE_TYPE_CODES } from './serving.ts';
import { descriptionWords, names } from './text-features.ts';

export const DEFAULT_SIMILAR = 10;
export const MAX_SIMILAR = 50;

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
}

const indexes = new WeakMap<Store, ContentIndex>();

export function similarTitles(
  store: Store,
  title: string,
  options: SimilarOptions = {},
): RecommenderResult<SimilarTitles> {
  const limit = options.limit ?? DEFAULT_SIMILAR;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SIMILAR) {
    return failure('invalid_limit', `The number of titles must be a whole number from 1 to ${MAX_SIMILAR}.`);
  }
  let platform: Platform | null = null;
  if (options.platform !== undefined) {
    const found = lookupPlatform(options.platform);
    if (!found.ok) {
      const suggestions = found.suggestion ? [found.suggestion] : [...PLATFORMS];
      return failure(
        'unknown_platform',
        unknownPlatformMessage(options.platform, found.suggestion),
        suggestions,
      );
    }
    platform = found.platform;
  }
  const index = contentIndex(store);
  const doc = resolveTitle(store, (id) => index.titleOf.get(id) ?? -1, title);
  if (!doc.ok) return doc;
  const neighbours = nearest(index, doc.value, limit, platform === null ? -1 : PLATFORMS.indexOf(platform));
  return success({
    title: describe(index, doc.value),
    platform,
    similar: neighbours.map(({ doc: other, score }) => ({
      ...describe(index, other),
      score,
      shared: sharedTerms(index, doc.value, other),
    })),
  });
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
  const termCounts: Map<string, number>[] = rows.map(() => new Map());
  const add = (doc: number | undefined, field: Field, value: string, times = 1): void => {
    if (doc === undefined) return;
    const term = FIELD_PREFIX[field] + value;
    const counts = termCounts[doc]!;
    counts.set(term, (counts.get(term) ?? 0) + times);
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

  // Document frequencies; a term in one title only cannot relate two titles, so it is left out.
  const frequency = new Map<string, number>();
  for (const counts of termCounts)
    for (const term of counts.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const terms = [...frequency].filter(([, df]) => df > 1).map(([term]) => term);
  const termNumber = new Map(terms.map((term, t) => [term, t]));

  const docStart = new Int32Array(count + 1);
  const docTermList: number[] = [];
  const docWeightList: number[] = [];
  termCounts.forEach((counts, doc) => {
    const weighted: [number, number][] = [];
    for (const [term, tf] of counts) {
      const t = termNumber.get(term);
      if (t === undefined) continue;
      weighted.push([t, (1 + Math.log(tf)) * Math.log(count / frequency.get(term)!)]);
    }
    const norm = Math.hypot(...weighted.map(([, w]) => w)) || 1;
    weighted.sort((a, b) => a[0] - b[0]);
    for (const [t, w] of weighted) {
      docTermList.push(t);
      docWeightList.push(w / norm);
    }
    docStart[doc + 1] = docTermList.length;
  });
  const docTerms = Int32Array.from(docTermList);
  const docWeights = Float32Array.from(docWeightList);

  // Invert into postings: per term, the titles carrying it and the weight there.
  const termStart = new Int32Array(terms.length + 1);
  for (const t of docTerms) termStart[t + 1]!++;
  for (let t = 0; t < terms.length; t++) termStart[t + 1]! += termStart[t]!;
  const fill = termStart.slice(0, terms.length);
  const termDocs = new Int32Array(docTerms.length);
  const termWeights = new Float32Array(docTerms.length);
  for (let doc = 0; doc < count; doc++) {
    for (let p = docStart[doc]!; p < docStart[doc + 1]!; p++) {
      const at = fill[docTerms[p]!]!++;
      termDocs[at] = doc;
      termWeights[at] = docWeights[p]!;
    }
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
    docTerms,
    docWeights,
    termStart,
    termDocs,
    termWeights,
  };
}

function nearest(
  index: ContentIndex,
  doc: number,
  limit: number,
  platformCode: number,
): { doc: number; score: number }[] {
  const scores = new Float64Array(index.titleIds.length);
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
  return touched
    .filter(
      (other) =>
        other !== doc &&
        // The same work listed on another platform is not a different title to watch.
        index.names[other] !== name &&
        (platformCode < 0 || index.platform[other] === platformCode),
    )
    .map((other) => ({ doc: other, score: scores[other]! }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, limit);
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
