/**
 * The words and phrases the parser recognises, joined from the English (`lexicon/en.ts`) and Spanish
 * (`lexicon/es.ts`) lists (folded: lower-case, no accents). Phrases are regular-expression sources over
 * token keys; see sentence.ts. Each command's own cue phrases live in its module in `commands/`.
 */
import { BROWSE_MARKERS } from './lexicon/browse.ts';
import { ENGLISH } from './lexicon/en.ts';
import { SPANISH } from './lexicon/es.ts';
import { type LanguageWords, wordsOf } from './lexicon/words.ts';
import { anyOf } from './sentence.ts';

const LANGUAGES = [ENGLISH, SPANISH];

/** The words of one list in both languages. */
function both(list: (language: LanguageWords) => string): Set<string> {
  return new Set(LANGUAGES.flatMap((language) => wordsOf(list(language))));
}

/** The alternatives of one pattern in both languages. */
function either(pattern: (language: LanguageWords) => string): string {
  return LANGUAGES.map(pattern)
    .filter((p) => p !== '')
    .join('|');
}

// ── Language ───────────────────────────────────────────────────────────────────────────────────────
/** Words that only one of the two languages uses (titles aside). */
export const SPANISH_WORDS = new Set(wordsOf(`${SPANISH.markers} ${BROWSE_MARKERS.es}`));
export const ENGLISH_WORDS = new Set(wordsOf(`${ENGLISH.markers} ${BROWSE_MARKERS.en}`));

// ── Content nouns ──────────────────────────────────────────────────────────────────────────────────
export const MOVIE_WORDS = both((l) => l.movieWords);
export const SHOW_WORDS = both((l) => l.showWords);
export const TITLE_WORDS = both((l) => l.titleWords);
/** "show" and "shows" are verbs in these phrases. */
export const NOT_A_SHOW_AFTER = both((l) => l.showVerbFollowers);

// ── Slots ──────────────────────────────────────────────────────────────────────────────────────────
const NUMBER = String.raw`\d+(?:\.\d+)?`;

export const USER_PATTERN = String.raw`(?:(?:the|a|el|la|al|del)\s+)?(?:${[...both((l) => l.userWords)].join('|')})(?:\s+(?:id|number|num|no|nr|numero|n|#|con\s+(?:el\s+)?id|with\s+(?:the\s+)?id|de\s+id))?(?:\s+:)?(?:\s+#)?\s+(?<n>\d+)(?!\S*\.\d)`;

const COMPARATORS = anyOf(LANGUAGES.flatMap((l) => l.comparators));
const COMPARATOR_SYMBOLS = '>=|>|gt';
const SCORE_FILLER = String.raw`(?:\s+(?:a|an|the|el|la|los|las|lo|un|una|score|rating|average|mean|nota|puntuacion|media|valoracion|calificacion|of|de|del|is|es|=|:)){0,3}`;
const SCORE_UNIT = String.raw`(?:\s+(?:stars?|estrellas?|puntos?|points?|★|/\s+5|out\s+of\s+5|sobre\s+5|de\s+5))?`;

export const SCORE_WORDS = [...both((l) => l.scoreWords)].join('|');

/** "over 3.5", "> 3.5", "more than 3.5 stars", "por encima de 3,5", "superan el 3,5". */
export const THRESHOLD_PATTERNS = [
  String.raw`(?:${COMPARATORS}|${COMPARATOR_SYMBOLS})${SCORE_FILLER}\s+(?<n>${NUMBER})(?!\s+(?:${either((l) => l.limitNouns)})(?!\S))${SCORE_UNIT}(?<half>\s+(?:y|and\s+a)\s+(?:media|medio|half))?`,
  String.raw`(?<n>${NUMBER})${SCORE_UNIT}\s+(?:\+(?!\s*\d)|(?:or|o)\s+(?:more|higher|better|above|greater|over|mas|superior|mejor|encima))`,
  String.raw`(?:${SCORE_WORDS})(?:\s+(?:of|de|del|a|an|the|el|la|is|es|=|:|average|mean))*\s+(?<n>${NUMBER})${SCORE_UNIT}(?:\s+\+)?`,
  String.raw`(?<n>${NUMBER})\s+(?:stars?|estrellas?|★)`,
];
/** A comparator that lost its number ("scored above"). */
export const DANGLING_COMPARATOR = String.raw`(?:${COMPARATORS}|${COMPARATOR_SYMBOLS})(?:\s+(?:a|the|el|la))?(?=\s+[^\d\s]|\s*$)`;

export const LIMIT_PATTERNS = [
  // The first pattern is an opening word and the number ("top 5"), read together.
  // "limit=10", "limit: 5" as typed in function-style input.
  String.raw`(?:${either((l) => l.limitOpenings)})(?:\s+[=:])?\s+(?<n>\d{1,3})`,
  String.raw`(?<n>\d{1,3})(?:\s+(?!\d)\S+){0,2}?\s+(?:${either((l) => l.limitNouns)}|${[...both((l) => l.similarCounted)].join('|')})`,
  String.raw`(?<n>\d{1,2})\s+(?:of\s+them|de\s+ell[oa]s)`,
];

/**
 * Streaming services Streambot does not cover, so that "longest movie on hbo" is told so instead
 * of being answered for every platform. Matched only where a platform name goes.
 */
export const OTHER_SERVICES = [
  'hbo max',
  'hbo',
  'max',
  'apple tv +',
  'apple tv plus',
  'apple tv',
  'paramount +',
  'paramount plus',
  'paramount',
  'peacock',
  'showtime',
  'starz',
  'crunchyroll',
  'youtube',
  'tubi',
  'pluto tv',
  'mubi',
  'filmin',
  'movistar +',
  'movistar plus',
  'movistar',
  'rakuten tv',
  'skyshowtime',
  'crave',
];

/** Prepositions and verbs that make a misspelled word next to them likely to be a platform. */
export const PLATFORM_NEIGHBOURS_BEFORE = both((l) => l.platformBefore);
export const PLATFORM_NEIGHBOURS_AFTER = both((l) => l.platformAfter);

// ── Intents ────────────────────────────────────────────────────────────────────────────────────────
/** Verbs that make "user N … <verb> <title>" a yes-or-no recommendation question. */
export const RECOMMEND_VERBS = both((l) => l.recommendVerbs);

/** Openings of a follow-up ("and on hulu?", "what about 2019?", "¿y en 2018?"). */
export const FOLLOW_UP = either((l) => l.followUp);

/** Chat shorthand and the word each stands for ("abt" → about). */
export const SHORTHAND = new Map(LANGUAGES.flatMap((l) => Object.entries(l.shorthand)));

/** Things the catalog cannot answer: a question about them is not understood, whatever else it names. */
export const OUT_OF_SCOPE = either((l) => l.outOfScope);

/** Chat filler that says nothing about what is asked. */
export const CHAT_WORDS = both((l) => l.chat);
/** Words that may frame a title said on its own ("is the count of monte cristo on netflix?"). */
export const BARE_TITLE_FRAME = both((l) => l.bareTitleFrame);

// ── Titles ─────────────────────────────────────────────────────────────────────────────────────────
/** Dropped from either end of a title span. */
export const TITLE_EDGE_WORDS: Record<'en' | 'es', { leading: Set<string>; trailing: Set<string> }> = {
  en: { leading: new Set(wordsOf(ENGLISH.titleLeading)), trailing: new Set(wordsOf(ENGLISH.titleTrailing)) },
  es: { leading: new Set(wordsOf(SPANISH.titleLeading)), trailing: new Set(wordsOf(SPANISH.titleTrailing)) },
};
/** Words after which a comma ends the title ("if i liked moana, what else…"). */
export const CLAUSE_WORDS = both((l) => l.clauseWords);
/** Words that never belong to a title when the title is found without an anchor. */
export const FRAME_WORDS = both((l) => l.frameWords);
/** A weak anchor ("what is …") only names a title when nothing else follows; these words mean something else does. */
export const NOT_IN_BARE_TITLES = both((l) => l.notInBareTitles);
