/**
 * The store that is serving now. A refresh renames a freshly built file over the live path and then
 * calls `reload()`: the next question reads the new file. Questions are answered synchronously, so
 * none is ever half on the old store and half on the new one.
 */
import { openStore, type Store } from './open.ts';

export class LiveStore {
  #store: Store;

  constructor(readonly path: string) {
    this.#store = openStore(path);
  }

  current(): Store {
    return this.#store;
  }

  /** Opens the file now at `path` and closes the previous connection. */
  reload(): void {
    const previous = this.#store;
    this.#store = openStore(this.path);
    previous.close();
  }

  close(): void {
    this.#store.close();
  }
}
