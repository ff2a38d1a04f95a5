/**
 * The bot core: text or a slash command in, a Command and an Answer out. Stateless apart from the
 * read-only store and the per-conversation memory follow-ups need; never throws.
 */

import { commandModule } from '../../commands/index.ts';
import { isAdmin } from '../admin/access.ts';
import type { RefreshService } from '../admin/refresh.ts';
import type { Answer, Locale } from '../answer.ts';
import { type Config, DEFAULT_MEMO_ENTRIES } from '../config.ts';
import { logger as defaultLogger, type Logger } from '../log.ts';
import { metrics, outcomeOf } from '../metrics.ts';
import type { StateStore } from '../state/state.ts';
import { buildInfoOf, readBuildInfo } from '../store/build-info.ts';
import type { LiveStore } from '../store/live.ts';
import type { Store } from '../store/open.ts';
import { adminOnlyRefused, reportLooking, reportWithoutState } from './answers/admin-report.ts';
import type { AnswerContext } from './answers/context.ts';
import { feedbackAnswer } from './answers/feedback.ts';
import { missesAnswer } from './answers/misses.ts';
import { internalError } from './answers/problems.ts';
import { refreshStarting } from './answers/refresh.ts';
import type { Command, CommandRequest } from './command.ts';
import {
  CONVERSATION_IDLE_MS,
  type ConversationMemory,
  type ConversationOptions,
  Conversations,
} from './conversations.ts';
import type { BotCore, BotInput, BotReply, FeedbackInput } from './core.ts';
import { type DispatchExtras, dispatch } from './dispatch.ts';
import { FeedbackKeeper, feedbackWithoutState } from './feedback.ts';
import { MemoryLinks, type PersonLinks, personOf } from './links.ts';
import { StoreMemo } from './memo.ts';
import { MissKeeper } from './misses.ts';
import { type Gazetteer, gazetteerOf } from './nl/gazetteer.ts';
import { type ParseResult, parseQuestion } from './nl/parse.ts';
import {
  completeBrowseValues,
  completeTitles,
  type Resolution,
  type ResolveContext,
  resolveRequest,
} from './resolve.ts';
import { StateLinks } from './state-links.ts';

export interface BotCoreOptions {
  /** The store answers come from; null for a core that only understands (titles stay unresolved). */
  store: LiveStore | null;
  config: Pick<Config, 'recommendThreshold' | 'admins'>;
  logger?: Logger;
  /** The clock (tests pin it). */
  now?: () => Date;
  conversations?: ConversationOptions;
  /** Runs the admin refresh; without it `refresh` explains the other ways to refresh. */
  refresh?: Pick<RefreshService, 'refresh'>;
  /** Who each person is in the ratings ("I am user 42"); kept in this process when not given. */
  links?: PersonLinks;
  /**
   * State that outlives the process and spans instances: person links and conversation memory are read
   * from it before each question (`prepare`) and written to it as they change.
   */
  state?: StateStore;
  /** Keep questions not answered in the state (STREAMBOT_KEEP_QUESTIONS; on unless set to 0). */
  keepQuestions?: boolean;
  /** How many parses, resolutions and pure answers (each) to reuse per store (STREAMBOT_MEMO_ENTRIES; 0: none). */
  memoEntries?: number;
}

/** The core adapters use, plus what the command line needs. */
export interface StreambotCore extends BotCore {
  /** The request the core understands from the input, titles resolved, without answering it. */
  understand(input: BotInput): CommandRequest;
}

/** Autocomplete never offers more than clients show. */
const MAX_COMPLETIONS = 25;
/** Discord's limit on a choice's name. */
const MAX_COMPLETION_LABEL = 100;
/** Requests that change nothing a follow-up could build on. */
/** A conversation's memory as the state service keeps it. */
interface StoredConversation extends ConversationMemory {
  at: number;
}

const FORGETTABLE = new Set([
  'unknown',
  'help',
  'status',
  'refresh',
  'link_user',
  'whoami',
  'misses',
  'feedback',
]);
const DEFAULT_REPORT_DAYS = 7;
const DAY_MS = 86_400_000;
/** The most misses or votes an admin report reads (what it shows is summed from them). */
const REPORT_READ = 10_000;

/** Words typed: a message, or `/ask`'s question (an `unknown` command carrying its text). */
function typedText(input: BotInput): string | undefined {
  if (!input.command) return input.text;
  return input.command.name === 'unknown' ? input.command.args.text : undefined;
}

export function createBotCore(options: BotCoreOptions): StreambotCore {
  return new Core(options);
}

class Core implements StreambotCore {
  readonly #live: LiveStore | null;
  readonly #config: BotCoreOptions['config'];
  readonly #log: Logger;
  readonly #now: () => Date;
  readonly #startedAt: Date;
  readonly #conversations: Conversations;
  readonly #refresh: BotCoreOptions['refresh'];
  readonly #links: PersonLinks;
  readonly #state: StateStore | undefined;
  readonly #idleMs: number;
  readonly #misses: MissKeeper | undefined;
  readonly #feedback: FeedbackKeeper | undefined;
  readonly #parses: StoreMemo<ParseResult>;
  readonly #answers: StoreMemo<Answer>;
  readonly #resolutions: StoreMemo<Resolution>;

  constructor(options: BotCoreOptions) {
    this.#live = options.store;
    this.#config = options.config;
    this.#log = options.logger ?? defaultLogger;
    this.#now = options.now ?? (() => new Date());
    this.#startedAt = this.#now();
    this.#conversations = new Conversations(options.conversations);
    this.#refresh = options.refresh;
    this.#state = options.state;
    this.#links =
      options.links ?? (options.state ? new StateLinks(options.state, this.#log) : new MemoryLinks());
    this.#idleMs = options.conversations?.idleMs ?? CONVERSATION_IDLE_MS;
    this.#feedback = options.state ? new FeedbackKeeper(options.state, this.#log) : undefined;
    this.#misses =
      options.state && options.keepQuestions !== false ? new MissKeeper(options.state, this.#log) : undefined;
    const memoEntries = options.memoEntries ?? DEFAULT_MEMO_ENTRIES;
    this.#parses = new StoreMemo(memoEntries);
    this.#answers = new StoreMemo(memoEntries);
    this.#resolutions = new StoreMemo(memoEntries);
  }

  /** Loads what the state service knows of this person and conversation (another instance may have written it). */
  async prepare(input: BotInput): Promise<void> {
    if (!this.#state) return;
    const links = this.#links;
    const [memory] = await Promise.all([
      this.#state.getConversation<StoredConversation>(input.conversationId),
      links.load?.(personOf(input)),
    ]);
    if (memory) this.#conversations.set(input.conversationId, memory, memory.at);
  }

  ask(input: BotInput): BotReply {
    const started = performance.now();
    const now = this.#now();
    let locale: Locale = input.locale ?? 'en';
    try {
      // Read once: a swap between reads would parse on one build and answer on another.
      const opened = this.#openStore();
      const understood = this.#understand(input, now, opened.store);
      const { memory: before, typed } = understood;
      locale = understood.locale;
      if (!opened.store) throw opened.error;
      const store = opened.store;
      const buildInfo = buildInfoOf(store);
      const context: AnswerContext = {
        store,
        locale,
        recommendThreshold: this.#config.recommendThreshold,
        build: buildInfo?.buildId,
        startedAt: this.#startedAt,
        now,
      };
      const person = personOf(input);
      const asked = withLinkedUser(understood.request, this.#links.get(person));
      const resolution = this.#resolve(asked, { store, locale, build: context.build, now });
      let answer: Answer;
      const refresh = this.#refresh;
      if (resolution.ok && resolution.command.name === 'refresh' && refresh) {
        // The refresh service decides (the one admin check) and answers every outcome, a refusal too.
        const requester = { userId: input.userId, name: input.name, via: input.via ?? 'terminal', locale };
        const starting = refreshStarting(context);
        this.#count(input, 'refresh', locale, starting, started);
        const reply: BotReply = {
          command: resolution.request,
          answer: starting,
          effect: async (progress) =>
            withReport(await refresh.refresh(requester, progress), this.#live, this.#log),
        };
        return reply;
      }
      if (resolution.ok && (resolution.command.name === 'misses' || resolution.command.name === 'feedback')) {
        const { name, args } = resolution.command;
        const reply = this.#adminReport(input, context, name, args.days ?? DEFAULT_REPORT_DAYS);
        this.#count(input, name, locale, reply.answer, started);
        return { command: resolution.request, ...reply };
      }
      if (resolution.ok) {
        const admin = isAdmin(this.#config.admins, { userId: input.userId, via: input.via ?? 'terminal' });
        answer = this.#answer(resolution.command, context, {
          isAdmin: admin,
          buildInfo,
          asker: { person, links: this.#links },
        });
        if (resolution.note)
          answer.note = answer.note ? `${answer.note} ${resolution.note}` : resolution.note;
      } else {
        answer = { ...resolution.answer };
      }
      const missId = this.#keepMiss(input, typed, locale, answer, resolution.request, before);
      const question = typed;
      if (answer.kind !== 'prompt' && !input.stateless)
        this.#feedback?.remember(answer, {
          command: resolution.request.name,
          lang: locale,
          adapter: input.via ?? 'terminal',
          ...(context.build ? { build: context.build } : {}),
          ...(question !== undefined ? { question } : {}),
        });
      const saved = input.stateless
        ? undefined
        : this.#remember(input.conversationId, resolution.request, locale, now, missId);
      this.#count(input, resolution.request.name, locale, answer, started);
      // What was asked and how it went, never the text itself (people type names and ids into chats).
      this.#log.debug(
        {
          event: 'answered',
          command: resolution.request.name,
          kind: answer.kind,
          locale,
          conversation: input.conversationId,
          ms: Math.round((performance.now() - started) * 1000) / 1000,
        },
        'answered',
      );
      return { command: resolution.request, answer, ...(saved ? { saved } : {}) };
    } catch (error) {
      this.#log.error({ err: error, conversation: input.conversationId }, 'the bot core failed to answer');
      const answer = internalError({ locale });
      this.#count(input, 'unknown', locale, answer, started);
      return { command: { name: 'unknown', args: { text: '' } }, answer };
    }
  }

  async feedback(input: FeedbackInput): Promise<Answer> {
    if (!this.#feedback) return feedbackWithoutState(input.locale ?? 'en');
    return this.#feedback.vote({
      answerId: input.answerId,
      person: personOf(input),
      vote: input.vote,
      ...(input.expected !== undefined ? { expected: input.expected } : {}),
      ...(input.locale ? { locale: input.locale } : {}),
    });
  }

  understand(input: BotInput): CommandRequest {
    const now = this.#now();
    const { store } = this.#openStore();
    const understood = this.#understand(input, now, store);
    const asked = withLinkedUser(understood.request, this.#links.get(personOf(input)));
    const { request } = resolveRequest(asked, { store, locale: understood.locale, now });
    this.#remember(input.conversationId, request, understood.locale, now);
    return request;
  }

  completeTitles(prefix: string, limit = MAX_COMPLETIONS): { id: string; label: string }[] {
    if (!this.#live) return [];
    try {
      const matches = completeTitles(
        this.#live.current(),
        prefix.slice(0, 200),
        Math.min(Math.max(1, limit), MAX_COMPLETIONS),
      );
      return matches.map((m) => ({ id: m.id, label: m.label.slice(0, MAX_COMPLETION_LABEL) }));
    } catch (error) {
      this.#log.error({ err: error }, 'title autocomplete failed');
      return [];
    }
  }

  completeValues(kind: 'person' | 'genre' | 'country', prefix: string, limit = MAX_COMPLETIONS) {
    if (!this.#live) return [];
    try {
      const wanted = Math.min(Math.max(1, limit), MAX_COMPLETIONS);
      return completeBrowseValues(this.#live.current(), kind, prefix.slice(0, 100), wanted).map((c) => ({
        id: c.id,
        label: c.label.slice(0, MAX_COMPLETION_LABEL),
      }));
    } catch (error) {
      this.#log.error({ err: error, kind }, 'autocomplete failed');
      return [];
    }
  }

  /**
   * Free text (or `/ask`) through the parser with the conversation's memory; commands as given. Also
   * hands back that memory and the words typed, which the caller keeps misses by.
   */
  #understand(
    input: BotInput,
    now: Date,
    store: Store | undefined,
  ): { request: CommandRequest; locale: Locale; memory: ConversationMemory | undefined; typed?: string } {
    const memory = this.#conversations.get(input.conversationId, now.getTime());
    const typed = typedText(input);
    if (typed === undefined && input.command) {
      return { request: input.command, locale: input.locale ?? memory?.locale ?? 'en', memory };
    }
    const text = typed ?? '';
    const locale = memory?.locale ?? input.locale;
    const parse = () =>
      parseQuestion(text, { previous: memory?.request, locale, now, gazetteer: this.#gazetteer(store) });
    // The parse reads the question, the conversation's last request, its language and the year.
    const parsed = store
      ? this.#parses.get(
          store,
          `${locale}\u0001${now.getUTCFullYear()}\u0001${JSON.stringify(memory?.request ?? null)}\u0001${text}`,
          parse,
        )
      : parse();
    return {
      request: parsed.request,
      locale: parsed.locale,
      memory,
      ...(typed !== undefined ? { typed } : {}),
    };
  }

  /** A pure command's answer is reused for the same build (a copy: the caller may add a note or an id). */
  #answer(command: Command, context: AnswerContext, extras: DispatchExtras): Answer {
    if (!commandModule(command.name)?.pure) return dispatch(command, context, extras);
    const key = `${context.locale}\u0001${JSON.stringify(command)}`;
    return { ...this.#answers.get(context.store, key, () => dispatch(command, context, extras)) };
  }

  /** A request resolved against the catalog, reused for the same build (resolving reads only the store and the year). */
  #resolve(asked: CommandRequest, context: ResolveContext & { store: Store }): Resolution {
    const key = `${context.locale}\u0001${context.now.getUTCFullYear()}\u0001${JSON.stringify(asked)}`;
    return this.#resolutions.get(context.store, key, () => resolveRequest(asked, context));
  }

  /** The store serving now, or why there is none (the question is still read, to answer in its language). */
  #openStore(): { store: Store; error?: undefined } | { store?: undefined; error: Error } {
    if (!this.#live) return { error: new Error('this core has no store') };
    try {
      return { store: this.#live.current() };
    } catch (error) {
      return { error: error as Error };
    }
  }

  /** The catalog's names, when a store can be read; without them titles are read by position alone. */
  #gazetteer(store: Store | undefined): Gazetteer | undefined {
    try {
      return store ? gazetteerOf(store) : undefined;
    } catch {
      // The store cannot be read: the answer will say so, in the language the question was read in.
      return undefined;
    }
  }

  /** `/misses` and `/feedback`: admins only, read from the state service as the answer's effect. */
  #adminReport(
    input: BotInput,
    context: AnswerContext,
    report: 'misses' | 'feedback',
    days: number,
  ): Pick<BotReply, 'answer' | 'effect'> {
    if (!isAdmin(this.#config.admins, { userId: input.userId, via: input.via ?? 'terminal' }))
      return { answer: adminOnlyRefused(context) };
    const state = this.#state;
    if (!state) return { answer: reportWithoutState(context) };
    const since = Date.now() - days * DAY_MS;
    const keeping = this.#misses !== undefined;
    return {
      answer: reportLooking(context),
      effect: async () =>
        report === 'misses'
          ? missesAnswer(context, await state.misses(since, REPORT_READ), days, keeping)
          : feedbackAnswer(context, await state.votes(since, REPORT_READ), days),
    };
  }

  /** Counted for the metrics: what was asked and how it ended, never the words. */
  #count(input: BotInput, command: string, locale: Locale, answer: Answer, started: number): void {
    metrics.question(command, input.via ?? 'terminal', locale, answer, (performance.now() - started) / 1000);
  }

  /**
   * Keeps a question typed in words that was not answered; a prompt's miss is dropped once the next
   * question of the conversation answers the same command (the value was given, or asked for again).
   */
  #keepMiss(
    input: BotInput,
    typed: string | undefined,
    locale: Locale,
    answer: Answer,
    request: CommandRequest,
    before: ConversationMemory | undefined,
  ): string | undefined {
    if (!this.#misses) return undefined;
    if (before?.missId && before.request.name === request.name) this.#misses.forget(before.missId);
    if (typed === undefined) return undefined;
    return this.#misses.keep(typed, locale, input.via ?? 'terminal', outcomeOf(answer));
  }

  /** Remembers the request for follow-ups; the promise settles once the shared state has it. */
  #remember(
    conversationId: string,
    request: CommandRequest,
    locale: Locale,
    now: Date,
    missId?: string,
  ): Promise<void> | undefined {
    if (FORGETTABLE.has(request.name)) return undefined;
    const memory = { request, locale, ...(missId ? { missId } : {}) };
    this.#conversations.set(conversationId, memory, now.getTime());
    const stored: StoredConversation = { ...memory, at: now.getTime() };
    return this.#state
      ?.setConversation(conversationId, stored, this.#idleMs)
      .catch((error: unknown) =>
        this.#log.error({ err: (error as Error).message }, 'conversation memory could not be saved'),
      );
  }
}

/**
 * A successful refresh's answer with the new build's data report attached; without it (logged) when the
 * report cannot be made: the refresh itself succeeded.
 */
async function withReport(outcome: Answer, live: LiveStore | null, log: Logger): Promise<Answer> {
  if (outcome.kind !== 'result' || !live) return outcome;
  try {
    const { dataReport } = await import('./report/report.ts');
    const store = live.current();
    const html = await dataReport(store, outcome.locale);
    const build = readBuildInfo(store.sqlite)?.buildId ?? 'build';
    return {
      ...outcome,
      attachment: { fileName: `streambot-report-${build}.html`, contentType: 'text/html', data: html },
    };
  } catch (error) {
    log.error({ err: (error as Error).message }, 'data report after refresh failed');
    return outcome;
  }
}

/** A first-person question ("what should I watch?") asked by a linked person is about their ratings user. */
function withLinkedUser(request: CommandRequest, linked: number | undefined): CommandRequest {
  if (linked === undefined || !request.missing?.includes('user_id')) return request;
  const missing = request.missing.filter((arg) => arg !== 'user_id');
  const filled: CommandRequest = { ...request, args: { ...request.args, user_id: linked } };
  if (missing.length > 0) filled.missing = missing;
  else delete filled.missing;
  return filled;
}
