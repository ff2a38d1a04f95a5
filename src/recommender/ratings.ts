/**
 * The ratings as the trainer sees them: parallel typed arrays indexed by dense user and title
 * numbers (0..n-1), read from the store in one pass. Dense numbers are assigned in a fixed order
 * (titles by id, users by first appearance), so the same store always gives the same arrays.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { STAR_VALUES, type TitleId } from '../domain.ts';

export interface RatingSet {
  readonly count: number;
  /** Dense user number of each rating. */
  readonly users: Int32Array;
  /** Dense title number of each rating. */
  readonly items: Int32Array;
  readonly values: Float32Array;
  /** Dense user number → user id. Shared by every subset of one read. */
  readonly userIds: Int32Array;
  /** Dense title number → title id: every catalog title, rated or not. */
  readonly titleIds: readonly TitleId[];
}

class RatingsReadError extends Error {}

const NO_USER = -1;

/**
 * Reads every rating of the store from the `ratings` table (raw rows, no objects per rating; 11 M rows
 * take 8–15 s). Training reads the ETL's packed copy instead (packed-ratings.ts: the same arrays in well
 * under a second) and comes here only when that copy is missing or fails its checks.
 */
export function readRatings(sqlite: BetterSqlite3.Database): RatingSet {
  const titleIds = (sqlite.prepare('SELECT id FROM titles ORDER BY id').pluck().all() as TitleId[]).slice();
  const itemOf = new Map<string, number>(titleIds.map((id, index) => [id, index]));
  const capacity =
    (sqlite.prepare('SELECT coalesce(max(rowid), 0) FROM ratings').pluck().get() as number) ?? 0;

  const users = new Int32Array(capacity);
  const items = new Int32Array(capacity);
  const values = new Float32Array(capacity);
  let denseOf: Int32Array = new Int32Array(1 << 16).fill(NO_USER);
  const userIds: number[] = [];
  let count = 0;

  const rows = sqlite.prepare('SELECT user_id, title_id, rating FROM ratings').raw(true);
  for (const row of rows.iterate() as IterableIterator<[number, string, number]>) {
    const [userId, titleId, rating] = row;
    const item = itemOf.get(titleId);
    if (item === undefined)
      throw new RatingsReadError(`rating of unknown title ${titleId}: rebuild the store`);
    if (userId >= denseOf.length) denseOf = grown(denseOf, userId);
    let user = denseOf[userId]!;
    if (user === NO_USER) {
      user = userIds.length;
      denseOf[userId] = user;
      userIds.push(userId);
    }
    users[count] = user;
    items[count] = item;
    values[count] = rating;
    count++;
  }
  return {
    count,
    users: users.subarray(0, count),
    items: items.subarray(0, count),
    values: values.subarray(0, count),
    userIds: Int32Array.from(userIds),
    titleIds,
  };
}

function grown(lookup: Int32Array, index: number): Int32Array {
  let length = lookup.length;
  while (length <= index) length *= 2;
  const bigger = new Int32Array(length).fill(NO_USER);
  bigger.set(lookup);
  return bigger;
}

/** The ratings at the given positions, in that order, over the same dense numbering. */
export function selectRatings(set: RatingSet, positions: Int32Array): RatingSet {
  const users = new Int32Array(positions.length);
  const items = new Int32Array(positions.length);
  const values = new Float32Array(positions.length);
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    users[k] = set.users[p]!;
    items[k] = set.items[p]!;
    values[k] = set.values[p]!;
  }
  return { count: positions.length, users, items, values, userIds: set.userIds, titleIds: set.titleIds };
}

export interface HoldoutSplit {
  train: RatingSet;
  test: RatingSet;
}

/**
 * A seeded random split: about `fraction` of the ratings held out for testing, the rest for training.
 * Whether a rating is held out depends only on the seed, its user id and its title id (a hash), not on
 * where the row sits in the store, so any build of the same data gives the same split; a user's
 * repeated ratings of one title fall on the same side.
 */
export function splitHoldout(set: RatingSet, fraction: number, seed: number): HoldoutSplit {
  const titleHashes = Int32Array.from(set.titleIds, (id) => hashText(id));
  const cut = fraction * 2 ** 32;
  const heldOut = new Uint8Array(set.count);
  let testCount = 0;
  for (let k = 0; k < set.count; k++) {
    const userId = set.userIds[set.users[k]!]!;
    const titleHash = Math.imul(titleHashes[set.items[k]!]!, 0x85ebca6b);
    if (mix32(mix32(seed ^ 0x9e3779b9) ^ mix32(userId) ^ titleHash) < cut) {
      heldOut[k] = 1;
      testCount++;
    }
  }
  const test = new Int32Array(testCount);
  const train = new Int32Array(set.count - testCount);
  for (let k = 0, t = 0, r = 0; k < set.count; k++) {
    if (heldOut[k] === 1) test[t++] = k;
    else train[r++] = k;
  }
  return { test: selectRatings(set, test), train: selectRatings(set, train) };
}

/** FNV-1a of a string's UTF-16 code units. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** MurmurHash3's finaliser: an unsigned 32-bit integer whose bits all depend on every bit of the input. */
function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** How many ratings each dense user (or title) has in the set. */
export function countPer(indices: Int32Array, size: number): Int32Array {
  const counts = new Int32Array(size);
  for (let k = 0; k < indices.length; k++) counts[indices[k]!]!++;
  return counts;
}

/** Per dense user, the distinct dense titles they rated, ascending (CSR: user u owns titles[start[u]..start[u+1])). */
export interface RatedTitles {
  start: Int32Array;
  titles: Int32Array;
  /** The user's rating of each title in `titles`, in halves (1–10); their highest for a title rated twice. */
  halves: Uint8Array;
}

/** Each user's ratings per star value: user u's count of h halves at `u * STAR_VALUES + h - 1`. */
export function starCountsByUser(set: RatingSet): Uint32Array {
  const counts = new Uint32Array(set.userIds.length * STAR_VALUES);
  for (let k = 0; k < set.count; k++)
    counts[set.users[k]! * STAR_VALUES + Math.round(set.values[k]! * 2) - 1]!++;
  return counts;
}

export function ratedTitlesByUser(set: RatingSet): RatedTitles {
  const userCount = set.userIds.length;
  const start = new Int32Array(userCount + 1);
  for (let k = 0; k < set.count; k++) start[set.users[k]! + 1]! += 1;
  for (let u = 0; u < userCount; u++) start[u + 1]! += start[u]!;
  const next = start.slice(0, userCount);
  // Title and rating in one number (title × 16 + halves), so one sort orders a user's titles and puts
  // their highest rating of a title last.
  const all = new Int32Array(set.count);
  for (let k = 0; k < set.count; k++)
    all[next[set.users[k]!]!++] = set.items[k]! * 16 + Math.round(set.values[k]! * 2);
  // Sort each user's titles and drop repeats (a user may rate a title twice), compacting in place.
  const compact = new Int32Array(userCount + 1);
  const halves = new Uint8Array(set.count);
  let write = 0;
  for (let u = 0; u < userCount; u++) {
    const own = all.subarray(start[u]!, start[u + 1]!).sort();
    for (let k = 0; k < own.length; k++) {
      const title = own[k]! >> 4;
      if (k + 1 < own.length && own[k + 1]! >> 4 === title) continue;
      halves[write] = own[k]! & 15;
      all[write++] = title;
    }
    compact[u + 1] = write;
  }
  return { start: compact, titles: all.slice(0, write), halves: halves.slice(0, write) };
}
