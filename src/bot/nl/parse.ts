/**
 * Natural language → CommandRequest, for English and Spanish. The parser reads the values a question
 * carries (platform, year, threshold, user, title), recognises what is asked from cue phrases, and
 * treats a question that only changes a value as a follow-up to the previous one.
 */
import { COMMANDS } from '../../../commands/index.ts';
import { foldSearchText } from '../../catalog/search-text.ts';
import type { Platform } from '../../domain.ts';
import type { Locale } from '../answer.ts';
import type { ArgName, CommandName, CommandRequest, RequestArgs } from '../command.ts';
import { acceptedArgs, hasArg, requiredArgs } from '../slash.ts';
import { readFunctionStyle } from './function-style.ts';
import type { Gazetteer, TitleMention } from './gazetteer.ts';
import { detectLanguage } from './language.ts';
import {
  ACTOR_ACTIVITY,
  ACTOR_WORDS,
  BARE_TITLE_FRAME,
  CHAT_WORDS,
  COUNT,
  FIRST_PERSON_PICKS,
  FIRST_PERSON_VERDICT,
  FOLLOW_UP,
  HELP,
  INFO_STRONG,
  INFO_WEAK,
  LONGEST,
  MOVIE_WORDS,
  NOT_A_SHOW_AFTER,
  RECOMMEND_ANCHORS,
  RECOMMEND_REQUEST,
  RECOMMEND_VERBS,
  REFRESH,
  SCORE_WORDS,
  SHOW_WORDS,
  SIMILAR,
  SIMILAR_ANCHORS,
  STATUS,
  TITLE_EDGE_WORDS,
  YES_NO_PHRASES,
} from './lexicon.ts';
import { readNumberWords } from './numbers.ts';
import { addEnglishRoots } from './roots.ts';
import { phrase, Sentence, type Span } from './sentence.ts';
import { extractSlots, type Slots } from './slots.ts';
import { bareTitleAfter, looseTitle, titleAfter, titleText } from './titles.ts';
import { stripControl, type Token, tokenize } from './tokens.ts';
import { KNOWN_WORDS, typoCorrector } from './vocabulary.ts';

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
  if (functional) return { request: functional, locale: context.locale ?? 'en', followUp: false };
  const mentions = context.gazetteer
    ? plausibleMentions(context.gazetteer.find(clean.slice(0, MAX_QUESTION_CHARS)))
    : [];
  let best = readTwice(clean, context, undefined, mentions);
  for (const mention of mentions) {
    // One pass only: compromise's second reading is for questions no catalog name helps with.
    const linked = read(clean, context, false, mention, mentions);
    if (linked.usesLink && linked.score > best.score) best = linked;
  }
  return best.result;
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
    return words.length > 1 || !KNOWN_WORDS.has(words[0]!) || /^\d+$/.test(words[0]!);
  });
}

/** A reading of the question, with how well it explains the question's words. */
interface Scored {
  result: ParseResult;
  understood: boolean;
  guessed: Locale;
  usesLink: boolean;
  score: number;
}

function readTwice(
  clean: string,
  context: ParseContext,
  mention: TitleMention | undefined,
  mentions: TitleMention[],
): Scored {
  const fast = read(clean, context, false, mention, mentions);
  if (fast.understood || fast.guessed !== 'en' || !/\p{L}{3}/u.test(clean)) return fast;
  // Not understood from the words as typed: read again with compromise's dictionary forms, which
  // catch inflections the cue phrases do not list. Only for these few questions, as it costs ~10×.
  const deep = read(clean, context, true, mention, mentions);
  return deep.understood ? deep : fast;
}

function read(
  clean: string,
  context: ParseContext,
  withRoots: boolean,
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
  if (withRoots) addEnglishRoots(tokens);
  const sentence = new Sentence(clean, tokens);
  const linked = mention && linkMention(sentence, mention);
  if (mention && !linked) return notRead(guessed);
  const slots = extractSlots(sentence, context.now ?? new Date());
  const reading = new Reading(sentence, slots, guessed, withRoots, linked);
  const understood = reading.understand(context.previous);
  const titleSpan = reading.titleSpan;
  const locale =
    detectLanguage(
      sentence.tokens,
      (i) => titleSpan !== undefined && i >= titleSpan.from && i < titleSpan.to,
    ) ??
    context.locale ??
    guessed;
  if (!understood) {
    const request: CommandRequest = { name: 'unknown', args: { text: clean.slice(0, MAX_UNKNOWN_TEXT) } };
    return {
      result: { request, locale, followUp: false },
      understood: false,
      guessed,
      usesLink: false,
      score: -Infinity,
    };
  }
  const request = reading.withLinkedId(understood.request);
  return {
    result: { request, locale, followUp: understood.followUp },
    understood: true,
    guessed,
    usesLink: reading.usedLink !== undefined,
    score: reading.score(request, context.gazetteer),
  };
}

function notRead(guessed: Locale): Scored {
  const request: CommandRequest = { name: 'unknown', args: { text: '' } };
  return {
    result: { request, locale: guessed, followUp: false },
    understood: false,
    guessed,
    usesLink: false,
    score: -Infinity,
  };
}

/** Misspelt cue words read as meant ("lognest" → longest), never inside a catalog name. */
function correctTypos(tokens: Token[], mentions: TitleMention[]): void {
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (mentions.some((m) => token.start < m.end && token.end > m.start)) continue;
    const corrected = typoCorrector.correct(token.norm);
    if (corrected) {
      token.norm = corrected;
      token.root = corrected;
    }
  }
}

/** The title a catalog name stands for in this reading: its tokens, consumed so no cue or value is read in it. */
interface LinkedTitle {
  span: Span;
  text: string;
  mention: TitleMention;
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

const P = {
  longest: phrase(LONGEST),
  actorWord: phrase(ACTOR_WORDS),
  actorActivity: phrase(ACTOR_ACTIVITY),
  count: phrase(COUNT),
  scoreWord: phrase(SCORE_WORDS),
  similar: phrase(SIMILAR),
  similarAnchor: phrase(SIMILAR_ANCHORS),
  yesNo: phrase(YES_NO_PHRASES),
  recommendRequest: phrase(RECOMMEND_REQUEST),
  recommendAnchor: phrase(RECOMMEND_ANCHORS),
  infoStrong: phrase(INFO_STRONG),
  infoWeak: phrase(INFO_WEAK),
  help: phrase(HELP),
  status: phrase(STATUS),
  refresh: phrase(REFRESH),
  followUp: phrase(`^(?:[¿¡(]\\s+)?(?:${FOLLOW_UP})`),
  firstPersonVerdict: phrase(FIRST_PERSON_VERDICT),
  firstPersonPicks: phrase(FIRST_PERSON_PICKS),
};

/** Openings of a yes-or-no question ("would user 7 like …?"), as opposed to "what would user 7 like?". */
const YES_NO_OPENINGS = new Set(
  'would will does do did should could can is are might may deberia le al el recomendarias recomiendas'.split(
    ' ',
  ),
);
/** The forms of "show" that can be a verb. */
const VERB_SHOW = new Set(['show', 'shows']);
const HELP_TOPICS = new Map(
  COMMANDS.flatMap((c) => [
    [c.name, c.name] as const,
    ...(c.command !== 'ask' ? [[c.command, c.name] as const] : []),
  ]),
);

type TitleRef = { title_id: RequestArgs['title_id'] } | { title: string } | Record<string, never>;

/** One question being understood. */
class Reading {
  titleSpan: Span | undefined;
  /** The question was recognised from its values or a weak cue only ("above 4", "what is …"). */
  weak = false;
  /** The catalog title this reading took as the title, and whether a cue pointed at it. */
  usedLink: { anchored: boolean } | undefined;

  constructor(
    readonly sentence: Sentence,
    readonly slots: Slots,
    readonly locale: Locale,
    /** Tokens carry compromise's dictionary forms, worth matching too. */
    readonly withRoots: boolean,
    readonly linked?: LinkedTitle,
  ) {}

  /**
   * How well this reading explains the question: required values missing and words left unexplained
   * count against it; a catalog title a cue points at counts for it, a title the catalog does not
   * have slightly against. Ties keep the reading without a linked title.
   */
  score(request: CommandRequest, gazetteer?: Gazetteer): number {
    let score = -10 * (request.missing ?? []).filter((arg) => arg !== 'user_id').length;
    score -= 3 * this.#unexplainedWords();
    if (this.usedLink) score += this.usedLink.anchored ? 2 : 0;
    else if (
      gazetteer &&
      request.args.title !== undefined &&
      !gazetteer.titles(foldSearchText(request.args.title))
    )
      score -= 1;
    return score;
  }

  #unexplainedWords(): number {
    let count = 0;
    this.sentence.tokens.forEach((token, i) => {
      if (token.kind !== 'word' || !this.sentence.isFree(i) || this.#inTitle(i)) return;
      if (!KNOWN_WORDS.has(token.norm) && !KNOWN_WORDS.has(token.root)) count++;
    });
    return count;
  }

  /** A linked title on the platform the question names becomes that platform's copy. */
  withLinkedId(request: CommandRequest): CommandRequest {
    const platform: Platform | undefined = this.slots.platform;
    if (!this.usedLink || !this.linked || platform === undefined || request.args.title === undefined)
      return request;
    const copy = this.linked.mention.titles.find((t) => t.platform === platform);
    if (!copy) return request;
    const { title: _text, ...args } = request.args;
    return { ...request, args: { ...args, title_id: copy.id } };
  }

  #useLink(anchored: boolean): TitleRef {
    this.usedLink = { anchored };
    this.titleSpan = this.linked!.span;
    return { title: this.linked!.text };
  }

  /** The linked title starts right after `index`, past fillers ("about the movie <title>"). */
  #linkedRightAfter(index: number): boolean {
    if (!this.linked) return false;
    let i = index;
    while (i < this.linked.span.from && this.#isFiller(i)) i++;
    return i === this.linked.span.from;
  }

  #isFiller(i: number): boolean {
    const token = this.sentence.tokens[i]!;
    if (token.kind === 'symbol' || token.kind === 'other') return true;
    return (
      TITLE_EDGE_WORDS.en.leading.has(token.norm) ||
      TITLE_EDGE_WORDS.es.leading.has(token.norm) ||
      MOVIE_WORDS.has(token.norm) ||
      SHOW_WORDS.has(token.norm)
    );
  }

  /** Only framing words, the platform and punctuation outside the linked title (from `from` on, or everywhere). */
  #onlyFramesTheLink(from = 0): boolean {
    if (!this.linked) return false;
    for (let i = from; i < this.sentence.tokens.length; i++) {
      const token = this.sentence.tokens[i]!;
      if (i >= this.linked.span.from && i < this.linked.span.to) continue;
      if (token.slot === 'platform' || token.kind === 'symbol' || token.kind === 'other') continue;
      const word = token.text.toLowerCase();
      if (!BARE_TITLE_FRAME.has(token.norm) && !CHAT_WORDS.has(token.norm) && !BARE_TITLE_FRAME.has(word))
        return false;
    }
    return true;
  }

  /** "tell me about <title>", "what is <title>?", "who directed <title>": a cue right before a catalog title. */
  #infoOnLinked(): CommandRequest | undefined {
    if (!this.linked) return undefined;
    const anchored = [...this.sentence.matchAll(P.infoStrong), ...this.sentence.matchAll(P.infoWeak)].some(
      (anchor) => this.#linkedRightAfter(anchor.to),
    );
    if (!anchored || !this.#onlyFramesTheLink(this.linked.span.to)) return undefined;
    return request('title_info', this.#useLink(true));
  }

  understand(previous?: CommandRequest): { request: CommandRequest; followUp: boolean } | undefined {
    const understood = this.#understand(previous);
    return understood && { ...understood, request: this.#withUnknownPlatform(understood.request) };
  }

  /** "on hbo": a service Streambot does not cover is reported, never silently dropped. */
  #withUnknownPlatform(asked: CommandRequest): CommandRequest {
    const name = this.slots.unknownPlatform;
    if (name === undefined || asked.args.platform !== undefined) return asked;
    if (!acceptedArgs(asked.name).includes('platform')) return asked;
    return { ...asked, invalid: [...(asked.invalid ?? []), { arg: 'platform', value: name }] };
  }

  #understand(previous?: CommandRequest): { request: CommandRequest; followUp: boolean } | undefined {
    const words = this.sentence.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
    if (words.length === 0) return undefined;
    this.weak = false;
    const asked = this.#asked(previous !== undefined);
    const opensFollowUp = previous !== undefined && this.sentence.test(P.followUp);
    if (asked && previous && opensFollowUp && (this.weak || asked.name === previous.name)) {
      const changed = this.#followUp(previous);
      if (changed) return { request: changed, followUp: true };
    }
    if (asked) return { request: this.#carryOver(asked, previous), followUp: false };
    if (previous) {
      const changed = this.#followUp(previous);
      if (changed) return { request: changed, followUp: true };
    }
    return undefined;
  }

  #has(pattern: RegExp): boolean {
    return this.sentence.test(pattern) || (this.withRoots && this.sentence.test(pattern, 'root'));
  }

  /** The question asked anew, or undefined when it only carries values (a follow-up or noise). */
  #asked(hasContext: boolean): CommandRequest | undefined {
    const { slots } = this;
    if (this.#has(P.refresh) && !this.#catalogCue()) return request('refresh', {});
    if (this.#has(P.status) && !this.#catalogCue() && slots.user === undefined) return request('status', {});
    const infoOnLinked = slots.user === undefined ? this.#infoOnLinked() : undefined;
    if (infoOnLinked) return infoOnLinked;
    if (slots.user !== undefined) {
      const asked = this.#aboutUser(slots.user, hasContext);
      if (asked) return asked;
    }
    if (this.#has(P.longest)) {
      return request('get_max_duration', {
        duration_type: this.#contentType() === 'tv show' ? 'season' : 'min',
        platform: slots.platform,
        year: slots.year,
      });
    }
    if (this.#has(P.actorWord) || this.#has(P.actorActivity)) {
      return request('get_actor', { platform: slots.platform, year: slots.year });
    }
    const counting = this.#has(P.count);
    if (slots.scored !== undefined || (counting && (this.#has(P.scoreWord) || slots.danglingComparator))) {
      this.weak = !counting && !this.#has(P.scoreWord);
      return request('get_score_count', { platform: slots.platform, scored: slots.scored, year: slots.year });
    }
    if (counting)
      return request('get_count_platform', { platform: slots.platform, type: this.#countedType() });
    if (this.sentence.test(P.similar)) {
      const title = this.#titleFrom(this.sentence.matchAll(P.similarAnchor).map((m) => m.to));
      return request('similar', { ...title, platform: slots.platform, limit: slots.limit });
    }
    const forMe = slots.user === undefined ? this.#forTheAsker() : undefined;
    if (forMe) return forMe;
    if (this.#has(P.recommendRequest)) {
      const title = this.#titleFrom(this.sentence.matchAll(P.recommendAnchor).map((m) => m.to));
      if ('title' in title || 'title_id' in title) return request('recommend', { ...title });
      return request('recommend_for_user', {
        platform: slots.platform,
        type: this.#contentType(),
        limit: slots.limit,
      });
    }
    const strongInfo = this.sentence.matchAll(P.infoStrong);
    if (strongInfo.length > 0) return request('title_info', this.#titleFrom(strongInfo.map((m) => m.to)));
    const help = this.sentence.match(P.help);
    if (help) {
      const topic = this.sentence.tokens.slice(help.to).find((t) => HELP_TOPICS.has(t.norm));
      return request('help', topic ? { topic: HELP_TOPICS.get(topic.norm)! } : {});
    }
    const info = this.#titleInfo();
    if (info) return info;
    if (this.#has(P.status)) return request('status', {});
    // A catalog title said on its own ("the irishman?", "is the count of monte cristo on netflix?").
    if (this.linked && this.#onlyFramesTheLink()) {
      this.weak = true;
      return request('title_info', this.#useLink(false));
    }
    return undefined;
  }

  /** "would i like <title>?", "what should i watch on hulu": the asker has given no user id. */
  #forTheAsker(): CommandRequest | undefined {
    const verdict = this.sentence.matchAll(P.firstPersonVerdict);
    if (verdict.length > 0) {
      const title = this.#titleFrom(verdict.map((m) => m.to));
      if ('title' in title || 'title_id' in title) return request('recommend', { ...title });
    }
    if (verdict.length > 0 || this.#has(P.firstPersonPicks)) {
      return request('recommend_for_user', {
        platform: this.slots.platform,
        type: this.#contentType(),
        limit: this.slots.limit,
      });
    }
    return undefined;
  }

  #catalogCue(): boolean {
    return (
      this.#has(P.longest) || this.#has(P.actorWord) || this.#has(P.count) || this.slots.scored !== undefined
    );
  }

  /** A question naming a user: a verdict on a title, or suggestions for them. */
  #aboutUser(user: number, hasContext: boolean): CommandRequest | undefined {
    const firstWord = this.sentence.tokens.find((t) => t.kind === 'word')?.norm;
    const yesNoQuestion =
      (firstWord !== undefined && YES_NO_OPENINGS.has(firstWord)) || this.sentence.test(P.yesNo);
    const anchors = this.sentence.matchAll(P.recommendAnchor, this.withRoots ? 'root' : 'norm');
    const title = this.#titleFrom(
      anchors.map((m) => m.to),
      yesNoQuestion,
    );
    if ('title' in title || 'title_id' in title) return request('recommend', { user_id: user, ...title });
    if (this.#catalogCue() || this.#has(P.longest)) return undefined;
    const asksForSuggestions = this.#has(P.recommendRequest);
    const yesNoVerb = this.sentence.tokens.some(
      (t, i) => this.sentence.isFree(i) && (RECOMMEND_VERBS.has(t.norm) || RECOMMEND_VERBS.has(t.root)),
    );
    if (yesNoVerb && !asksForSuggestions && yesNoQuestion) return request('recommend', { user_id: user });
    if (hasContext && !asksForSuggestions && !yesNoVerb) return undefined;
    return request('recommend_for_user', {
      user_id: user,
      platform: this.slots.platform,
      type: this.#contentType(),
      limit: this.slots.limit,
    });
  }

  /** "what is X?", "who's in X", a bare title id or a quoted title. */
  #titleInfo(): CommandRequest | undefined {
    this.weak = true;
    if (this.slots.titleId) return request('title_info', { title_id: this.slots.titleId });
    if (this.slots.quoted) return request('title_info', { title: this.slots.quoted.toLowerCase() });
    for (const anchor of this.sentence.matchAll(P.infoWeak)) {
      if (this.#linkedRightAfter(anchor.to) && this.#onlyFramesTheLink(this.linked!.span.to))
        return request('title_info', this.#useLink(true));
      const span = bareTitleAfter(this.sentence, anchor.to, this.locale);
      if (span) {
        this.titleSpan = span;
        return request('title_info', { title: titleText(this.sentence, span) });
      }
    }
    return undefined;
  }

  /** The title a question names: its id, a quoted title, a catalog title, or the words after one of the anchors. */
  #titleFrom(anchorEnds: number[], loose = false): TitleRef {
    if (this.slots.titleId) return { title_id: this.slots.titleId };
    if (this.slots.quoted) return { title: this.slots.quoted.toLowerCase() };
    if (this.linked) return this.#useLink(anchorEnds.some((end) => this.#linkedRightAfter(end)));
    for (const end of anchorEnds) {
      const span = titleAfter(this.sentence, end, this.locale);
      if (span) {
        this.titleSpan = span;
        return { title: titleText(this.sentence, span) };
      }
    }
    if (loose) {
      const span = looseTitle(this.sentence, this.locale);
      if (span) {
        this.titleSpan = span;
        return { title: titleText(this.sentence, span) };
      }
    }
    return {};
  }

  /** Movies or TV shows, when the question names one kind (outside the title). */
  #contentType(): 'movie' | 'tv show' | undefined {
    let movie = false;
    let show = false;
    this.sentence.tokens.forEach((token, i) => {
      if (!this.sentence.isFree(i) || this.#inTitle(i)) return;
      const next = this.sentence.tokens[i + 1]?.norm;
      // "show me …", "show user 5 …": the verb at the start of a request is not a TV show.
      const verb = next !== undefined && (NOT_A_SHOW_AFTER.has(next) || !this.sentence.isFree(i + 1));
      if (MOVIE_WORDS.has(token.norm) || MOVIE_WORDS.has(token.root)) movie = true;
      else if (
        (SHOW_WORDS.has(token.norm) || SHOW_WORDS.has(token.root)) &&
        !(VERB_SHOW.has(token.norm) && verb)
      ) {
        show = true;
      }
    });
    if (movie === show) return undefined;
    return movie ? 'movie' : 'tv show';
  }

  /** What a count is of: TV shows when asked; movies, the client's default, stay implicit. */
  #countedType(): 'tv show' | undefined {
    return this.#contentType() === 'tv show' ? 'tv show' : undefined;
  }

  #inTitle(index: number): boolean {
    return this.titleSpan !== undefined && index >= this.titleSpan.from && index < this.titleSpan.to;
  }

  /** When the same question was left incomplete, the values it had still hold. */
  #carryOver(asked: CommandRequest, previous?: CommandRequest): CommandRequest {
    if (!previous?.missing || previous.name !== asked.name) return asked;
    const args = { ...previous.args, ...definedOnly(asked.args) };
    return request(asked.name, args);
  }

  /** The previous request with what this message changes; undefined when it changes nothing. */
  #followUp(previous: CommandRequest): CommandRequest | undefined {
    if (['unknown', 'help', 'status', 'refresh'].includes(previous.name)) return undefined;
    const { slots } = this;
    const changes: RequestArgs = definedOnly({
      platform: slots.platform,
      year: slots.year,
      scored: slots.scored,
      user_id: slots.user,
      limit: slots.limit,
    });
    if (previous.name === 'get_score_count' && changes.scored === undefined) {
      const bare = this.sentence.tokens.find((t, i) => this.sentence.isFree(i) && t.kind === 'number');
      if (bare && bare.value! <= 5) changes.scored = bare.value!;
    }
    const kind = this.#contentType();
    if (kind && previous.name === 'get_max_duration')
      changes.duration_type = kind === 'tv show' ? 'season' : 'min';
    if (kind && previous.name === 'recommend_for_user') changes.type = kind;
    const countsMoviesAgain =
      kind === 'movie' && previous.name === 'get_count_platform' && previous.args.type !== undefined;
    if (kind === 'tv show' && previous.name === 'get_count_platform') changes.type = kind;
    if (['recommend', 'similar', 'title_info'].includes(previous.name)) {
      const opening = this.sentence.match(P.followUp);
      const title = this.#titleFrom([opening?.to ?? 0]);
      Object.assign(changes, title);
    }
    // Only what the previous question takes: "what about 2019?" does not change a title's details.
    const accepted = acceptedArgs(previous.name);
    for (const arg of Object.keys(changes) as (keyof RequestArgs)[]) {
      const as = arg === 'title' ? 'title_id' : arg;
      if (!accepted.includes(as)) delete changes[arg];
    }
    const unknownPlatform = this.slots.unknownPlatform !== undefined && accepted.includes('platform');
    if (Object.keys(changes).length === 0 && !unknownPlatform && !countsMoviesAgain) return undefined;
    const args: RequestArgs = { ...previous.args };
    if (countsMoviesAgain) delete args.type;
    if (unknownPlatform) delete args.platform;
    if ('title' in changes) delete args.title_id;
    if ('title_id' in changes) delete args.title;
    return request(previous.name, { ...args, ...changes });
  }
}

const PRONOUNS = new Set([
  'it',
  'that',
  'this',
  'this one',
  'that one',
  'them',
  'lo',
  'la',
  'esa',
  'esta',
  'eso',
  'esto',
]);

function isPronoun(text: string): boolean {
  return PRONOUNS.has(text);
}

function definedOnly(args: RequestArgs): RequestArgs {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)) as RequestArgs;
}

/** A request with only the arguments found, and the required ones that were not. */
function request(name: CommandName, args: RequestArgs): CommandRequest {
  const found = definedOnly(args);
  const missing: ArgName[] = requiredArgs(name).filter((arg) => !hasArg(found, arg));
  return missing.length > 0 ? { name, args: found, missing } : { name, args: found };
}
