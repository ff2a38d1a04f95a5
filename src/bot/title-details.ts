/** Everything an answer says about one title: a single indexed lookup, compiled once per store. */
import type BetterSqlite3 from 'better-sqlite3';
import type { DurationType, Platform, TitleId, TitleType } from '../domain.ts';
import type { Store } from '../store/open.ts';

export interface TitleDetails {
  id: TitleId;
  title: string;
  platform: Platform;
  type: TitleType;
  release_year: number;
  rating: string;
  duration_int: number | null;
  duration_type: DurationType | null;
  director: string | null;
  cast: string | null;
  country: string | null;
  date_added: string | null;
  listed_in: string | null;
  description: string | null;
  score_mean: number | null;
  score_count: number | null;
}

const statements = new WeakMap<Store, BetterSqlite3.Statement>();

export function titleDetails(store: Store, id: TitleId): TitleDetails | undefined {
  let statement = statements.get(store);
  if (!statement) {
    const query = store.db
      .selectFrom('titles as t')
      .leftJoin('title_scores as s', 's.title_id', 't.id')
      .select([
        't.id',
        't.title',
        't.platform',
        't.type',
        't.release_year',
        't.rating',
        't.duration_int',
        't.duration_type',
        't.director',
        't.cast',
        't.country',
        't.date_added',
        't.listed_in',
        't.description',
        's.score_mean',
        's.score_count',
      ])
      .where('t.id', '=', id)
      .compile();
    statement = store.sqlite.prepare(query.sql);
    statements.set(store, statement);
  }
  return statement.get(id) as TitleDetails | undefined;
}
