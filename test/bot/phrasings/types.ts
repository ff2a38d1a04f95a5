import type { CommandRequest, RequestArgs } from '../../../src/bot/command.ts';

/** A request as a test writes it: title ids as plain strings. */
export interface ExpectedRequest extends Omit<CommandRequest, 'args'> {
  args: Omit<RequestArgs, 'title_id'> & { title_id?: string };
}

/** One phrasing and the request the parser must understand from it. */
export interface PhrasingCase {
  q: string;
  /** The language the answer must be in. */
  lang: 'en' | 'es';
  /** Earlier questions in the same conversation (for follow-ups). */
  after?: string[];
  expect: ExpectedRequest;
}
