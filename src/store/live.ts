/**
 * The store that is serving now. A refresh renames a freshly built file over the live path; the
 * process that ran it calls `reload()`, and every other process serving the same file (a CLI refresh
 * while the bot runs, Discord shards) notices the new file within `checkIntervalMs` and reopens it.
 * Questions are answered synchronously, so none is ever half on the old store and half on the new one;
 * the old connection keeps reading the old file until it is closed.
 */
import { statSync } from 'node:fs';
import { openStore, type Store } from './open.ts';

export interface LiveStoreOptions {
  /** How often, at most, to check whether the file was replaced (0: on every call). */
  checkIntervalMs?: number;
}

function inodeOf(path: string): number | undefined {
  try {
    return statSync(path).ino;
  } catch {
    return undefined;
  }
}

export class LiveStore {
  #store: Store;
  #inode: number | undefined;
  #checkedAt = 0;
  readonly #checkIntervalMs: number;

  constructor(
    readonly path: string,
    options: LiveStoreOptions = {},
  ) {
    this.#checkIntervalMs = options.checkIntervalMs ?? 1000;
    this.#inode = inodeOf(path);
    this.#store = openStore(path);
  }

  current(): Store {
    const now = Date.now();
    if (now - this.#checkedAt >= this.#checkIntervalMs) {
      this.#checkedAt = now;
      this.reloadIfReplaced();
    }
    return this.#store;
  }

  /** Opens the file at `path` if it is another file than the one open (a refresh swapped it in). */
  reloadIfReplaced(): void {
    const inode = inodeOf(this.path);
    if (inode !== undefined && inode !== this.#inode) this.reload();
  }

  /** Opens the file now at `path` and closes the previous connection. */
  reload(): void {
    const previous = this.#store;
    this.#inode = inodeOf(this.path);
    this.#store = openStore(this.path);
    previous.close();
  }

  close(): void {
    this.#store.close();
  }
}
