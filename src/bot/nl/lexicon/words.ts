/** The shape of one language's word lists (space-separated words, or regular-expression sources). */
export interface LanguageWords {
  /** Words only this language uses (titles aside): they tell the question's language. */
  markers: string;
  movieWords: string;
  showWords: string;
  /** Nouns for any title ("title", "stuff", "contenido"). */
  titleWords: string;
  /** Words that introduce a user id ("user 42", "usuario 42"). */
  userWords: string;
  /** Phrases before a score threshold ("more than", "por encima de"). */
  comparators: string[];
  scoreWords: string;
  /** What a number of picks counts ("5 movies"): a regular-expression source. */
  limitNouns: string;
  /** Words before a number of picks ("top 5"): a regular-expression source. */
  limitOpenings: string;
  /** Words after a number of similar titles ("5 parecidas a …"). */
  similarCounted: string;
  /** Words before and after a platform name, where a misspelt word is likely to be one. */
  platformBefore: string;
  platformAfter: string;
  /** Verbs that make "user N … <verb> <title>" a yes-or-no recommendation question. */
  recommendVerbs: string;
  /** Openings of a follow-up ("and on hulu?", "¿y en 2018?"): a regular-expression source. */
  followUp: string;
  /** Chat filler that says nothing about what is asked. */
  chat: string;
  /** Words that may frame a title said on its own ("is <title> on netflix?"). */
  bareTitleFrame: string;
  /** Dropped from the start and end of a title span. */
  titleLeading: string;
  titleTrailing: string;
  /** Words after which a comma ends a title ("if i liked moana, what else…"). */
  clauseWords: string;
  /** Words that never belong to a title found without an anchor. */
  frameWords: string;
  /** A weak anchor ("what is …") names a title only when nothing else follows; these mean something else does. */
  notInBareTitles: string;
  /** After "show"/"shows", these make it a verb ("show me"), not a TV show. */
  showVerbFollowers: string;
  /** Chat shorthand read as the word it stands for ("abt" → about, "u" → you). */
  shorthand: Record<string, string>;
  /** Phrases about things the catalog cannot answer (passwords, prices, the weather): a regular-expression source. */
  outOfScope: string;
}

export function wordsOf(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '');
}
