/**
 * The words the parser knows: what a typo may be corrected to (the cue phrases every command module
 * declares, and the slot vocabulary) and every word left as typed (those, function words, number
 * words, platform names and compromise's English lexicon). Built on first use, from the command
 * modules, which themselves use the parser.
 */
import { COMMANDS } from '../../../commands/index.ts';
import { RECOMMENDATION_CUES } from '../../../commands/recommend.ts';
import { TITLE_INFO_CUES } from '../../../commands/title.ts';
import { PLATFORM_ALIASES } from '../../catalog/platforms.ts';
import { GENRES } from '../../genres.ts';
import { englishLexicon } from './english-lexicon.ts';
import { browseWords } from './lexicon/browse.ts';
import {
  CHAT_WORDS,
  ENGLISH_WORDS,
  FOLLOW_UP,
  FRAME_WORDS,
  MOVIE_WORDS,
  SCORE_WORDS,
  SHOW_WORDS,
  SPANISH_WORDS,
  THRESHOLD_PATTERNS,
  TITLE_EDGE_WORDS,
  TITLE_WORDS,
  USER_PATTERN,
} from './lexicon.ts';
import { TypoCorrector, wordsOfPatterns } from './typos.ts';

interface Vocabulary {
  known: Set<string>;
  corrector: TypoCorrector;
}

let built: Vocabulary | undefined;

/** A word the parser reads as it is (a cue, a function word, a platform name…). */
export function isKnownWord(word: string): boolean {
  built ??= buildVocabulary();
  return built.known.has(word);
}

/** The cue word a misspelt word stands for, if any ("lognest" → "longest"). */
export function correctTypo(word: string): string | undefined {
  built ??= buildVocabulary();
  return built.corrector.correct(word);
}

function buildVocabulary(): Vocabulary {
  const catalog = COMMANDS.filter((c) => c.catalogQuestion && c.cue).map((c) => c.cue!.source);
  const others = COMMANDS.filter((c) => !c.catalogQuestion && c.cue).map((c) => c.cue!.source);
  // Between equally close cue words, the earlier group wins.
  const groups = [
    [...catalog, SCORE_WORDS],
    [[...MOVIE_WORDS, ...SHOW_WORDS, ...TITLE_WORDS].join('|'), USER_PATTERN],
    [...others, ...RECOMMENDATION_CUES.map((c) => c.source), ...TITLE_INFO_CUES.map((c) => c.source)],
    [FOLLOW_UP, ...THRESHOLD_PATTERNS],
    [[...browseWords(), ...Object.values(GENRES).flatMap((name) => name.split(' '))].join('|')],
    // "netfix", "dinsey": only the long names, so that "crime" never becomes "prime" nor "hull" "hulu".
    [
      PLATFORM_ALIASES.map((a) => a.alias)
        .filter((alias) => /^[a-z]{6,}$/.test(alias))
        .join('|'),
    ],
  ].map(wordsOfPatterns);
  const known = new Set([
    ...groups.flatMap((group) => [...group]),
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
  return {
    known,
    corrector: new TypoCorrector(groups, [...known, ...englishLexicon()], known),
  };
}
