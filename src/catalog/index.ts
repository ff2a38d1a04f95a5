/** The catalog questions, answered synchronously from the store. */
export { type ActorArgs, type ActorInput, type ActorValue, getActor, TIED_ACTORS_SHOWN } from './actor.ts';
export { type CountPlatformInput, type CountPlatformValue, getCountPlatform } from './count-platform.ts';
export type { CatalogDatabase, CatalogTables } from './derived-schema.ts';
export {
  DEFAULT_TITLE_MATCHES,
  type FindTitlesOptions,
  type FindTitlesValue,
  findTitles,
  MAX_TITLE_MATCHES,
  type TitleMatch,
  type TitleMatchKind,
} from './find-titles.ts';
export {
  type DurationTitle,
  type DurationUnit,
  getMaxDuration,
  type MaxDurationArgs,
  type MaxDurationInput,
  type MaxDurationValue,
  TIED_TITLES_SHOWN,
} from './max-duration.ts';
export { editDistance, lookupPlatform, PLATFORM_ALIASES, unknownPlatformMessage } from './platforms.ts';
export {
  askQuestion,
  isQuestionName,
  QUESTION_ARGUMENTS,
  QUESTION_NAMES,
  type QuestionArgument,
  type QuestionInput,
  type QuestionName,
  type QuestionValue,
  type QuestionValues,
} from './questions.ts';
export type { CatalogError, CatalogErrorCode, CatalogResult } from './result.ts';
export {
  BEST_SCORED_SHOWN,
  getScoreCount,
  type ScoreCountArgs,
  type ScoreCountInput,
  type ScoreCountValue,
  type ScoredMovie,
} from './score-count.ts';
export { foldSearchText, searchTokens } from './search-text.ts';
export type { NumberInput } from './validate.ts';
