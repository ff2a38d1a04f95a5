/**
 * Natural language → CommandRequest, for English and Spanish. The parser reads the values a question
 * carries (platform, year, threshold, user, title), recognises what is asked from cue phrases, and
 * treats a question that only changes a value as a follow-up to the previous one.
 */
import { COMMANDS } from '../../../commands/index.ts';
import type { Locale } from '../../answer.ts';
import type { CommandRequest } from '../command.ts';
import { readFunctionStyle } from './function-style.ts';
import type { Gazetteer, TitleMention } from './gazetteer.ts';
import { detectLanguage } from './language.ts';
import { SHORTHAND } from './lexicon.ts';
import { readNumberWords } from './numbers.ts';
import { type LinkedTitle, Reading } from './reading.ts';
import { Sentence } from './sentence.ts';
import { extractSlots } from './slots.ts';
import { titleText } from './titles.ts';
import { stripControl, type Token, tokenize } from './tokens.ts';
import { correctTypo, isKnownWord } from './vocabulary.ts';

export interface ParseContext {
  /** The previous request in this conversation, which a follow-up changes. */
  previous?: CommandRequest;
  /** The conversation's language so far, or the asker's preferred one: used when the words do not tell. */
  locale?: Locale;
  now?: Date;
  /** The store's names: titles are then found as catalog spans, and a platform named picks the copy. */
  gazetteer?: Gazetteer;
}

export interface ParseResult {
  request: CommandRequest;
  locale: Locale;
  /** True when the question changed the previous request instead of asking anew. */
  followUp: boolean;
}

/** How much of an unrecognised message is kept in `unknown`. */
const MAX_UNKNOWN_TEXT = 200;

export function parseQuestion(text: string, context: ParseContext = {}): ParseResult {
  const clean = stripControl(text).trim();
  const functional = readFunctionStyle(clean, context.gazetteer);
  if (functional) {
    const locale = detectLanguage(tokenize(clean)) ?? context.locale ?? 'en';
    return { request: functional, locale, followUp: false };
  }
  const whole = readBest(clean, context);
  const unknownTitle = hasUnknownTitle(whole);
  if (isSettled(whole) && !unknownTitle) return whole.result;
  // "ok so my friend says disney has nothing decent. settle this: how many disney+ movies from 2017
  // scored above 3.7? loser buys pizza": a chatty message that fails as a whole may hold one sentence
  // that asks something complete, on its own (no follow-up of the conversation). A part read as a
  // request for help ("hola bot, ¿cómo estás?") answers nothing the message asked. When the whole was
  // understood but with a title the catalog lacks ("no sé qué ver, ¿me recomiendas algo?" took
  // "recomiendas algo"), only a part asking the same kind of question, about a known title or none, replaces it.
  const alone = { ...context, previous: undefined };
  for (const part of sentencesOf(clean)) {
    const single = readBest(part, alone);
    if (!isSettled(single) || single.result.request.name === 'help') continue;
    if (unknownTitle && (hasUnknownTitle(single) || !sameKind(whole, single))) continue;
    return { ...single.result, locale: whole.result.locale };
  }
  return whole.result;
}

const RECOMMENDATIONS = new Set(['recommend', 'recommend_for_user']);

function hasUnknownTitle({ result: { request }, usesLink }: Scored): boolean {
  return request.args.title !== undefined && !usesLink;
}

function sameKind(a: Scored, b: Scored): boolean {
  const [x, y] = [a.result.request.name, b.result.request.name];
  return x === y || (RECOMMENDATIONS.has(x) && RECOMMENDATIONS.has(y));
}

/**
 * A reading that needs no second look: understood, with valid values. A missing value is asked for
 * ("what should I binge on disney plus? series only").
 */
function isSettled({ result: { request } }: Scored): boolean {
  return request.name !== 'unknown' && !request.invalid?.length;
}

/** Sentences read one at a time at most: a long message costs a few readings, not one per line. */
const MAX_PARTS = 6;

/** The sentences of a message of several: split after `.`, `!` or `?` and before `¿` or `¡`. */
function sentencesOf(text: string): string[] {
  const parts = text
    .slice(0, MAX_QUESTION_CHARS)
    .split(/(?<=[.!?])\s+|\s+(?=[¿¡])/)
    .filter((part) => /\p{L}/u.test(part));
  return parts.length > 1 ? parts.slice(0, MAX_PARTS) : [];
}

function readBest(clean: string, context: ParseContext): Scored {
  const mentions = context.gazetteer
    ? plausibleMentions(context.gazetteer.find(clean.slice(0, MAX_QUESTION_CHARS)))
    : [];
  let best = read(clean, context, undefined, mentions);
  const counted = best.countedValues;
  for (const mention of mentions) {
    // "recommend 3 hulu movies": a number read as a user, a threshold or a count stays one.
    // "seven series for user 27": a one-word name read as a count stays the count.
    const oneWord = !mention.folded.includes(' ') || /^[\d ]+$/.test(mention.folded);
    if (oneWord && counted.some((v) => v.start < mention.end && v.end > mention.start)) continue;
    const linked = read(clean, context, mention, mentions);
    if (linked.usesLink && linked.score > best.score) best = linked;
  }
  return best;
}

/** The longest text the gazetteer searches (the tokenizer reads no further either). */
const MAX_QUESTION_CHARS = 400;

/**
 * Catalog names worth trying as the title: a one-word name the parser knows as a word ("love",
 * "help") is left out unless it is a number ("1917"); longer names are all tried.
 */
function plausibleMentions(mentions: TitleMention[]): TitleMention[] {
  return mentions.filter((m) => {
    const words = m.folded.split(' ');
    return words.length > 1 || !isKnownWord(words[0]!) || /^\d+$/.test(words[0]!);
  });
}

/** A reading of the question, with how well it explains the question's words. */
interface Scored {
  result: ParseResult;
  usesLink: boolean;
  score: number;
  /** Where the reading took a user id, a threshold or a number of titles. */
  countedValues: { start: number; end: number }[];
}

function read(
  clean: string,
  context: ParseContext,
  mention: TitleMention | undefined,
  mentions: TitleMention[],
): Scored {
  let tokens = tokenize(clean);
  const guessed = detectLanguage(tokens) ?? context.locale ?? 'en';
  tokens = readNumberWords(tokens, guessed);
  // A number spelled in the other language ("¿y en twenty nineteen?"): only runs of two or more
  // words, as single words ("una", "media", "five") are too often ordinary words or titles.
  tokens = readNumberWords(tokens, guessed === 'es' ? 'en' : 'es', 2);
  correctTypos(tokens, mentions);
  const sentence = new Sentence(clean, tokens);
  const linked = mention && linkMention(sentence, mention);
  if (mention && !linked) return notUnderstood(clean, guessed);
  const slots = extractSlots(sentence, context.now ?? new Date(), context.gazetteer);
  const reading = new Reading(sentence, slots, guessed, linked, COMMANDS);
  const understood = reading.understand(context.previous);
  const titleSpan = reading.titleSpan;
  const locale =
    detectLanguage(
      sentence.tokens,
      (i) => titleSpan !== undefined && i >= titleSpan.from && i < titleSpan.to,
    ) ??
    context.locale ??
    guessed;
  if (!understood) return notUnderstood(clean, locale);
  const request = reading.withPlatformCopy(understood.request, context.gazetteer);
  return {
    result: { request, locale, followUp: understood.followUp },
    usesLink: reading.usedLink !== undefined,
    score: reading.score(request, context.gazetteer),
    countedValues: sentence.tokens.filter(
      (t) => t.slot === 'user' || t.slot === 'threshold' || t.slot === 'limit',
    ),
  };
}

function notUnderstood(clean: string, locale: Locale): Scored {
  const request: CommandRequest = { name: 'unknown', args: { text: clean.slice(0, MAX_UNKNOWN_TEXT) } };
  return {
    result: { request, locale, followUp: false },
    usesLink: false,
    score: -Infinity,
    countedValues: [],
  };
}

/** Chat shorthand ("abt", "u") and misspelt cue words ("lognest") read as meant, never inside a catalog name. */
function correctTypos(tokens: Token[], mentions: TitleMention[]): void {
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (mentions.some((m) => token.start < m.end && token.end > m.start)) continue;
    const corrected = SHORTHAND.get(token.norm) ?? correctTypo(token.norm);
    if (corrected) {
      token.norm = corrected;
    }
  }
}

function linkMention(sentence: Sentence, mention: TitleMention): LinkedTitle | undefined {
  let from = -1;
  let to = -1;
  for (const [i, token] of sentence.tokens.entries()) {
    const inside = token.start >= mention.start && token.end <= mention.end;
    const straddles = !inside && token.start < mention.end && token.end > mention.start;
    if (straddles) return undefined;
    if (inside) {
      if (from < 0) from = i;
      to = i + 1;
    }
  }
  if (from < 0) return undefined;
  const span = { from, to };
  sentence.consume(span, 'title');
  return { span, text: titleText(sentence, span), mention };
}
