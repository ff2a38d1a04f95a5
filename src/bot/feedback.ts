/**
 * 👍 / 👎 on answers. Each answer to a question gets an id, and what it was about (command, language,
 * adapter, build, the question masked) is kept under it for a week; a vote names the id. One vote per
 * person per answer (a second click changes it); the person is kept only as a hash, to tell votes apart.
 */
import { createHash } from 'node:crypto';
import type { Answer, Locale } from '../answer.ts';
import { timeOrderedId } from '../ids.ts';
import type { Logger } from '../log.ts';
import type { StateStore, Vote } from '../state/state.ts';
import { maskQuestion } from './misses.ts';

/** How long an answer can be rated after it was given. */
const RATEABLE_MS = 7 * 24 * 60 * 60 * 1000;

interface AnswerRecord {
  command: string;
  lang: string;
  adapter: string;
  build?: string;
  question?: string;
}

export interface VoteInput {
  answerId: string;
  /** The person voting, as the core knows them (`personOf`). */
  person: string;
  vote: 'up' | 'down';
  expected?: string;
  locale?: Locale;
}

const TEXT = {
  en: {
    thanksUp: 'Thanks for the 👍!',
    thanksDown: 'Thanks: noted. What did you expect instead? (optional)',
    thanksExpected: 'Thanks, we will look at it.',
    gone: 'That answer is too old to rate (answers can be rated for 7 days).',
    noState: 'Feedback is not kept in this run.',
  },
  es: {
    thanksUp: '¡Gracias por el 👍!',
    thanksDown: 'Gracias: anotado. ¿Qué esperabas? (opcional)',
    thanksExpected: 'Gracias, lo revisaremos.',
    gone: 'Esa respuesta es demasiado antigua para valorarla (se puede durante 7 días).',
    noState: 'En esta ejecución no se guardan valoraciones.',
  },
} as const;

/** The short form a 👎 opens (a Discord form, a Slack modal). */
export const FEEDBACK_FORM_TEXT = {
  en: { title: 'What did you expect?', label: 'What answer did you expect? (optional)', submit: 'Send' },
  es: { title: '¿Qué esperabas?', label: '¿Qué respuesta esperabas? (opcional)', submit: 'Enviar' },
} as const;

const answerKey = (id: string) => `answer:${id}`;

export class FeedbackKeeper {
  constructor(
    private readonly state: Pick<StateStore, 'setConversation' | 'getConversation' | 'vote'>,
    private readonly log: Logger,
  ) {}

  /** Gives the answer an id and keeps what it was about, so it can be rated. */
  remember(answer: Answer, record: AnswerRecord): void {
    const id = timeOrderedId();
    answer.id = id;
    const kept: AnswerRecord = record.question
      ? { ...record, question: maskQuestion(record.question) }
      : record;
    // The state's expiring JSON values (the same store as conversations), written in the turn's batch.
    this.state
      .setConversation(answerKey(id), kept, RATEABLE_MS)
      .catch((error: unknown) =>
        this.log.warn({ err: (error as Error).message }, 'an answer cannot be rated'),
      );
  }

  async vote(input: VoteInput): Promise<Answer> {
    const locale = input.locale ?? 'en';
    const text = TEXT[locale];
    const record = await this.state.getConversation<AnswerRecord>(answerKey(input.answerId));
    if (!record) return { kind: 'info', locale, headline: text.gone, fields: [], problem: 'unknown_answer' };
    const expected = input.expected?.trim() ? maskQuestion(input.expected) : undefined;
    const vote: Vote = {
      answerId: input.answerId,
      voter: createHash('sha256').update(input.person).digest('hex').slice(0, 24),
      vote: input.vote,
      ...(expected ? { expected } : {}),
      ...record,
      at: Date.now(),
    };
    await this.state.vote(vote);
    const headline = input.vote === 'up' ? text.thanksUp : expected ? text.thanksExpected : text.thanksDown;
    return { kind: 'info', locale, headline, fields: [] };
  }
}

export function feedbackWithoutState(locale: Locale): Answer {
  return { kind: 'info', locale, headline: TEXT[locale].noState, fields: [], problem: 'not_kept' };
}
