/**
 * `findTitles`: finds the titles a person means when they name one instead of giving its id.
 * Titles and text are compared folded (lower case, no accents or punctuation). Ranking: (1) the
 * title id itself (`ns123`); (2) titles that are exactly the text; (3) titles that begin with it;
 * (4) titles containing every word of it, the last word possibly just begun ("stranger thi").
 * Within a tier: fewest words first, then most-rated, then by id (the precomputed `search_rank`).
 */
import { isTitleId, type TitleId } from '../domain.ts';
import { foldSearchText, prefixUpperBound, searchTokens } from '../search-text.ts';
import type { Store } from '../store/open.ts';
import { guardStore, preparedQuery } from './prepared.ts';
import { type CatalogResult, failure, success } from './result.ts';
import { type TitleRow, titleColumns } from './title-row.ts';
import { titlesWithWords } from './word-search.ts';
import { count } from './wording.ts';

export const DEFAULT_TITLE_MATCHES = 10;
const MAX_TITLE_MATCHES = 25;

export interface FindTitlesOptions {
  limit?: number;
}

export type TitleMatchKind = 'id' | 'exact' | 'start' | 'words';

export interface TitleMatch extends TitleRow {
  match: TitleMatchKind;
}

export interface FindTitlesValue {
  /** The text as searched: folded to lower case without accents or punctuation. */
  query: string;
  matches: TitleMatch[];
  summary: string;
}

const byId = preparedQuery((db, $: { id: TitleId }) =>
  db.selectFrom('catalog_title_search as s').select(titleColumns).where('s.title_id', '=', $.id),
);

interface TitleStartParams {
  folded: string;
  foldedEnd: string;
  limit: number;
}

/** Titles beginning with the text, the ones that are exactly it first. */
const byTitleStart = preparedQuery((db, $: TitleStartParams) =>
  db
    .selectFrom('catalog_title_search as s')
    .select([...titleColumns, 's.folded_title as folded'])
    .where('s.folded_title', '>=', $.folded)
    .where('s.folded_title', '<', $.foldedEnd)
    .orderBy((eb) => eb.case().when('s.folded_title', '=', $.folded).then(0).else(1).end())
    .orderBy('s.search_rank')
    .limit($.limit),
);

export function findTitles(
  store: Store,
  text: string,
  options: FindTitlesOptions = {},
): CatalogResult<FindTitlesValue> {
  const limit = options.limit ?? DEFAULT_TITLE_MATCHES;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TITLE_MATCHES) {
    return failure(
      'invalid_limit',
      `The number of matches must be a whole number from 1 to ${MAX_TITLE_MATCHES}.`,
    );
  }
  if (typeof text !== 'string')
    return failure('invalid_text', 'Give part of a title, or its id (like ns123).');
  const id = text.trim().toLowerCase();
  const folded = foldSearchText(text);
  if (!isTitleId(id) && folded === '') {
    return failure('invalid_text', 'Give part of a title (letters or digits), or its id (like ns123).');
  }
  return guardStore(() => success(isTitleId(id) ? findById(store, id) : findByText(store, folded, limit)));
}

function findById(store: Store, id: TitleId): FindTitlesValue {
  const row = byId.get(store, { id });
  const matches: TitleMatch[] = row ? [{ ...row, match: 'id' }] : [];
  const summary = row ? `${id} is "${row.title}".` : `No title has the id ${id}.`;
  return { query: id, matches, summary };
}

function findByText(store: Store, folded: string, limit: number): FindTitlesValue {
  const starts = byTitleStart.all(store, { folded, foldedEnd: prefixUpperBound(folded), limit });
  const matches: TitleMatch[] = starts.map(({ folded: title, ...row }) => ({
    ...row,
    match: title === folded ? 'exact' : 'start',
  }));
  if (matches.length < limit) {
    const seen = new Set(matches.map((m) => m.id));
    for (const row of titlesWithWords(store, searchTokens(folded), limit + matches.length)) {
      if (matches.length === limit) break;
      if (!seen.has(row.id)) matches.push({ ...row, match: 'words' });
    }
  }
  const summary =
    matches.length === 0
      ? `No title matches "${folded}".`
      : `${count(matches.length, 'title')} ${matches.length === 1 ? 'matches' : 'match'} "${folded}".`;
  return { query: folded, matches, summary };
}
