/**
 * Work the core reuses: the parse of a question and the answer of a pure command are functions of the
 * store serving (its catalog names and data) and of what was asked, so the same question on the same
 * build is worked out once. Entries are kept per store (a swapped store starts afresh) and the least
 * recently used are dropped. Kept values are frozen: whoever reads one copies what it changes.
 */
import { LRUCache } from 'lru-cache';

export class StoreMemo<V extends object> {
  readonly #cache: LRUCache<string, V> | undefined;
  #store: object | undefined;

  /** `entries` 0 keeps nothing: every call computes. */
  constructor(entries: number) {
    this.#cache = entries > 0 ? new LRUCache<string, V>({ max: entries }) : undefined;
  }

  get(store: object, key: string, compute: () => V): V {
    const cache = this.#cache;
    if (!cache) return compute();
    if (store !== this.#store) {
      cache.clear();
      this.#store = store;
    }
    let value = cache.get(key);
    if (value === undefined) {
      value = deepFreeze(compute());
      cache.set(key, value);
    }
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
