/**
 * Per-title running sums for `title_scores`, and per-title counts of each star value for
 * `catalog_rating_counts`, kept in typed arrays while the ratings stream by.
 */
import { STAR_VALUES } from '../src/domain.ts';
import type { RatingBatch } from './ratings-parser.ts';

export class ScoreSums {
  /** Sum of ratings times two, so it stays an exact integer. */
  readonly halfSums: Float64Array;
  readonly counts: Uint32Array;
  /** Ratings of title t with h halves at `t * STAR_VALUES + h - 1`; kept only where it is written. */
  readonly starCounts: Uint32Array;

  constructor(titles: number, halfSums?: Float64Array, counts?: Uint32Array) {
    this.halfSums = halfSums ?? new Float64Array(titles);
    this.counts = counts ?? new Uint32Array(titles);
    this.starCounts = new Uint32Array(halfSums ? 0 : titles * STAR_VALUES);
  }

  add(batch: RatingBatch): void {
    const { titleIndexes, halves } = batch;
    const halfSums = this.halfSums;
    const counts = this.counts;
    const starCounts = this.starCounts;
    for (let i = 0; i < batch.size; i++) {
      const title = titleIndexes[i]!;
      halfSums[title]! += halves[i]!;
      counts[title]!++;
      starCounts[title * STAR_VALUES + halves[i]! - 1]!++;
    }
  }

  /** The unrounded mean rating of a title, or null when it has no valid rating. */
  mean(title: number): number | null {
    const count = this.counts[title]!;
    return count === 0 ? null : this.halfSums[title]! / 2 / count;
  }
}
