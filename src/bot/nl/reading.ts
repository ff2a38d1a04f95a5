/**
 * One reading of a question: its tokens with the values extractors took, the catalog title it links
 * (if any), and what the command modules (`commands/`) need to read it: cue tests, the title a cue
 * points at, movies or shows. The modules each propose a request with its evidence; the reading keeps
 * the strongest, follows up the previous question, and says how well it explains the words.
 */

import type { Locale } from '../../answer.ts';
import type { Platform } from '../../domain.ts';
import { foldSearchText } from '../../search-text.ts';
import type { ArgName, CommandName, CommandRequest, RequestArgs } from '../command.ts';
import { acceptedArgs, hasArg, requiredArgs } from '../slash.ts';
import { browseChanges, pageAsked } from './browse-reading.ts';
import type { Gazetteer, TitleMention } from './gazetteer.ts';
import {
  BARE_TITLE_FRAME,
  CHAT_WORDS,
  FOLLOW_UP,
  MOVIE_WORDS,
  NOT_A_SHOW_AFTER,
  OUT_OF_SCOPE,
  SHOW_WORDS,
  TITLE_EDGE_WORDS,
} from './lexicon.ts';
import { phrase, type Sentence, type Span } from './sentence.ts';
import type { Slots } from './slots.ts';
import { looseTitle, titleAfter, titleText } from './titles.ts';
import { isKnownWord } from './vocabulary.ts';

/** The title a catalog name stands for in this reading: its tokens, consumed so no cue or value is read in it. */
export interface LinkedTitle {
  span: Span;
  text: string;
  mention: TitleMention;
}

/** A command a module read in the question, and how strong the evidence is (see `evidence.ts`). */
export interface Understood {
  request: CommandRequest;
  evidence: number;
}

/** What the parser needs of a command module. */
export interface Understander {
  /** The module's cue phrases, compiled (English and Spanish). */
  cue?: RegExp;
  /** The command asks one of the catalog's numbers: a question with its cue is not about a user's tastes. */
  catalogQuestion?: boolean;
  /** Reads the question for this command; undefined when the question is not about it. */
  understand?(reading: Reading, hasContext: boolean): Understood | undefined;
}

interface ReadingState {
  titleSpan: Span | undefined;
  usedLink: { anchored: boolean } | undefined;
  weak: boolean;
}
const BLANK_STATE: ReadingState = { titleSpan: undefined, usedLink: undefined, weak: false };

/** "the movie <title>", "la serie <title>": articles before a title a cue points at. */
const ARTICLES = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una']);
/** Pronouns that stand for a title asked about before ("how long is it?"); not "this"/"la", which open titles. */
const POINTING_BACK = new Set(['it', 'ella', 'eso', 'esa']);
const PRONOUNS = new Set([
  'it',
  'that',
  'this',
  'this one',
  'that one',
  'lo',
  'la',
  'esa',
  'esta',
  'eso',
  'esto',
]);

/** Leading edge words that are cues of their own, so a title after them is not what the first cue points at. */
const NOT_FILLERS = new Set([
  'like',
  'similar',
  'more',
  'other',
  'watch',
  'see',
  'ver',
  'otra',
  'otro',
  'otras',
  'otros',
]);
const OUT_OF_SCOPE_PATTERN = phrase(OUT_OF_SCOPE);
/** The titles a list shows when the question gives no number. */
const DEFAULT_PAGE = 10;
const FOLLOW_UP_OPENING = phrase(`^(?:[¿¡(]\\s+)?(?:${FOLLOW_UP})`);
/** The forms of "show" that can be a verb. */
const VERB_SHOW = new Set(['show', 'shows']);

export type TitleRef = { title_id: RequestArgs['title_id'] } | { title: string } | Record<string, never>;

/** Marks that end a question; words after one are another sentence. */
const QUESTION_END = new Set(['?', '!', '？', '！']);
/** Words that end a question about a title without naming anything else. */
const TITLE_QUESTION_TAIL = new Set(
  'made from filmed shot set released release come came out premiere premiered country produced'.split(' '),
);

/** One question being understood. */
export class Reading {
  titleSpan: Span | undefined;
  /** The question was recognised from its values or a weak cue only ("above 4", "what is …"). */
  weak = false;
  /** The catalog title this reading took as the title, and whether a cue pointed at it. */
  usedLink: { anchored: boolean } | undefined;

  constructor(
    readonly sentence: Sentence,
    readonly slots: Slots,
    readonly locale: Locale,
    readonly linked: LinkedTitle | undefined,
    /** The command modules, each reading the question for its own command. */
    readonly understanders: readonly Understander[],
  ) {}

  /**
   * How well this reading explains the question: required values missing and words left unexplained
   * count against it; a catalog title a cue points at counts for it, a title the catalog does not
   * have slightly against. Ties keep the reading without a linked title.
   */
  score(request: CommandRequest, gazetteer?: Gazetteer): number {
    let score = -10 * (request.missing ?? []).filter((arg) => arg !== 'user_id').length;
    score -= 3 * this.#unexplainedWords();
    // "is 2012 a good pick for user 30": a year the request has no use for explains nothing either.
    if (this.slots.year !== undefined && request.args.year === undefined) score -= 3;
    if (this.usedLink) score += this.usedLink.anchored ? 2 : 0;
    else if (
      gazetteer &&
      request.args.title !== undefined &&
      !gazetteer.titles(foldSearchText(request.args.title))
    )
      score -= 2;
    return score;
  }

  #unexplainedWords(): number {
    let count = 0;
    this.sentence.tokens.forEach((token, i) => {
      if (token.kind !== 'word' || !this.sentence.isFree(i) || this.inTitle(i)) return;
      if (!isKnownWord(token.norm)) count++;
    });
    return count;
  }

  /** A catalog title on the platform the question names becomes that platform's copy. */
  withPlatformCopy(request: CommandRequest, gazetteer?: Gazetteer): CommandRequest {
    const platform: Platform | undefined = this.slots.platform;
    if (platform === undefined || request.args.title === undefined) return request;
    const titles = this.usedLink
      ? this.linked!.mention.titles
      : gazetteer?.titles(foldSearchText(request.args.title));
    const copy = titles?.find((t) => t.platform === platform);
    if (!copy) return request;
    const { title: _text, ...args } = request.args;
    return { ...request, args: { ...args, title_id: copy.id } };
  }

  useLink(anchored: boolean): TitleRef {
    this.usedLink = { anchored };
    this.titleSpan = this.linked!.span;
    return { title: this.linked!.text };
  }

  /** The linked title starts right after `index`, past fillers ("about the movie <title>"). */
  linkedRightAfter(index: number): boolean {
    if (!this.linked) return false;
    let i = index;
    while (i < this.linked.span.from && this.#isFiller(i)) i++;
    return i === this.linked.span.from;
  }

  #isFiller(i: number): boolean {
    const token = this.sentence.tokens[i]!;
    if (token.kind === 'symbol' || token.kind === 'other' || token.slot === 'user') return true;
    if (ARTICLES.has(token.norm)) return true;
    // Not every leading edge word: "what's like X" points at similar titles, not at X itself.
    return (
      ((TITLE_EDGE_WORDS.en.leading.has(token.norm) || TITLE_EDGE_WORDS.es.leading.has(token.norm)) &&
        !NOT_FILLERS.has(token.norm)) ||
      MOVIE_WORDS.has(token.norm) ||
      SHOW_WORDS.has(token.norm)
    );
  }

  /** The cue is followed by a pronoun ("more like it", "who's in it"): it stands for the title named first. */
  pronounAfter(anchorEnd: number): boolean {
    const next = this.sentence.tokens.slice(anchorEnd).find((t) => t.kind === 'word');
    return (
      next !== undefined &&
      PRONOUNS.has(next.norm) &&
      this.linked !== undefined &&
      this.linked.span.to <= anchorEnd
    );
  }

  /** The cue is followed by a pronoun and no title is named ("how long is it?"): it is the last one asked about. */
  pointsBack(anchorEnd: number): boolean {
    const next = this.sentence.tokens.slice(anchorEnd).find((t) => t.kind === 'word');
    return (
      next !== undefined &&
      next.slot === undefined &&
      POINTING_BACK.has(next.norm) &&
      this.linked === undefined &&
      this.slots.quoted === undefined
    );
  }

  /** "the movie 2012", "la serie dark": a kind of title and an article say the name that follows is one. */
  #linkedIntroduced(): boolean {
    const from = this.linked!.span.from;
    const kind = this.sentence.tokens[from - 1]?.norm;
    const article = this.sentence.tokens[from - 2]?.norm;
    return (
      kind !== undefined &&
      (MOVIE_WORDS.has(kind) || SHOW_WORDS.has(kind)) &&
      article !== undefined &&
      ARTICLES.has(article)
    );
  }

  /** The question opens with the linked title, after chat filler at most ("hey bot, <title> …"). */
  linkedOpens(): boolean {
    if (!this.linked) return false;
    for (let i = 0; i < this.linked.span.from; i++) {
      const token = this.sentence.tokens[i]!;
      if (token.kind === 'symbol' || token.kind === 'other' || CHAT_WORDS.has(token.norm)) continue;
      return false;
    }
    return true;
  }

  /**
   * Only framing words, the platform and punctuation outside the linked title (from `from` on, or everywhere);
   * `alsoFraming: 'user'` lets the user id frame it too ("user 10: ozark?").
   */
  onlyFramesTheLink(from = 0, alsoFraming?: 'user', untilQuestionEnd = false): boolean {
    if (!this.linked) return false;
    for (let i = from; i < this.sentence.tokens.length; i++) {
      const token = this.sentence.tokens[i]!;
      if (i >= this.linked.span.from && i < this.linked.span.to) continue;
      // "how long is Happiest Season? need something short", "who directed the score, the heist one":
      // what follows the question mark, or a comma right after the title, is chatter.
      if (untilQuestionEnd && i >= this.linked.span.to && QUESTION_END.has(token.text)) return true;
      if (untilQuestionEnd && i === this.linked.span.to && token.text === ',') return true;
      // "where was Roma made?", "when did Klaus come out": the rest of a question about the title.
      if (untilQuestionEnd && i >= this.linked.span.to && TITLE_QUESTION_TAIL.has(token.norm)) continue;
      if (
        (alsoFraming !== undefined && token.slot === alsoFraming) ||
        token.slot === 'platform' ||
        token.slot === 'year' ||
        token.kind === 'symbol' ||
        token.kind === 'other'
      )
        continue;
      const word = token.text.toLowerCase();
      if (!BARE_TITLE_FRAME.has(token.norm) && !CHAT_WORDS.has(token.norm) && !BARE_TITLE_FRAME.has(word))
        return false;
    }
    return true;
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
    // "i forgot my netflix password", "how much is the bundle": nothing the catalog can answer.
    if (this.sentence.test(OUT_OF_SCOPE_PATTERN)) return undefined;
    this.weak = false;
    const asked = this.#asked(previous !== undefined);
    const opensFollowUp = previous !== undefined && this.sentence.test(FOLLOW_UP_OPENING);
    // "sort by newest", "de terror" after a list or count: a browse question with little of its own refines it.
    const refinesBrowse =
      this.weak && asked !== undefined && isBrowse(asked) && previous !== undefined && isBrowse(previous);
    // "¿y de qué trata?" after a title question: the same title, carried over below, not a new one.
    const asksAboutLastTitle = asked?.name === 'title_info' && asked.missing?.includes('title_id') === true;
    if (
      asked &&
      previous &&
      !asksAboutLastTitle &&
      (refinesBrowse || (opensFollowUp && (this.weak || asked.name === previous.name)))
    ) {
      const changed = this.#followUp(previous);
      if (changed) return { request: changed, followUp: true };
    }
    // "and what about <title>?" after a verdict or similar titles: the same question about another title.
    const titleOnly = asked?.name === 'title_info' && previous !== undefined && opensFollowUp;
    if (titleOnly && previous.name !== 'title_info' && acceptedArgs(previous.name).includes('title_id')) {
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

  /**
   * The question asked anew, or undefined when it only carries values (a follow-up or noise). Every
   * command module reads the question; the one with the strongest evidence wins, and two different
   * commands with equal evidence become a clarifying choice.
   */
  #asked(hasContext: boolean): CommandRequest | undefined {
    let best: { found: Understood; state: ReadingState } | undefined;
    let rival: Understood | undefined;
    for (const understander of this.understanders) {
      this.#restore(BLANK_STATE);
      const found = understander.understand?.(this, hasContext);
      if (!found) continue;
      const state = this.#state();
      if (!best || found.evidence > best.found.evidence) {
        best = { found, state };
        rival = undefined;
      } else if (found.evidence === best.found.evidence && found.request.name !== best.found.request.name) {
        rival ??= found;
      }
    }
    if (!best) return undefined;
    this.#restore(best.state);
    if (!rival) return best.found.request;
    return { ...best.found.request, alternatives: [rival.request] };
  }

  #state(): ReadingState {
    return { titleSpan: this.titleSpan, usedLink: this.usedLink, weak: this.weak };
  }

  #restore(state: ReadingState): void {
    ({ titleSpan: this.titleSpan, usedLink: this.usedLink, weak: this.weak } = state);
  }

  /**
   * How well the values the question carries fit a request: each value it takes counts for it, each
   * it leaves unused or still needs counts against ("how many movies scored above 3.5" is a count of
   * scores, not of movies, because the threshold would be left unused).
   */
  fit(asked: CommandRequest): number {
    const { platform, year, scored, user, limit, browse } = this.slots;
    const browsing = asked.name === 'list_titles' || asked.name === 'count_titles';
    const found: [ArgName, unknown][] = [
      ['platform', platform],
      ['year', year],
      // A score floor is a count's threshold, or a browse filter's minimum.
      [browsing ? 'min_score' : 'scored', scored],
      ['user_id', user],
      ['limit', limit],
      ['group_by', browse.group_by],
      ...(Object.entries(browse.filters) as [ArgName, unknown][]),
    ];
    const accepted = acceptedArgs(asked.name);
    let fit = -(asked.missing?.length ?? 0);
    for (const [arg, value] of found) if (value !== undefined) fit += accepted.includes(arg) ? 1 : -1;
    return fit;
  }

  /** The question asks one of the catalog's numbers (longest, counts, scores, actors). */
  catalogCue(): boolean {
    return (
      this.slots.scored !== undefined ||
      this.understanders.some((u) => u.catalogQuestion && u.cue !== undefined && this.has(u.cue))
    );
  }

  /** A cue phrase is in the question (as typed, or by its words' dictionary forms). */
  has(pattern: RegExp): boolean {
    return this.sentence.test(pattern);
  }

  /** The title a question names: its id, a quoted title, a catalog title, or the words after one of the anchors. */
  titleFrom(anchorEnds: number[], loose = false): TitleRef {
    if (this.slots.titleId) return { title_id: this.slots.titleId };
    if (this.slots.quoted) return { title: this.slots.quoted.toLowerCase() };
    if (this.linked) {
      // "gossip girl, would user 8 like it?": a cue pointing at a pronoun points at the title named.
      const anchored = anchorEnds.some((end) => this.linkedRightAfter(end) || this.pronounAfter(end));
      // Without a cue pointing at it, a one-word catalog name is the title only when the question
      // opens with it ("elite, would user 8 like it?"); elsewhere it is more likely a coincidence
      // ("…that user 310 might enjoy"), nor is a bare number ("only 3").
      const { folded } = this.linked.mention;
      const longName = folded.includes(' ') && !/^[\d ]+$/.test(folded);
      // A yes-or-no verdict with no anchor ("user 99 + ozark, yes or no?") is about the catalog title it names.
      if (anchored || longName || loose || this.linkedOpens() || this.#linkedIntroduced())
        return this.useLink(anchored);
    }
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
  contentType(): 'movie' | 'tv show' | undefined {
    let movie = false;
    let show = false;
    this.sentence.tokens.forEach((token, i) => {
      if (!this.sentence.isFree(i) || this.inTitle(i)) return;
      const next = this.sentence.tokens[i + 1]?.norm;
      // "show me …", "show user 5 …": the verb at the start of a request is not a TV show.
      const nextSlot = this.sentence.tokens[i + 1]?.slot;
      // "show user 5 …" is the verb; "two amazon shows user 999 would like" the noun.
      const verb =
        next !== undefined &&
        (NOT_A_SHOW_AFTER.has(next) ||
          (token.norm === 'show' && (nextSlot === 'user' || nextSlot === 'title')));
      if (MOVIE_WORDS.has(token.norm)) movie = true;
      else if (SHOW_WORDS.has(token.norm) && !(VERB_SHOW.has(token.norm) && verb)) {
        show = true;
      }
    });
    if (movie === show) return undefined;
    return movie ? 'movie' : 'tv show';
  }

  /** What a count is of: TV shows when asked; movies, the client's default, stay implicit. */
  countedType(): 'tv show' | undefined {
    return this.contentType() === 'tv show' ? 'tv show' : undefined;
  }

  inTitle(index: number): boolean {
    return this.titleSpan !== undefined && index >= this.titleSpan.from && index < this.titleSpan.to;
  }

  /** When the same question was left incomplete, the values it had still hold. */
  #carryOver(asked: CommandRequest, previous?: CommandRequest): CommandRequest {
    // "anything similar?", "¿y algo parecido?": a title question with no title is about the last one.
    const lastTitle = previous?.args.title_id ?? previous?.args.title;
    if (asked.missing?.includes('title_id') && lastTitle !== undefined && !this.linked) {
      const carried = previous!.args.title_id ? { title_id: previous!.args.title_id } : { title: lastTitle };
      return request(asked.name, { ...asked.args, ...carried });
    }
    if (!previous?.missing || previous.name !== asked.name) return asked;
    const args = { ...previous.args, ...definedOnly(asked.args) };
    return request(asked.name, args);
  }

  /** What a follow-up to a list or count changes: its filters, ordering, grouping, or the page. */
  #browseFollowUp(previous: CommandRequest, changes: RequestArgs): RequestArgs {
    const browse: RequestArgs = { ...browseChanges(this.slots.browse), type: this.contentType() };
    if (changes.scored !== undefined) browse.min_score = changes.scored;
    const page = previous.name === 'list_titles' ? pageAsked(this) : undefined;
    if (page !== undefined) {
      const size = previous.args.limit ?? DEFAULT_PAGE;
      const offset = previous.args.offset ?? 0;
      if (typeof page === 'object') {
        browse.offset = offset + size;
        if (page.size !== undefined) browse.limit = page.size;
      } else browse.offset = page === 'previous' ? Math.max(0, offset - size) : (page - 1) * size;
    }
    return definedOnly(browse);
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
    const kind = this.contentType();
    if (kind && previous.name === 'get_max_duration')
      changes.duration_type = kind === 'tv show' ? 'season' : 'min';
    if (kind && previous.name === 'recommend_for_user') changes.type = kind;
    const countsMoviesAgain =
      kind === 'movie' && previous.name === 'get_count_platform' && previous.args.type !== undefined;
    if (kind === 'tv show' && previous.name === 'get_count_platform') changes.type = kind;
    const browsing = previous.name === 'list_titles' || previous.name === 'count_titles';
    if (browsing) Object.assign(changes, this.#browseFollowUp(previous, changes));
    if (['recommend', 'similar', 'title_info'].includes(previous.name)) {
      const opening = this.sentence.match(FOLLOW_UP_OPENING);
      const title = this.titleFrom([opening?.to ?? 0]);
      Object.assign(changes, title);
    }
    // Only what the previous question takes: "what about 2019?" does not change a title's details.
    const accepted = acceptedArgs(previous.name);
    for (const arg of Object.keys(changes) as (keyof RequestArgs)[]) {
      const as = arg === 'title' ? 'title_id' : arg;
      if (!accepted.includes(as) && as !== 'offset') delete changes[arg];
    }
    const unknownPlatform = this.slots.unknownPlatform !== undefined && accepted.includes('platform');
    if (Object.keys(changes).length === 0 && !unknownPlatform && !countsMoviesAgain) return undefined;
    const args: RequestArgs = { ...previous.args };
    if (countsMoviesAgain) delete args.type;
    if (browsing) {
      // A year replaces a range and a range a year; any other change starts again from the first page.
      if (changes.year !== undefined) {
        delete args.year_from;
        delete args.year_to;
      }
      if (changes.year_from !== undefined || changes.year_to !== undefined) delete args.year;
      if (changes.offset === undefined) delete args.offset;
    }
    if (unknownPlatform) delete args.platform;
    if ('title' in changes) delete args.title_id;
    if ('title_id' in changes) delete args.title;
    return request(previous.name, { ...args, ...changes });
  }
}

function isBrowse(request: CommandRequest): boolean {
  return request.name === 'list_titles' || request.name === 'count_titles';
}

export function definedOnly(args: RequestArgs): RequestArgs {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)) as RequestArgs;
}

/** A request with only the arguments found, and the required ones that were not. */
export function request(name: CommandName, args: RequestArgs): CommandRequest {
  const found = definedOnly(args);
  const missing: ArgName[] = requiredArgs(name).filter((arg) => !hasArg(found, arg));
  return missing.length > 0 ? { name, args: found, missing } : { name, args: found };
}
