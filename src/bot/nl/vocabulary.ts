/**
 * The words the parser knows: what a typo may be corrected to (the intent vocabulary of both
 * languages) and every word left as typed (those, function words, number words, platform names and
 * compromise's English lexicon). A catalog name made only of known words is not taken as a title
 * unless the sentence leaves no other reading.
 */
import nlp from 'compromise';
import { PLATFORM_ALIASES } from '../../catalog/platforms.ts';
import {
  ACTOR_ACTIVITY,
  ACTOR_WORDS,
  CHAT_WORDS,
  COUNT,
  ENGLISH_WORDS,
  FIRST_PERSON_PICKS,
  FIRST_PERSON_VERDICT,
  FOLLOW_UP,
  FRAME_WORDS,
  HELP,
  INFO_STRONG,
  INFO_WEAK,
  LONGEST,
  MOVIE_WORDS,
  RECOMMEND_ANCHORS,
  RECOMMEND_REQUEST,
  REFRESH,
  SCORE_WORDS,
  SHOW_WORDS,
  SIMILAR,
  SIMILAR_ANCHORS,
  SPANISH_WORDS,
  STATUS,
  THRESHOLD_PATTERNS,
  TITLE_EDGE_WORDS,
  TITLE_WORDS,
  USER_PATTERN,
  YES_NO_PHRASES,
} from './lexicon.ts';
import { TypoCorrector, wordsOfPatterns } from './typos.ts';

/** Cue words a misspelt word may be read as, by priority: between equally close words the earlier group wins. */
const INTENT_GROUPS = [
  [ACTOR_WORDS, LONGEST, COUNT, SCORE_WORDS],
  [[...MOVIE_WORDS, ...SHOW_WORDS, ...TITLE_WORDS].join('|'), USER_PATTERN],
  [SIMILAR, SIMILAR_ANCHORS, RECOMMEND_REQUEST, RECOMMEND_ANCHORS, FIRST_PERSON_VERDICT, FIRST_PERSON_PICKS],
  [
    INFO_STRONG,
    INFO_WEAK,
    HELP,
    STATUS,
    REFRESH,
    YES_NO_PHRASES,
    FOLLOW_UP,
    ACTOR_ACTIVITY,
    ...THRESHOLD_PATTERNS,
  ],
].map(wordsOfPatterns);
const INTENT_WORDS = INTENT_GROUPS.flatMap((group) => [...group]);

const englishLexicon = Object.keys(
  (nlp.world() as { model: { one: { lexicon: object } } }).model.one.lexicon,
);

/** Every word the parser leaves as typed. */
export const KNOWN_WORDS: ReadonlySet<string> = new Set([
  ...INTENT_WORDS,
  ...ENGLISH_WORDS,
  ...SPANISH_WORDS,
  ...FRAME_WORDS,
  ...CHAT_WORDS,
  ...TITLE_EDGE_WORDS.en.leading,
  ...TITLE_EDGE_WORDS.en.trailing,
  ...TITLE_EDGE_WORDS.es.leading,
  ...TITLE_EDGE_WORDS.es.trailing,
  ...PLATFORM_ALIASES.flatMap((a) => a.alias.split(/[^a-z]+/)),
]);

export const typoCorrector = new TypoCorrector(INTENT_GROUPS, [...KNOWN_WORDS, ...englishLexicon]);
