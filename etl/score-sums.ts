/** Per-title running sums for `title_scores`, kept in typed arrays while the ratings stream by. */
import type { RatingBatch } from './ratings-parser.ts';

export class ScoreSums {
  /** Sum of ratings times two, so it stays an exact integer. */
  readonly halfSums: Float64Array;
  readonly counts: Uint32Array;

  constructor(titles: number, halfSums?: Float64Array, counts?: Uint32Array) {
    this.halfSums = halfSums ?? new Float64Array(titles);
    this.counts = counts ?? new Uint32Array(titles);
  }

  add(batch: RatingBatch): void {
    const { titleIndexes, halves } = batch;
    const halfSums = this.halfSums;
    const counts = this.counts;
    for (let i = 0; i < batch.size; i++) {
      const title = titleIndexes[i]!;
      halfSums[title]! += halves[i]!;
      counts[title]!++;
    }
  }

  merge(other: ScoreSums): void {
    for (let title = 0; title < this.counts.length; title++) {
      this.halfSums[title]! += other.halfSums[title]!;
      this.counts[title]! += other.counts[title]!;
    }
  }

  /** The unrounded mean rating of a title, or null when it has no valid rating. */
  mean(title: number): number | null {
    const count = this.counts[title]!;
    return count === 0 ? null : this.halfSums[title]! / 2 / count;
  }
}
