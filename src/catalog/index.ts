/** The catalog questions, answered synchronously from the store. */

export { foldSearchText, searchTokens } from '../search-text.ts';
export { type ActorValue, getActor, TIED_ACTORS_SHOWN } from './actor.ts';
export { type CountPlatformValue, getCountPlatform } from './count-platform.ts';
export {
  DEFAULT_TITLE_MATCHES,
  findTitles,
  type TitleMatch,
} from './find-titles.ts';
export {
  getMaxDuration,
  type MaxDurationValue,
  TIED_TITLES_SHOWN,
} from './max-duration.ts';
export { editDistance } from './platforms.ts';
export {
  askQuestion,
  isQuestionName,
  plainAnswer,
  QUESTION_ARGUMENTS,
  QUESTION_NAMES,
  type QuestionArgument,
  type QuestionInput,
  type QuestionName,
  type QuestionValue,
  questionJson,
} from './questions.ts';
export type { CatalogError, CatalogErrorCode, CatalogResult } from './result.ts';
export {
  BEST_SCORED_SHOWN,
  getScoreCount,
  type ScoreCountValue,
} from './score-count.ts';
