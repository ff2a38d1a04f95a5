/** The contract every adapter talks to. */
import type { Requester } from '../admin/refresh.ts';
import type { Answer, Locale } from '../answer.ts';
import type { CommandRequest } from './command.ts';

export interface BotInput {
  /** Free text as the person typed it (slash `/ask`, mentions, DMs, the terminal). */
  text?: string;
  /**
   * An already structured command: slash options read by `commandFromOptions(name, options)`
   * (src/bot/slash.ts), or any complete `Command`. A title given as text is resolved by the core.
   */
  command?: CommandRequest;
  /** Follow-ups ("and on hulu?") are remembered per conversation: e.g. `discord:<channel>:<user>`. */
  conversationId: string;
  /** The asker's chat id, for admin checks and logs. */
  userId: string;
  /** Preferred language when the text itself does not tell (Discord/Slack user locale). */
  locale?: Locale;
  /** Where the question came from, and how the asker is shown to others ("@ana"): the admin refresh names them. */
  via?: Requester['via'];
  name?: string;
  /** A one-off request (the HTTP API's command routes): nothing is remembered for a follow-up. */
  stateless?: boolean;
}

/** Shows one progress answer of a running effect, in place of the one before. */
export type ProgressSink = (answer: Answer) => unknown;

export interface BotReply {
  /** What the core understood: a complete `Command`, unless `missing` or `invalid` say otherwise. */
  command: CommandRequest;
  answer: Answer;
  /**
   * An answer with an effect still to run (the admin refresh): the adapter runs it, shows each progress
   * answer privately in place, then the outcome it resolves with (a refusal arrives as that outcome).
   * Adapters render; which commands have effects, and who may run them, is the core's business.
   */
  effect?: (progress: ProgressSink) => Promise<Answer>;
  /**
   * Resolves once the conversation's memory is in the shared state: an adapter whose next request may
   * reach another process (a clustered HTTP server) waits for it before replying. Never rejects.
   */
  saved?: Promise<void>;
}

/** A 👍 or 👎 on an answer (`Answer.id`), from the person who clicked. */
export interface FeedbackInput {
  answerId: string;
  vote: 'up' | 'down';
  /** What the person expected instead (after a 👎), optional. */
  expected?: string;
  userId: string;
  via?: Requester['via'];
  locale?: Locale;
}

export interface BotCore {
  /** Records a vote and answers with a thank-you (or why it could not be kept). */
  feedback?(input: FeedbackInput): Promise<Answer>;
  /**
   * Reads what the shared state knows of the asker and the conversation (their link, the question before),
   * so the synchronous `ask` after it answers as any other instance would. Adapters await it first.
   */
  prepare?(input: BotInput): Promise<void>;
  ask(input: BotInput): BotReply;
  /** Titles whose name starts with or contains `prefix`, for autocomplete (≤ 25). */
  completeTitles(prefix: string, limit?: number): { id: string; label: string }[];
  /** People, genres or countries matching what has been typed, for autocomplete (≤ 25). */
  completeValues?(
    kind: 'person' | 'genre' | 'country',
    prefix: string,
    limit?: number,
  ): { id: string; label: string }[];
}
