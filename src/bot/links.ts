/**
 * Who a person is in the ratings: "I am user 42" links the asker (a Discord user, a Slack user, the
 * terminal's user) to ratings user 42, so first-person questions ("what should I watch?") need no id.
 * Only the person can change their own link: the key is built by the core from where the question came.
 */
import type { BotInput } from './core.ts';

export interface PersonLinks {
  get(person: string): number | undefined;
  set(person: string, userId: number): void;
  /** True when there was a link to forget. */
  delete(person: string): boolean;
  /** Reads what a shared store knows of `person` before a question (links kept elsewhere than here). */
  load?(person: string): Promise<void>;
}

/** The asker's key: the platform and its id for them (`discord:123`, `slack:U0ALICE`, `terminal:terminal`). */
export function personOf(input: Pick<BotInput, 'via' | 'userId'>): string {
  return `${input.via ?? 'terminal'}:${input.userId}`;
}

/** Links kept in this process only: the terminal and tests, or a fallback. */
export class MemoryLinks implements PersonLinks {
  readonly #links = new Map<string, number>();
  get(person: string): number | undefined {
    return this.#links.get(person);
  }
  set(person: string, userId: number): void {
    this.#links.set(person, userId);
  }
  delete(person: string): boolean {
    return this.#links.delete(person);
  }
}
