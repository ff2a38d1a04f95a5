/**
 * What each conversation asked last, so a follow-up ("and on hulu?") can change it. Bounded: the
 * least recently used conversations are forgotten first, and idle ones expire.
 */
import type { Locale } from '../answer.ts';
import type { CommandRequest } from './command.ts';

export interface ConversationMemory {
  request: CommandRequest;
  locale: Locale;
  /** The kept miss of a prompt, dropped when the next question gives what was asked for. */
  missId?: string;
}

export interface ConversationOptions {
  maxConversations?: number;
  idleMs?: number;
}

const DEFAULT_MAX_CONVERSATIONS = 10_000;
/** Follow-ups are understood for this long after the question before. */
export const CONVERSATION_IDLE_MS = 30 * 60 * 1000;

export class Conversations {
  readonly #entries = new Map<string, ConversationMemory & { at: number }>();
  readonly #max: number;
  readonly #idleMs: number;

  constructor(options: ConversationOptions = {}) {
    this.#max = options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS;
    this.#idleMs = options.idleMs ?? CONVERSATION_IDLE_MS;
  }

  get(id: string, now: number): ConversationMemory | undefined {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    if (now - entry.at > this.#idleMs) {
      this.#entries.delete(id);
      return undefined;
    }
    return entry;
  }

  /** Remembers the request (most recent last in the map, so the oldest is evicted first). */
  set(id: string, memory: ConversationMemory, now: number): void {
    this.#entries.delete(id);
    this.#entries.set(id, { ...memory, at: now });
    if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get size(): number {
    return this.#entries.size;
  }
}
