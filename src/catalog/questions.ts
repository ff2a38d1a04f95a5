/**
 * The four questions by the client's names, for callers that dispatch on a name (the CLI, the bot):
 * which arguments each takes, and one entry point that answers any of them.
 */
import type { Store } from '../store/open.ts';
import { type ActorValue, getActor } from './actor.ts';
import { type CountPlatformValue, getCountPlatform } from './count-platform.ts';
import { getMaxDuration, type MaxDurationValue } from './max-duration.ts';
import type { CatalogResult } from './result.ts';
import { getScoreCount, type ScoreCountValue } from './score-count.ts';
import type { NumberInput } from './validate.ts';

export const QUESTION_NAMES = [
  'get_max_duration',
  'get_score_count',
  'get_count_platform',
  'get_actor',
] as const;
export type QuestionName = (typeof QUESTION_NAMES)[number];

/** Every argument any question takes; each question reads only its own (`QUESTION_ARGUMENTS`). */
export interface QuestionInput {
  year?: NumberInput | null;
  platform?: string | null;
  durationType?: string | null;
  scored?: NumberInput | null;
}

export type QuestionArgument = keyof QuestionInput;

export const QUESTION_ARGUMENTS: Record<QuestionName, readonly QuestionArgument[]> = {
  get_max_duration: ['year', 'platform', 'durationType'],
  get_score_count: ['platform', 'scored', 'year'],
  get_count_platform: ['platform'],
  get_actor: ['platform', 'year'],
};

export interface QuestionValues {
  get_max_duration: MaxDurationValue;
  get_score_count: ScoreCountValue;
  get_count_platform: CountPlatformValue;
  get_actor: ActorValue;
}

export type QuestionValue = QuestionValues[QuestionName];

export function isQuestionName(name: string): name is QuestionName {
  return (QUESTION_NAMES as readonly string[]).includes(name);
}

export function askQuestion<N extends QuestionName>(
  store: Store,
  name: N,
  input: QuestionInput,
): CatalogResult<QuestionValues[N]>;
export function askQuestion(
  store: Store,
  name: QuestionName,
  input: QuestionInput,
): CatalogResult<QuestionValue> {
  switch (name) {
    case 'get_max_duration':
      return getMaxDuration(store, input);
    case 'get_score_count':
      return getScoreCount(store, input);
    case 'get_count_platform':
      return getCountPlatform(store, input);
    case 'get_actor':
      return getActor(store, input);
  }
}

/** A question's answer as `streambot query --json` prints it, and the HTTP API's `format=full`. */
export function questionJson(name: QuestionName, value: QuestionValue) {
  const { args, ...result } = value;
  return { function: name, args, result };
}

/**
 * The answer as the client's original API gave it: the longest title's name, the count, the number of
 * movies, the top actor's name; null when there is none.
 */
export function plainAnswer(value: QuestionValue): string | number | null {
  if ('movies' in value) return value.movies;
  if ('count' in value) return value.count;
  if (value.outcome !== 'found') return null;
  return 'actor' in value ? value.actor : value.title.title;
}
