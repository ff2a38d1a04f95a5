/**
 * The `onBuild` listeners of one state store: one that throws, or an async one that rejects, is logged
 * and cannot stop the others (nor become an unhandled rejection).
 */
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
    const failed = (error: unknown) =>
      this.log.error({ event: 'build_listener_failed', buildId, err: error }, 'a build listener failed');
    for (const listener of this.#listeners) {
      try {
        // Typed as returning nothing, but an async function fits that type too.
        const result: unknown = listener(buildId);
        if (result instanceof Promise) result.catch(failed);
      } catch (error) {
        failed(error);
      }
    }
  }
}
