/**
 * Person links kept in the state service (SQLite by default, Redis when scaled out), read synchronously by
 * the core from a cache that `load` fills before each question: the core answers synchronously, the state
 * is asynchronous. Writes go through at once; one that fails, or that Redis could not keep (an outage),
 * is logged.
 */
import type { Logger } from '../log.ts';
import type { PersonKey, StateStore } from '../state/state.ts';
import type { PersonLinks } from './links.ts';

export class StateLinks implements PersonLinks {
  readonly #cache = new Map<string, number>();

  constructor(
    private readonly state: StateStore,
    private readonly log: Logger,
  ) {}

  /** Reads the person's link from the state (another instance may have set or forgotten it). */
  async load(person: string): Promise<void> {
    const user = await this.state.getLink(person as PersonKey);
    if (user === undefined) this.#cache.delete(person);
    else this.#cache.set(person, user);
  }

  get(person: string): number | undefined {
    return this.#cache.get(person);
  }

  set(person: string, userId: number): void {
    this.#cache.set(person, userId);
    this.state.setLink(person as PersonKey, userId).then(
      (write) => {
        if (!write.saved && this.state.backend !== 'memory')
          this.log.warn(
            { event: 'link_not_saved_yet' },
            'a person link waits for the shared state to return',
          );
      },
      (error: unknown) =>
        this.log.error({ err: (error as Error).message }, 'a person link could not be saved'),
    );
  }

  delete(person: string): boolean {
    const had = this.#cache.delete(person);
    this.state
      .deleteLink(person as PersonKey)
      .catch((error: unknown) =>
        this.log.error({ err: (error as Error).message }, 'a person link could not be deleted'),
      );
    return had;
  }
}
