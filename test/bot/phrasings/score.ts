/** Scores the parser on a phrasing set: exact request match and answer language. */
import type { Locale } from '../../../src/answer.ts';
import type { CommandRequest } from '../../../src/bot/command.ts';
import { parseQuestion } from '../../../src/bot/nl/parse.ts';
import type { ExpectedRequest, PhrasingCase } from './types.ts';

export interface CaseResult {
  case: PhrasingCase;
  got: CommandRequest;
  locale: Locale;
  ok: boolean;
}

const NOW = new Date('2025-06-01T00:00:00Z');

/** Parses the case's question after its earlier questions, as one conversation. */
export function runCase(c: PhrasingCase): CaseResult {
  let previous: CommandRequest | undefined;
  let locale: Locale | undefined;
  for (const earlier of c.after ?? []) {
    const parsed = parseQuestion(earlier, { previous, locale, now: NOW });
    previous = parsed.request;
    locale = parsed.locale;
  }
  const parsed = parseQuestion(c.q, { previous, locale, now: NOW });
  const ok = sameRequest(parsed.request, c.expect) && parsed.locale === c.lang;
  return { case: c, got: parsed.request, locale: parsed.locale, ok };
}

function sameRequest(a: CommandRequest, b: ExpectedRequest): boolean {
  return canonical(a) === canonical(b);
}

/** A request as one comparable string: name, sorted args, missing. */
export function canonical(r: CommandRequest | ExpectedRequest): string {
  const args = Object.fromEntries(Object.entries(r.args).sort(([x], [y]) => x.localeCompare(y)));
  return JSON.stringify({ name: r.name, args, missing: r.missing ?? [] });
}

export interface Accuracy {
  total: number;
  correct: number;
  rate: number;
}

export function accuracy(results: CaseResult[], lang: Locale): Accuracy {
  const mine = results.filter((r) => r.case.lang === lang);
  const correct = mine.filter((r) => r.ok).length;
  return { total: mine.length, correct, rate: mine.length === 0 ? 1 : correct / mine.length };
}
