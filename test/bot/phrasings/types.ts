import type { CommandRequest } from '../../../src/bot/command.ts';

/** One phrasing and the request the parser must understand from it. */
export interface PhrasingCase {
  q: string;
  /** The language the answer must be in. */
  lang: 'en' | 'es';
  /** Earlier questions in the same conversation (for follow-ups). */
  after?: string[];
  expect: CommandRequest;
}
