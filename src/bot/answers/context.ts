/** What every answer builder gets, and the one way answers are assembled. */

import type { Answer, AnswerKind, Locale } from '../../answer.ts';
import type { Store } from '../../store/open.ts';

export interface AnswerContext {
  store: Store;
  locale: Locale;
  /** Recommend a title when its predicted score reaches this. */
  recommendThreshold: number;
  /** The data build serving now. */
  build?: string;
  startedAt: Date;
  now: Date;
}

export function makeAnswer(
  context: Pick<AnswerContext, 'locale' | 'build'>,
  kind: AnswerKind,
  headline: string,
  rest: Partial<Omit<Answer, 'kind' | 'locale' | 'headline'>> = {},
): Answer {
  const answer: Answer = { kind, locale: context.locale, headline, fields: rest.fields ?? [] };
  if (rest.problem) answer.problem = rest.problem;
  if (rest.table && rest.table.rows.length > 0) answer.table = rest.table;
  if (rest.note) answer.note = rest.note;
  if (rest.chart) answer.chart = rest.chart;
  if (rest.suggestions && rest.suggestions.length > 0) answer.suggestions = rest.suggestions;
  const build = rest.build ?? context.build;
  if (build) answer.build = build;
  return answer;
}
