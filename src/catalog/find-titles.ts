/**
 * `findTitles`: finds the titles a person means when they name one instead of giving its id.
 * Titles and text are compared folded (lower case, no accents or punctuation). Ranking: (1) the
 * title id itself (`ns123`); (2) titles that are exactly the text; (3) titles that begin with it;
 * (4) titles containing every word of it, the last word possibly just begun ("stranger thi").
 * Within a tier: fewest words first, then most-rated, then by id (the precomputed `search_rank`).
 */
import { isTitleId, type Platform, type TitleId, type TitleType } from '../domain.ts';
import type { Store } from '../store/open.ts';
import { guardStore, type PreparedQuery, param, preparedQuery } from './prepared.ts';
import { type CatalogResult, failure, success } from './result.ts';
import { foldSearchText, prefixUpperBound, searchTokens } from './search-text.ts';
import { count } from './wording.ts';

export const DEFAULT_TITLE_MATCHES = 10;
export const MAX_TITLE_MATCHES = 25;
/** A last word this long or longer also matches the words it begins. */
const PREFIX_MIN_LENGTH = 2;
/** Whole words beyond this many (the most common ones) do not narrow a search further. */
const MAX_WORDS = 6;

export interface FindTitlesOptions {
  limit?: number;
}

export type TitleMatchKind = 'id' | 'exact' | 'start' | 'words';

export interface TitleMatch {
  id: TitleId;
  title: string;
  platform: Platform;
  type: TitleType;
  year: number;
  match: TitleMatchKind;
}

export interface FindTitlesValue {
  /** The text as searched: folded to lower case without accents or punctuation. */
  query: string;
  matches: TitleMatch[];
  summary: string;
}

type TitleRow = Omit<TitleMatch, 'match'>;

const titleColumns = [
  's.title_id as id',
  's.title',
  's.platform',
  's.type',
  's.release_year as year',
] as const;

const byId = preparedQuery<{ id: string }, TitleRow>((db) =>
  db.selectFrom('catalog_title_search as s').select(titleColumns).where('s.title_id', '=', param('id')),
);

interface TitleStartParams {
  folded: string;
  foldedEnd: string;
  limit: number;
}

/** Titles beginning with the text, the ones that are exactly it first. */
const byTitleStart = preparedQuery<TitleStartParams, TitleRow & { folded: string }>((db) =>
  db
    .selectFrom('catalog_title_search as s')
    .select([...titleColumns, 's.folded_title as folded'])
    .where('s.folded_title', '>=', param('folded'))
    .where('s.folded_title', '<', param('foldedEnd'))
    .orderBy((eb) => eb.case().when('s.folded_title', '=', param('folded')).then(0).else(1).end())
    .orderBy('s.search_rank')
    .limit(param('limit')),
);

const titlesWithWord = preparedQuery<{ token: string }, { title_count: number }>((db) =>
  db.selectFrom('catalog_search_terms').select('title_count').where('token', '=', param('token')),
);

/** A word search: the rarest whole word drives, the other words filter; or, alone, a begun word. */
interface WordPlan {
  driver: string | null;
  others: string[];
  prefix: string | null;
}

type WordParams = Record<string, string | number>;

/** Word-search shapes by (number of filtering words, begun word present, driven by a whole word). */
const wordShapes = new Map<string, PreparedQuery<WordParams, TitleRow>>();

function wordShape(plan: WordPlan): PreparedQuery<WordParams, TitleRow> {
  const key = `${plan.others.length}:${plan.prefix !== null}:${plan.driver !== null}`;
  let shape = wordShapes.get(key);
  if (!shape) {
    shape = plan.driver === null ? prefixOnlyShape() : drivenShape(plan.others.length, plan.prefix !== null);
    wordShapes.set(key, shape);
  }
  return shape;
}

function drivenShape(otherWords: number, hasPrefix: boolean): PreparedQuery<WordParams, TitleRow> {
  return preparedQuery<WordParams, TitleRow>((db) => {
    let query = db
      .selectFrom('catalog_title_tokens as d')
      .innerJoin('catalog_title_search as s', 's.search_rank', 'd.search_rank')
      .select(titleColumns)
      .where('d.token', '=', param('driver'));
    for (let i = 0; i < otherWords; i++) {
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('catalog_title_tokens as o')
            .select('o.token')
            .whereRef('o.search_rank', '=', 'd.search_rank')
            .where('o.token', '=', param(`word${i}`)),
        ),
      );
    }
    if (hasPrefix) {
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('catalog_title_tokens as p')
            .select('p.token')
            .whereRef('p.search_rank', '=', 'd.search_rank')
            .where('p.token', '>=', param('prefixFrom'))
            .where('p.token', '<', param('prefixTo')),
        ),
      );
    }
    return query.orderBy('d.search_rank').limit(param('limit'));
  });
}

function prefixOnlyShape(): PreparedQuery<WordParams, TitleRow> {
  return preparedQuery<WordParams, TitleRow>((db) =>
    db
      .selectFrom('catalog_title_search as s')
      .select(titleColumns)
      .where('s.search_rank', 'in', (eb) =>
        eb
          .selectFrom('catalog_title_tokens as d')
          .select('d.search_rank')
          .where('d.token', '>=', param('prefixFrom'))
          .where('d.token', '<', param('prefixTo')),
      )
      .orderBy('s.search_rank')
      .limit(param('limit')),
  );
}

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
  const seen = new Set(matches.map((m) => m.id));
  const plan = planWords(store, searchTokens(folded));
  if (plan && matches.length < limit) {
    const params = wordParams(plan, limit + matches.length);
    for (const row of wordShape(plan).all(store, params)) {
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

/** Null when some whole word is in no title, so no title can contain them all. */
function planWords(store: Store, tokens: string[]): WordPlan | null {
  const last = tokens[tokens.length - 1]!;
  const prefix = last.length >= PREFIX_MIN_LENGTH ? last : null;
  const whole = prefix === null ? tokens : tokens.slice(0, -1);
  const frequencies = whole.map((token) => ({
    token,
    titles: titlesWithWord.get(store, { token })?.title_count ?? 0,
  }));
  if (frequencies.some((f) => f.titles === 0)) return null;
  const [driver, ...others] = frequencies.sort((a, b) => a.titles - b.titles).slice(0, MAX_WORDS);
  return { driver: driver?.token ?? null, others: others.map((f) => f.token), prefix };
}

function wordParams(plan: WordPlan, limit: number): WordParams {
  const params: WordParams = { limit };
  if (plan.driver !== null) params.driver = plan.driver;
  plan.others.forEach((token, i) => {
    params[`word${i}`] = token;
  });
  if (plan.prefix !== null) {
    params.prefixFrom = plan.prefix;
    params.prefixTo = prefixUpperBound(plan.prefix);
  }
  return params;
}
