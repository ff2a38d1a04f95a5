/** Everything an answer says about one title: a single indexed lookup, compiled once per store. */
import type { TitleId } from '../domain.ts';
import type { Store } from '../store/open.ts';
import { queriesOn } from '../store/prepared.ts';
import type { Database } from '../store/schema.ts';

const details = queriesOn<Database>()((db, $: { id: TitleId }) =>
  db
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
    .where('t.id', '=', $.id),
);

/** A title's row as the query selects it (Kysely's inference). */
export type TitleDetails = NonNullable<ReturnType<typeof details.get>>;

export function titleDetails(store: Store, id: TitleId): TitleDetails | undefined {
  return details.get(store, { id });
}
