/**
 * Titles containing every word of a search text, the last word possibly just begun ("stranger thi"),
 * in search order (`search_rank`: fewest words, then most-rated, then id).
 *
 * The rarest term drives the read and the others filter it: a whole word walks its titles in search
 * order and stops at the limit; a begun word that is rarer than every whole word reads its few titles
 * and sorts them. Word frequencies come from `catalog_search_terms`.
 */
import type { Kysely } from 'kysely';
import { prefixUpperBound } from '../search-text.ts';
import type { CatalogDatabase } from '../store/derived-schema.ts';
import { sql } from '../store/kysely.ts';
import type { Store } from '../store/open.ts';
import { type CatalogQuery, preparedQuery } from './prepared.ts';
import { type TitleRow, titleColumns } from './title-row.ts';

/** A last word this long or longer also matches the words it begins. */
const PREFIX_MIN_LENGTH = 2;
/** Whole words beyond this many (the most common ones) do not narrow a search further. */
const MAX_WORDS = 6;
/** Counting a begun word's titles stops here: past it, the word is common anyway. */
const PREFIX_COUNT_CAP = 1_000;

interface WordPlan {
  /** What drives the read: the first whole word, or the begun word. */
  driver: 'word' | 'prefix';
  /** Whole words, rarest first. */
  words: string[];
  prefix: string | null;
}

/** The whole words (`word0`, `word1`, …), the begun word's range and the most titles to return. */
type WordParams = { [word: `word${number}`]: string } & {
  prefixFrom?: string;
  prefixTo?: string;
  limit: number;
};

const titlesWithWord = preparedQuery((db, $: { token: string }) =>
  db.selectFrom('catalog_search_terms').select('title_count').where('token', '=', $.token),
);

const titlesWithPrefix = preparedQuery((db, $: { prefixFrom: string; prefixTo: string }) =>
  db
    .selectFrom((eb) =>
      eb
        .selectFrom('catalog_title_tokens')
        .select('search_rank')
        .where('token', '>=', $.prefixFrom)
        .where('token', '<', $.prefixTo)
        .limit(PREFIX_COUNT_CAP)
        .as('hits'),
    )
    .select((eb) => eb.fn.countAll<number>().as('titles')),
);

/** The title `s` has the word `word{n}`. */
function hasWord(db: Kysely<CatalogDatabase>, $: WordParams, n: number) {
  return db
    .selectFrom('catalog_title_tokens as w')
    .select('w.token')
    .where('w.search_rank', '=', sql.ref<number>('s.search_rank'))
    .where('w.token', '=', $[`word${n}`]!);
}

/** The title `s` has a word starting with the prefix. */
function hasWordStarting(db: Kysely<CatalogDatabase>, $: WordParams) {
  return db
    .selectFrom('catalog_title_tokens as w')
    .select('w.token')
    .where('w.search_rank', '=', sql.ref<number>('s.search_rank'))
    .where('w.token', '>=', $.prefixFrom!)
    .where('w.token', '<', $.prefixTo!);
}

function wordDrivenShape(words: number, hasPrefix: boolean) {
  return preparedQuery((db, $: WordParams) => {
    let query = db
      .selectFrom('catalog_title_tokens as d')
      .innerJoin('catalog_title_search as s', 's.search_rank', 'd.search_rank')
      .select(titleColumns)
      .where('d.token', '=', $.word0!);
    for (let n = 1; n < words; n++) query = query.where((eb) => eb.exists(hasWord(db, $, n)));
    if (hasPrefix) query = query.where((eb) => eb.exists(hasWordStarting(db, $)));
    return query.orderBy('d.search_rank').limit($.limit);
  });
}

function prefixDrivenShape(words: number) {
  return preparedQuery((db, $: WordParams) => {
    let query = db
      .selectFrom('catalog_title_search as s')
      .select(titleColumns)
      .where('s.search_rank', 'in', (eb) =>
        eb
          .selectFrom('catalog_title_tokens as d')
          .select('d.search_rank')
          .where('d.token', '>=', $.prefixFrom!)
          .where('d.token', '<', $.prefixTo!),
      );
    for (let n = 0; n < words; n++) query = query.where((eb) => eb.exists(hasWord(db, $, n)));
    return query.orderBy('s.search_rank').limit($.limit);
  });
}

const shapes = new Map<string, CatalogQuery<WordParams, TitleRow>>();

function shapeFor(plan: WordPlan): CatalogQuery<WordParams, TitleRow> {
  const key = `${plan.driver}:${plan.words.length}:${plan.prefix !== null}`;
  let shape = shapes.get(key);
  if (!shape) {
    shape =
      plan.driver === 'word'
        ? wordDrivenShape(plan.words.length, plan.prefix !== null)
        : prefixDrivenShape(plan.words.length);
    shapes.set(key, shape);
  }
  return shape;
}

/** Null when some whole word is in no title, so no title can contain them all. */
function plan(store: Store, tokens: string[]): WordPlan | null {
  const last = tokens[tokens.length - 1]!;
  const prefix = last.length >= PREFIX_MIN_LENGTH ? last : null;
  const whole = (prefix === null ? tokens : tokens.slice(0, -1)).map((token) => ({
    token,
    titles: titlesWithWord.get(store, { token })?.title_count ?? 0,
  }));
  if (whole.some((word) => word.titles === 0)) return null;
  const words = whole.sort((a, b) => a.titles - b.titles).slice(0, MAX_WORDS);
  const rarestWord = words[0]?.titles ?? Number.POSITIVE_INFINITY;
  const prefixTitles =
    prefix === null ? Number.POSITIVE_INFINITY : titlesWithPrefix.get(store, prefixRange(prefix))!.titles;
  if (prefixTitles === 0) return null;
  // A begun word counted up to the cap is common: a whole word (read in order, stopping early) drives.
  const driver = prefixTitles < Math.min(rarestWord, PREFIX_COUNT_CAP) ? 'prefix' : 'word';
  return { driver, words: words.map((word) => word.token), prefix };
}

function prefixRange(prefix: string): { prefixFrom: string; prefixTo: string } {
  return { prefixFrom: prefix, prefixTo: prefixUpperBound(prefix) };
}

/** Titles containing every one of `tokens` (distinct folded words, the last possibly begun). */
export function titlesWithWords(store: Store, tokens: string[], limit: number): TitleRow[] {
  if (tokens.length === 0) return [];
  const wordPlan = plan(store, tokens);
  if (!wordPlan) return [];
  const params: WordParams = { limit, ...(wordPlan.prefix === null ? {} : prefixRange(wordPlan.prefix)) };
  wordPlan.words.forEach((word, n) => {
    params[`word${n}`] = word;
  });
  return shapeFor(wordPlan).all(store, params);
}
