/**
 * A small seeded pseudo-random generator (mulberry32), so that training is reproducible: the same
 * seed gives the same shuffle, the same initial factors and the same hold-out split on every machine.
 */
import { seededRandom } from '../random.ts';

export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, bound). */
  below(bound: number): number;
}

export function createPrng(seed: number): Prng {
  const next = seededRandom(seed);
  return { next, below: (bound) => Math.floor(next() * bound) };
}

/** A uniformly random ordering of 0..length-1 (Fisher–Yates). */
export function shuffledIndices(length: number, prng: Prng): Int32Array {
  const order = new Int32Array(length);
  for (let i = 0; i < length; i++) order[i] = i;
  for (let i = length - 1; i > 0; i--) {
    const j = prng.below(i + 1);
    const kept = order[i]!;
    order[i] = order[j]!;
    order[j] = kept;
  }
  return order;
}
