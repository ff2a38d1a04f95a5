/**
 * Extractors for the values a question carries: title ids, quoted titles, users, score thresholds,
 * years, limits and platforms. Each marks the tokens it used, so no value is read twice.
 */
import { editDistance, PLATFORM_ALIASES } from '../../catalog/platforms.ts';
import { isTitleId, type Platform, type TitleId } from '../../domain.ts';
import { type BrowseSlots, extractBrowseNumbers, extractBrowseWords } from './browse-slots.ts';
import type { Gazetteer } from './gazetteer.ts';
import {
  DANGLING_COMPARATOR,
  ENGLISH_WORDS,
  LIMIT_PATTERNS,
  OTHER_SERVICES,
  PLATFORM_NEIGHBOURS_AFTER,
  PLATFORM_NEIGHBOURS_BEFORE,
  SPANISH_WORDS,
  THRESHOLD_PATTERNS,
  USER_PATTERN,
} from './lexicon.ts';
import { anyOf, phrase, type Sentence, type Span } from './sentence.ts';
import { fold, type Token, tokenize } from './tokens.ts';

export interface Slots {
  titleId?: TitleId;
  /** A title in quotes, taken as typed. */
  quoted?: string;
  user?: number;
  scored?: number;
  /** A comparator without its number ("scored above"). */
  danglingComparator?: boolean;
  year?: number;
  limit?: number;
  platform?: Platform;
  /** Another platform is named besides `platform` ("compare netflix and hulu"). */
  severalPlatforms?: boolean;
  /** A streaming service Streambot does not cover ("hbo max"), as typed. */
  unknownPlatform?: string;
  /** Filters, orderings and groupings of a browsing question. */
  browse: BrowseSlots;
}

export function extractSlots(sentence: Sentence, now: Date, gazetteer?: Gazetteer): Slots {
  const quoted = quotedTitle(sentence);
  const slots: Slots = {
    quoted,
    titleId: titleId(sentence),
    user: user(sentence),
    browse: extractBrowseNumbers(sentence),
  };
  slots.scored = threshold(sentence);
  if (slots.scored === undefined) slots.danglingComparator = sentence.test(DANGLING);
  slots.year = year(sentence, now);
  slots.limit = limit(sentence);
  slots.platform = platform(sentence);
  if (slots.platform !== undefined && sentence.test(ALIAS_PATTERN)) slots.severalPlatforms = true;
  if (slots.platform === undefined) slots.unknownPlatform = otherService(sentence);
  extractBrowseWords(sentence, gazetteer, slots.browse);
  return slots;
}

const QUOTES = new Set(['"', '“', '”', '«', '»']);
/**
 * "what's 'this is how u hulu' about": single quotes too, around more than a letter ("rock 'n' roll"),
 * opening after a space and closing before one, so an apostrophe ("kids' movies") pairs with nothing.
 */
const SINGLE_QUOTES = new Set(["'", '‘', '’']);

function quotedTitle(sentence: Sentence): string | undefined {
  const { source } = sentence;
  const opensWord = (t: Token) => t.start === 0 || /\s/.test(source[t.start - 1]!);
  const closesWord = (t: Token) => t.end === source.length || /[\s,.!?;:]/.test(source[t.end]!);
  return quotedBy(sentence, QUOTES, 1) ?? quotedBy(sentence, SINGLE_QUOTES, 2, opensWord, closesWord);
}

function quotedBy(
  sentence: Sentence,
  quotes: Set<string>,
  minLength: number,
  opens: (token: Token) => boolean = () => true,
  closes: (token: Token) => boolean = () => true,
): string | undefined {
  const quote = (t: Token, i: number) => quotes.has(t.text) && sentence.isFree(i);
  // Quotes inside a catalog title already linked (the "detective" affair) are part of its name.
  const opening = sentence.tokens.findIndex((t, i) => quote(t, i) && opens(t));
  if (opening < 0) return undefined;
  const closing = sentence.tokens.findIndex((t, i) => i > opening && quote(t, i) && closes(t));
  if (closing <= opening + 1) return undefined;
  const span = { from: opening + 1, to: closing };
  const text = sentence.original(span).trim();
  if (text.length < minLength) return undefined;
  sentence.consume({ from: opening, to: closing + 1 }, 'quoted');
  return text;
}

function titleId(sentence: Sentence): TitleId | undefined {
  const index = sentence.tokens.findIndex(
    (t, i) => sentence.isFree(i) && t.kind === 'word' && isTitleId(t.norm),
  );
  if (index < 0) return undefined;
  sentence.consume({ from: index, to: index + 1 }, 'title_id');
  return sentence.tokens[index]!.norm as TitleId;
}

const USER = phrase(USER_PATTERN);
const GLUED_USER = /^(?:user|usuario|u)(\d+)$/;

function user(sentence: Sentence): number | undefined {
  const match = sentence.match(USER);
  if (match?.groups.n) {
    const value = sentence.tokens[match.groups.n.from]!.value!;
    if (Number.isInteger(value)) {
      sentence.consume(match, 'user');
      return value;
    }
  }
  const glued = sentence.tokens.findIndex((t, i) => sentence.isFree(i) && GLUED_USER.test(t.norm));
  if (glued < 0) return undefined;
  sentence.consume({ from: glued, to: glued + 1 }, 'user');
  return Number(GLUED_USER.exec(sentence.tokens[glued]!.norm)![1]);
}

const THRESHOLDS = THRESHOLD_PATTERNS.map(phrase);
const DANGLING = phrase(DANGLING_COMPARATOR);
/** Numbers this large are years or ids, never score thresholds. */
const MAX_THRESHOLD_NUMBER = 1000;

function threshold(sentence: Sentence): number | undefined {
  for (const pattern of THRESHOLDS) {
    for (const match of sentence.matchAll(pattern)) {
      const number = match.groups.n && sentence.tokens[match.groups.n.from];
      if (!number || number.shortYear || number.value! >= MAX_THRESHOLD_NUMBER) continue;
      sentence.consume(match, 'threshold');
      // "three stars and a half", "tres estrellas y media"
      return match.groups.half ? number.value! + 0.5 : number.value;
    }
  }
  return undefined;
}

const MIN_YEAR_NUMBER = 1800;
const MAX_YEAR_NUMBER = 2199;

function year(sentence: Sentence, now: Date): number | undefined {
  const index = sentence.tokens.findIndex(
    (t, i) =>
      sentence.isFree(i) &&
      t.kind === 'number' &&
      Number.isInteger(t.value) &&
      (t.shortYear || (t.value! >= MIN_YEAR_NUMBER && t.value! <= MAX_YEAR_NUMBER)),
  );
  if (index < 0) return undefined;
  const token = sentence.tokens[index]!;
  sentence.consume({ from: index, to: index + 1 }, 'year');
  if (!token.shortYear) return token.value;
  // '98 is 1998 and '19 is 2019: two digits up to next year's belong to this century.
  const nextYearTwoDigits = (now.getUTCFullYear() + 1) % 100;
  return token.value! <= nextYearTwoDigits ? 2000 + token.value! : 1900 + token.value!;
}

const [LIMIT_AFTER_OPENING, ...LIMITS_BEFORE_NOUN] = LIMIT_PATTERNS.map(phrase);

/**
 * A number of titles: "top 4" (the opening word is used up with it, so it is no title) or "5 movies"
 * (only the number: the noun still says movies or shows).
 */
function limit(sentence: Sentence): number | undefined {
  for (const pattern of [LIMIT_AFTER_OPENING!, ...LIMITS_BEFORE_NOUN]) {
    const match = sentence.match(pattern);
    const span = match?.groups.n;
    if (!match || !span) continue;
    const value = sentence.tokens[span.from]!.value!;
    if (!Number.isInteger(value)) continue;
    sentence.consume(pattern === LIMIT_AFTER_OPENING ? match : span, 'limit');
    return value;
  }
  return undefined;
}

/** Platform aliases as token keys ("disney+" → "disney +"), longest first. */
const ALIAS_KEYS = PLATFORM_ALIASES.map(({ alias, platform }) => ({
  key: tokenize(alias)
    .map((t) => t.norm)
    .join(' '),
  platform,
}));
const ALIAS_PATTERN = phrase(`(?<alias>${anyOf(ALIAS_KEYS.map((a) => a.key))})`);
const PLATFORM_BY_KEY = new Map(ALIAS_KEYS.map((a) => [a.key, a.platform]));
/** One-word spellings a typo is compared with ("prime" and "nflx" are too short to guess from). */
const FUZZY_TARGETS = ALIAS_KEYS.filter(
  (a) => !a.key.includes(' ') && a.key.length >= 4 && a.key !== 'prime',
);

function platform(sentence: Sentence): Platform | undefined {
  const match = sentence.match(ALIAS_PATTERN);
  if (match) {
    const key = keyOf(sentence, match);
    sentence.consume(match, 'platform');
    return PLATFORM_BY_KEY.get(key);
  }
  return misspelledPlatform(sentence);
}

const OTHER_SERVICE_PATTERN = phrase(
  `(?<service>${anyOf(
    OTHER_SERVICES.map((name) =>
      tokenize(name)
        .map((t) => t.norm)
        .join(' '),
    ),
  )})`,
);

/** A service we do not cover, placed where a platform name goes ("on hbo", "tiene hbo max"). */
function otherService(sentence: Sentence): string | undefined {
  for (const match of sentence.matchAll(OTHER_SERVICE_PATTERN)) {
    const before = sentence.tokens[match.from - 1]?.norm;
    const after = sentence.tokens[match.to]?.norm;
    const placed =
      (before !== undefined && PLATFORM_NEIGHBOURS_BEFORE.has(before)) ||
      (after !== undefined && PLATFORM_NEIGHBOURS_AFTER.has(after));
    if (!placed) continue;
    sentence.consume(match, 'platform');
    return sentence.original(match).trim();
  }
  return undefined;
}

function keyOf(sentence: Sentence, span: Span): string {
  const keys: string[] = [];
  for (let i = span.from; i < span.to; i++) keys.push(sentence.key(i));
  return keys.join(' ');
}

/** "netflx", "disny", "amazn": close to one platform, and placed where a platform name goes. */
function misspelledPlatform(sentence: Sentence): Platform | undefined {
  for (let i = 0; i < sentence.tokens.length; i++) {
    const token = sentence.tokens[i]!;
    if (!sentence.isFree(i) || token.kind !== 'word' || token.norm.length < 4) continue;
    if (ENGLISH_WORDS.has(token.norm) || SPANISH_WORDS.has(token.norm)) continue;
    const before = sentence.tokens[i - 1]?.norm;
    const after = sentence.tokens[i + 1]?.norm;
    const placed =
      (before !== undefined && PLATFORM_NEIGHBOURS_BEFORE.has(before)) ||
      (after !== undefined && PLATFORM_NEIGHBOURS_AFTER.has(after));
    if (!placed) continue;
    const allowed = token.norm.length <= 5 ? 1 : 2;
    let best: { platform: Platform; distance: number } | undefined;
    for (const target of FUZZY_TARGETS) {
      const distance = editDistance(fold(token.norm), target.key);
      if (distance <= allowed && (!best || distance < best.distance))
        best = { platform: target.platform, distance };
    }
    if (best) {
      sentence.consume({ from: i, to: i + 1 }, 'platform');
      return best.platform;
    }
  }
  return undefined;
}
