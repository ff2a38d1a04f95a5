/**
 * Extractors for the values of browsing questions: year ranges and decades, bounds on minutes,
 * seasons and scores, age ratings, people (through the catalog's gazetteer), countries, genres,
 * orderings and groupings. Like the other extractors, each marks the tokens it used.
 */
import type { BrowseFilters, GroupBy, Order, Sort } from '../../catalog/browse.ts';
import { GENRES, type Genre } from '../../genres.ts';
import type { Gazetteer, PersonEntry } from './gazetteer.ts';
import {
  ABOVE,
  AGE_RATINGS,
  AT_LEAST,
  AT_MOST,
  BELOW,
  CAST_BEFORE,
  COUNTRY_WORDS,
  DECADE_WORDS,
  DIRECTION_WORDS,
  DIRECTOR_AFTER,
  DIRECTOR_BEFORE,
  GENRE_WORDS,
  GROUPINGS,
  HOUR_UNITS,
  LIST_CUES,
  MINUTE_UNITS,
  OR_LESS,
  OR_MORE,
  ORDERINGS,
  RATED_LETTERS,
  SCORE_NOUNS,
  SEASON_UNITS,
  SINGLE_WORDS,
  STAR_UNITS,
} from './lexicon/browse.ts';
import { ENGLISH_WORDS, SPANISH_WORDS } from './lexicon.ts';
import { anyOf, phrase, type Sentence, type Span } from './sentence.ts';
import { isKnownWord } from './vocabulary.ts';

/** Browse filters only a browsing question has (platform, type, a single year and the score floor are in `Slots`). */
export type BrowseOnlyFilters = Omit<BrowseFilters, 'platform' | 'type' | 'year' | 'min_score'>;

/** The browse values a question carries. */
export interface BrowseSlots {
  filters: BrowseOnlyFilters;
  sort?: Sort;
  order?: Order;
  group_by?: GroupBy;
  /** "list", "show me", "what's on", "top": the question asks for titles. */
  listCue: boolean;
  /** The question says a person acts or directs ("con X", "directed by X", "what did X direct"). */
  roleSaid?: boolean;
  /** Where the genre was said. */
  genreAt?: Span;
  /** Where the ordering words are (a list is asked when they qualify a plural: "longest movies"). */
  sortAt?: Span;
  /** A small number left over ("list 20 thrillers"): how many titles, when nothing else took it. */
  count?: number;
}

const NUM = String.raw`\d+(?:\.\d+)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const words = (list: readonly string[]) => anyOf(list);

// ── bounds on minutes and seasons ───────────────────────────────────────────────────────────────
const UNIT = `(?<unit>${words([...MINUTE_UNITS, ...HOUR_UNITS, ...SEASON_UNITS])})`;
const CMP = `(?<cmp>${words([...BELOW, ...AT_MOST, ...ABOVE, ...AT_LEAST])})`;
const HALF = String.raw`(?<half>\s+(?:and\s+a\s+half|y\s+media))?`;
const DURATION_BEFORE = phrase(
  String.raw`${CMP}\s+(?:(?:a|an|un|una|the)\s+)?(?:(?<n>${NUM})\s+)?${UNIT}${HALF}(?:\s+(?:long|de\s+duracion))?`,
);
const DURATION_AFTER = phrase(
  String.raw`(?:(?:a|an|un|una)\s+)?(?:(?<n>${NUM})\s+)?${UNIT}${HALF}(?:\s+(?:long|de\s+duracion))?\s+(?<post>${words([...OR_LESS, ...OR_MORE])})`,
);
const DURATION_BETWEEN = phrase(
  String.raw`(?:between|entre|from|de)\s+(?<a>${NUM})\s+(?:(?:${words([...MINUTE_UNITS, ...HOUR_UNITS])})\s+)?(?:and|to|y|a)\s+(?<n>${NUM})\s+${UNIT}`,
);
const SINGLE_SEASON = phrase(String.raw`(?:${words(SINGLE_WORDS)})\s+(?:season|temporada)`);
const EXACT_SEASONS = phrase(String.raw`(?:with|con|de)\s+(?<n>\d+)\s+(?:seasons|temporadas)`);

type Bound = { min?: number; max?: number };

function durationBounds(sentence: Sentence, into: BrowseSlots): void {
  const set = (unit: string, bound: Bound) => {
    const seasons = SEASON_UNITS.includes(unit);
    if (seasons) {
      if (bound.min !== undefined) into.filters.min_seasons = bound.min;
      if (bound.max !== undefined) into.filters.max_seasons = bound.max;
    } else {
      if (bound.min !== undefined) into.filters.min_minutes = bound.min;
      if (bound.max !== undefined) into.filters.max_minutes = bound.max;
    }
  };
  for (const match of sentence.matchAll(DURATION_BETWEEN)) {
    const unit = text(sentence, match.groups.unit);
    const scale = HOUR_UNITS.includes(unit) ? 60 : 1;
    set(unit, { min: value(sentence, match.groups.a) * scale, max: value(sentence, match.groups.n) * scale });
    sentence.consume(match, 'bound');
  }
  for (const match of sentence.matchAll(DURATION_BEFORE)) {
    const unit = text(sentence, match.groups.unit);
    // "maximum seasons", "most minutes": a plural with no number is a superlative, not a bound.
    if (!match.groups.n && unit.endsWith('s')) continue;
    const n = (match.groups.n ? value(sentence, match.groups.n) : 1) + (match.groups.half ? 0.5 : 0);
    set(unit, bounded(text(sentence, match.groups.cmp), amount(n, unit)));
    sentence.consume(match, 'bound');
  }
  for (const match of sentence.matchAll(DURATION_AFTER)) {
    const unit = text(sentence, match.groups.unit);
    const n = amount(
      (match.groups.n ? value(sentence, match.groups.n) : 1) + (match.groups.half ? 0.5 : 0),
      unit,
    );
    set(unit, OR_LESS.includes(text(sentence, match.groups.post)) ? { max: n } : { min: n });
    sentence.consume(match, 'bound');
  }
  const single = sentence.match(SINGLE_SEASON);
  if (single && into.filters.min_seasons === undefined && into.filters.max_seasons === undefined) {
    set('seasons', { min: 1, max: 1 });
    sentence.consume(single, 'bound');
  }
  const exact = sentence.match(EXACT_SEASONS);
  if (exact && into.filters.min_seasons === undefined && into.filters.max_seasons === undefined) {
    const n = value(sentence, exact.groups.n);
    set('seasons', { min: n, max: n });
    sentence.consume(exact, 'bound');
  }
}

/** Whole minutes or seasons; hours become minutes. */
function amount(n: number, unit: string): number {
  return Math.round(HOUR_UNITS.includes(unit) ? n * 60 : n);
}

/** "under 90" is at most 89, "over 3" at least 4: every bound the filters take is inclusive. */
function bounded(comparator: string, n: number): Bound {
  if (BELOW.includes(comparator)) return { max: n - 1 };
  if (AT_MOST.includes(comparator)) return { max: n };
  if (ABOVE.includes(comparator)) return { min: n + 1 };
  return { min: n };
}

// ── a score ceiling ("rated below 2") ───────────────────────────────────────────────────────────
const SCORE_CEILING = [
  phrase(
    String.raw`(?:${words(SCORE_NOUNS)})\s+(?:(?:of|de|is|es)\s+)?(?<cmp>${words([...BELOW, ...AT_MOST])})\s+(?:(?:a|an)\s+)?(?<n>${NUM})(?:\s+(?:${words(STAR_UNITS)}))?`,
  ),
  phrase(String.raw`(?<cmp>${words([...BELOW, ...AT_MOST])})\s+(?<n>${NUM})\s+(?:${words(STAR_UNITS)})`),
  phrase(String.raw`(?<n>${NUM})\s+(?:${words(STAR_UNITS)})\s+(?:${words(OR_LESS)})`),
];

function scoreCeiling(sentence: Sentence, into: BrowseSlots): void {
  for (const pattern of SCORE_CEILING) {
    const match = sentence.match(pattern);
    if (!match) continue;
    const n = value(sentence, match.groups.n);
    if (n > 5) continue;
    into.filters.max_score = n;
    sentence.consume(match, 'bound');
    return;
  }
}

// ── years: ranges and decades ───────────────────────────────────────────────────────────────────
const YEAR_WORD = String.raw`(?:(?:the\s+)?years?\s+|(?:el\s+|los\s+)?anos?\s+|el\s+)?`;
const RANGES: { pattern: RegExp; range: (a: number, b: number) => [number?, number?] }[] = [
  {
    pattern: phrase(
      String.raw`(?:between|entre|from|de|desde|del)\s+${YEAR_WORD}(?<a>${YEAR})\s+(?:and|to|until|till|through|thru|y|a|al|hasta|-)\s+(?:el\s+)?(?<b>${YEAR})`,
    ),
    range: (a, b) => [Math.min(a, b), Math.max(a, b)],
  },
  {
    pattern: phrase(String.raw`(?<a>${YEAR})\s+(?:to|through|thru|a|al|hasta|-)?\s*(?<b>${YEAR})`),
    range: (a, b) => [Math.min(a, b), Math.max(a, b)],
  },
  {
    pattern: phrase(
      String.raw`(?:since|desde|starting(?:\s+(?:in|from))?|a\s+partir\s+del?)\s+${YEAR_WORD}(?<a>${YEAR})|(?:from\s+|de\s+|del\s+)?(?<a2>${YEAR})\s+(?:onwards?|and\s+on|forward|or\s+later|and\s+later|or\s+after|or\s+newer|and\s+up|en\s+adelante|hacia\s+adelante|o\s+posteriores?|y\s+posteriores?|para\s+aca|o\s+despues)`,
    ),
    range: (a) => [a, undefined],
  },
  {
    pattern: phrase(
      String.raw`(?:after|later\s+than|newer\s+than|post|despues\s+del?|posteriores\s+al?|posterior\s+al?|mas\s+nuevas\s+que|tras)\s+${YEAR_WORD}(?<a>${YEAR})`,
    ),
    range: (a) => [a + 1, undefined],
  },
  {
    pattern: phrase(
      String.raw`(?:before|earlier\s+than|older\s+than|prior\s+to|pre|antes\s+del?|anteriores\s+al?|anterior\s+al?)\s+${YEAR_WORD}(?<a>${YEAR})`,
    ),
    range: (a) => [undefined, a - 1],
  },
  {
    pattern: phrase(
      String.raw`(?:until|till|up\s+to|through|hasta(?:\s+el)?)\s+${YEAR_WORD}(?<a>${YEAR})|(?<a2>${YEAR})\s+(?:or\s+earlier|and\s+earlier|or\s+before|or\s+older|o\s+anteriores?|y\s+anteriores?|o\s+antes)`,
    ),
    range: (a) => [undefined, a],
  },
];
const DECADE_DIGITS = phrase(
  String.raw`(?:(?:the|in|from|de|los|las|del|early|late|mid|anos|decada|de\s+la\s+decada\s+de|la\s+decada\s+de|principios\s+de|finales\s+de)\s+)*(?<d>(?:19|20)?[0-9]0|0)\s*(?:'\s*)?s`,
);
const DECADE_SPANISH = phrase(
  String.raw`(?:de\s+)?(?:los|las|anos|decada\s+de(?:\s+los)?)\s+(?:anos\s+)?(?<d>[2-9]0|19[0-9]0|20[0-2]0)(?!\s+(?:mas|mejores|peores|primer\w*|ultim\w*|minutos|min|temporadas|peliculas|pelis|series|titulos|movies|shows|films|con|de|que)(?!\S))`,
);
const DECADE_NAMED = phrase(
  String.raw`(?:(?:the|los|las|de\s+los|anos|early|late|mid)\s+)*(?<w>${words(Object.keys(DECADE_WORDS))})`,
);

function yearRange(sentence: Sentence, into: BrowseSlots): void {
  for (const { pattern, range } of RANGES) {
    const match = sentence.match(pattern);
    if (!match) continue;
    const a = value(sentence, match.groups.a ?? match.groups.a2);
    const b = match.groups.b ? value(sentence, match.groups.b) : a;
    const [from, to] = range(a, b);
    if (from !== undefined) into.filters.year_from = from;
    if (to !== undefined) into.filters.year_to = to;
    sentence.consume(match, 'range');
    return;
  }
  const digits = sentence.match(DECADE_DIGITS) ?? sentence.match(DECADE_SPANISH);
  if (digits) {
    decade(into, decadeStart(value(sentence, digits.groups.d)));
    sentence.consume(digits, 'range');
    return;
  }
  const named = sentence.match(DECADE_NAMED);
  // "veinte"/"treinta" alone are numbers: a Spanish decade word needs its article ("los noventa").
  if (
    named &&
    (/^(?:the|los|las|de|anos|early|late|mid)$/.test(sentence.tokens[named.from]!.norm) ||
      /ies$/.test(text(sentence, named.groups.w)))
  ) {
    decade(into, DECADE_WORDS[text(sentence, named.groups.w)]!);
    sentence.consume(named, 'range');
  }
}

/** "90" is the 1990s, "10" and "2010" the 2010s, "0" the 2000s. */
function decadeStart(d: number): number {
  if (d >= 1000) return d;
  return d <= 20 ? 2000 + d : 1900 + d;
}

function decade(into: BrowseSlots, start: number): void {
  into.filters.year_from = start;
  into.filters.year_to = start + 9;
}

// ── age ratings ─────────────────────────────────────────────────────────────────────────────────
const AGE_RATING = phrase(
  String.raw`(?:rated\s+|clasificacion\s+|calificacion\s+|for\s+)?(?<r>${words(Object.keys(AGE_RATINGS))})(?:\s+rated)?`,
);
const RATED_LETTER = phrase(
  String.raw`(?:rated|clasificacion|calificacion|clasificadas)\s+(?<r>${words(Object.keys(RATED_LETTERS))})|(?<r2>${words(Object.keys(RATED_LETTERS))})\s+(?:rated|movies|films|peliculas|titles)`,
);

function ageRating(sentence: Sentence, into: BrowseSlots): void {
  const match = sentence.match(AGE_RATING);
  if (match) {
    into.filters.age_rating = AGE_RATINGS[text(sentence, match.groups.r)];
    sentence.consume(match, 'age_rating');
    return;
  }
  const letter = sentence.match(RATED_LETTER);
  if (letter) {
    into.filters.age_rating = RATED_LETTERS[text(sentence, letter.groups.r ?? letter.groups.r2)];
    sentence.consume(letter.groups.r2 ?? letter, 'age_rating');
  }
}

// ── people ──────────────────────────────────────────────────────────────────────────────────────
const DIRECTOR_CUE_BEFORE = new RegExp(`(?:^|\\s)(?:${words(DIRECTOR_BEFORE)})\\s*$`);
const CAST_CUE_BEFORE = new RegExp(`(?:^|\\s)(?:${words(CAST_BEFORE)})\\s*$`);
const DIRECTOR_CUE_AFTER = new RegExp(`^\\s*(?:${words(DIRECTOR_AFTER)})(?:\\s|$)`);

/** A person the catalog lists, named in free words: as cast or director, by the words around or by what they did most. */
function person(sentence: Sentence, gazetteer: Gazetteer | undefined, into: BrowseSlots): void {
  if (!gazetteer) return;
  for (const mention of gazetteer.findPeople(sentence.source)) {
    const span = spanOf(sentence, mention.start, mention.end);
    if (!span) continue;
    const before = keysBetween(sentence, Math.max(0, span.from - 3), span.from);
    const after = keysBetween(sentence, span.to, Math.min(sentence.tokens.length, span.to + 2));
    const directorCue = DIRECTOR_CUE_BEFORE.test(before) || DIRECTOR_CUE_AFTER.test(after);
    const castCue = CAST_CUE_BEFORE.test(before);
    const named = mention.folded.split(' ');
    // A two-word name of everyday words ("will power") is a person only when the words say so.
    if (named.length < 2 && (named[0]!.length < 3 || isKnownWord(named[0]!))) continue;
    if (!directorCue && !castCue && (named.length < 2 || named.every((w) => isKnownWord(w)))) continue;
    const entry = mostCredited(mention.entries);
    const asDirector = directorCue || (!castCue && entry.directedTitles > entry.castTitles);
    if (asDirector && entry.directedTitles === 0 && entry.castTitles > 0 && !directorCue) continue;
    if (asDirector) into.filters.director = entry.name;
    else into.filters.cast = entry.name;
    into.roleSaid = directorCue || castCue;
    sentence.consume(span, 'person');
    return;
  }
  misspelledPerson(sentence, gazetteer, into);
}

/** Two or three free words the catalog almost names as a person ("brad pit"), after a cue or before "movies". */
function misspelledPerson(sentence: Sentence, gazetteer: Gazetteer, into: BrowseSlots): void {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    for (const length of [3, 2]) {
      const span = { from: i, to: i + length };
      if (span.to > tokens.length) continue;
      const run = tokens.slice(span.from, span.to);
      if (run.some((t, k) => t.kind !== 'word' || !sentence.isFree(i + k))) continue;
      if (run.every((t) => isKnownWord(t.norm))) continue;
      // "Hamilton is …": a run with a function word in it is no name.
      if (run.some((t) => ENGLISH_WORDS.has(t.norm) || SPANISH_WORDS.has(t.norm))) continue;
      const found = gazetteer.similarPeople(run.map((t) => t.norm.replace(/[^a-z0-9]/g, '')));
      if (!found) continue;
      const before = keysBetween(sentence, Math.max(0, i - 3), i);
      const directorCue = DIRECTOR_CUE_BEFORE.test(before);
      const castCue = CAST_CUE_BEFORE.test(before);
      const asDirector = directorCue || (!castCue && found.directedTitles > found.castTitles);
      into.roleSaid = directorCue || castCue;
      if (asDirector) into.filters.director = found.name;
      else into.filters.cast = found.name;
      sentence.consume(span, 'person');
      return;
    }
  }
}

function mostCredited(entries: PersonEntry[]): PersonEntry {
  return entries.reduce((a, b) =>
    b.castTitles + b.directedTitles > a.castTitles + a.directedTitles ? b : a,
  );
}

/** The free tokens exactly covering characters [start, end), if any. */
function spanOf(sentence: Sentence, start: number, end: number): Span | undefined {
  let from = -1;
  let to = -1;
  for (const [i, token] of sentence.tokens.entries()) {
    if (token.end <= start || token.start >= end) continue;
    if (token.start < start || token.end > end || !sentence.isFree(i)) return undefined;
    if (from < 0) from = i;
    to = i + 1;
  }
  return from < 0 ? undefined : { from, to };
}

function keysBetween(sentence: Sentence, from: number, to: number): string {
  const keys: string[] = [];
  for (let i = from; i < to; i++) keys.push(sentence.key(i));
  return keys.join(' ');
}

// ── countries, genres, orderings, groupings ─────────────────────────────────────────────────────
const COUNTRY_BY_WORD = new Map<string, string>(
  Object.entries(COUNTRY_WORDS).flatMap(([country, names]) => [
    [country, country] as const,
    ...names.map((name) => [name, country] as const),
  ]),
);
const COUNTRY = phrase(`(?<c>${words([...COUNTRY_BY_WORD.keys()])})`);
/** "in english", "en español": a language asked for the answer, not a country. */
const LANGUAGE_BEFORE = new Set(['in', 'en']);

function country(sentence: Sentence, into: BrowseSlots): void {
  for (const match of sentence.matchAll(COUNTRY)) {
    const name = text(sentence, match.groups.c);
    if (LANGUAGE_BEFORE.has(sentence.tokens[match.from - 1]?.norm ?? '') && !COUNTRY_WORDS[name]) continue;
    into.filters.country = COUNTRY_BY_WORD.get(name);
    sentence.consume(match, 'country');
    return;
  }
}

const GENRE_BY_WORD = new Map<string, Genre>(
  (Object.keys(GENRES) as Genre[]).flatMap((genre) => [
    [genre.replace('-', ' '), genre] as const,
    [GENRES[genre], genre] as const,
    ...(GENRE_WORDS[genre] ?? []).map((word) => [word, genre] as const),
  ]),
);
const GENRE = phrase(`(?<g>${words([...GENRE_BY_WORD.keys()])})(?:\\s+(?:movies?|films?|shows?|series))?`);

/** "for my family", "con mi familia": the family after a possessive are people, not a genre. */
const POSSESSIVES = new Set('my our their your mi mis nuestra nuestro tu tus'.split(' '));

function genre(sentence: Sentence, into: BrowseSlots): void {
  const match = sentence
    .matchAll(GENRE)
    .find(
      (m) =>
        GENRE_BY_WORD.get(text(sentence, m.groups.g)) !== 'family' ||
        !POSSESSIVES.has(sentence.tokens[m.from - 1]?.norm ?? ''),
    );
  if (!match) return;
  into.filters.genre = GENRE_BY_WORD.get(text(sentence, match.groups.g));
  // Not consumed: other commands' cues read genre words too ("anime like naruto").
  into.genreAt = match.groups.g;
}

const ORDER_BY_WORD = new Map(ORDERINGS.flatMap((o) => o.words.map((w) => [w, o] as const)));
const ORDERING = phrase(
  String.raw`(?:(?:sorted|ordered|sort|order|ordenadas?|ordenados?|ordenar)\s+)?(?<o>${words([...ORDER_BY_WORD.keys()])})`,
);
const DIRECTION = phrase(`(?<d>${words(Object.keys(DIRECTION_WORDS))})`);

function ordering(sentence: Sentence, into: BrowseSlots): void {
  const match = sentence.match(ORDERING);
  const bestLimit = sentence.tokens.some(
    (t) => t.slot === 'limit' && ['top', 'best', 'mejores'].includes(t.norm),
  );
  if (match) {
    const found = ORDER_BY_WORD.get(text(sentence, match.groups.o))!;
    into.sort = found.sort;
    into.order = found.order;
    into.sortAt = match;
  } else if (bestLimit) {
    into.sort = 'score';
    into.order = 'desc';
  }
  const direction = sentence.match(DIRECTION);
  if (direction && into.sort) {
    into.order = DIRECTION_WORDS[text(sentence, direction.groups.d)];
  }
}

const GROUP_BY_WORD = new Map(GROUPINGS.flatMap((g) => g.words.map((w) => [w, g.group] as const)));
const GROUPING = phrase(`(?<g>${words([...GROUP_BY_WORD.keys()])})`);

function grouping(sentence: Sentence, into: BrowseSlots): void {
  const match = sentence.match(GROUPING);
  if (!match) return;
  into.group_by = GROUP_BY_WORD.get(text(sentence, match.groups.g));
}

const LIST_CUE = phrase(words(LIST_CUES));

// ── helpers and the entry points ────────────────────────────────────────────────────────────────
function text(sentence: Sentence, span: Span | undefined): string {
  return keysBetween(sentence, span!.from, span!.to);
}

function value(sentence: Sentence, span: Span | undefined): number {
  return sentence.tokens[span!.from]!.value!;
}

/** Bounds, ranges and ratings: read before the plain year, threshold and limit extractors see their numbers. */
export function extractBrowseNumbers(sentence: Sentence): BrowseSlots {
  const slots: BrowseSlots = { filters: {}, listCue: false };
  durationBounds(sentence, slots);
  scoreCeiling(sentence, slots);
  yearRange(sentence, slots);
  ageRating(sentence, slots);
  return slots;
}

/** People, countries, genres, orderings and groupings: read after the numbers and the platform. */
export function extractBrowseWords(
  sentence: Sentence,
  gazetteer: Gazetteer | undefined,
  into: BrowseSlots,
): void {
  person(sentence, gazetteer, into);
  grouping(sentence, into);
  ordering(sentence, into);
  genre(sentence, into);
  country(sentence, into);
  into.listCue = sentence.test(LIST_CUE);
  const number = sentence.tokens.findIndex(
    (t, i) =>
      sentence.isFree(i) && t.kind === 'number' && /^\d+$/.test(t.text) && t.value! >= 1 && t.value! <= 25,
  );
  if (number >= 0) into.count = sentence.tokens[number]!.value;
}

/** How many browse-only filters a question gave. */
export function browseFilterCount(slots: BrowseSlots): number {
  return Object.values(slots.filters).filter((v) => v !== undefined).length;
}
