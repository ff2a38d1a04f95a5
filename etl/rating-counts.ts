/**
 * `catalog_rating_counts`: each title's ratings per star value, from the counts the ratings worker kept
 * while parsing (etl/score-sums.ts); the ratings table is never read again for it.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { STAR_VALUES, type TitleId } from '../src/domain.ts';
import { CATALOG_TABLES } from '../src/store/derived-schema.ts';
import { createTableSql } from '../src/store/table.ts';
import { bulkInsertInto } from './bulk-insert.ts';
import type { ScoreSums } from './score-sums.ts';

/** Creates and fills the table; returns the ratings it counts (every valid rating once). */
export function insertRatingCounts(
  sqlite: BetterSqlite3.Database,
  titleIds: readonly TitleId[],
  scores: ScoreSums,
): number {
  sqlite.exec(createTableSql('catalog_rating_counts', CATALOG_TABLES.catalog_rating_counts));
  const insert = bulkInsertInto(sqlite, CATALOG_TABLES, 'catalog_rating_counts');
  let total = 0;
  titleIds.forEach((title_id, title) => {
    for (let halves = 1; halves <= STAR_VALUES; halves++) {
      const rating_count = scores.starCounts[title * STAR_VALUES + halves - 1]!;
      if (rating_count === 0) continue;
      insert.add({ title_id, stars: halves / 2, rating_count });
      total += rating_count;
    }
  });
  insert.flush();
  return total;
}
