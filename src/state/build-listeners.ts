/** The `onBuild` listeners of one state store: one that throws is logged and cannot stop the others. */
import type { Logger } from '../log.ts';
import type { BuildListener } from './state.ts';

export class BuildListeners {
  readonly #listeners = new Set<BuildListener>();

  constructor(private readonly log: Logger) {}

  get size(): number {
    return this.#listeners.size;
  }

  /** Returns the unsubscribe function (wrapping the listener, so the same one may be added twice). */
  add(listener: BuildListener): () => void {
    const entry: BuildListener = (buildId) => listener(buildId);
    this.#listeners.add(entry);
    return () => void this.#listeners.delete(entry);
  }

  notify(buildId: string): void {
    for (const listener of this.#listeners) {
      try {
        listener(buildId);
      } catch (error) {
        this.log.error({ event: 'build_listener_failed', buildId, err: error }, 'a build listener threw');
      }
    }
  }
}
