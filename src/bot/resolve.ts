/**
 * From what a parser understood to a Command the catalog or recommender can answer: required
 * arguments present, values in range, and a title named by text resolved to its id.
 */

import type { Answer, Locale } from '../answer.ts';
import { browseNames } from '../catalog/browse.ts';
import { findTitles, type TitleMatch } from '../catalog/index.ts';
import { MIN_YEAR, maxYear, type Platform, type TitleId } from '../domain.ts';
import { GENRES, type Genre } from '../genres.ts';
import { RANGE_MESSAGES } from '../range-messages.ts';
import type { Store } from '../store/open.ts';
import {
  ambiguousTitle,
  clarifyAnswer,
  invalidAnswer,
  missingPrompt,
  unknownTitle,
} from './answers/problems.ts';
import { PROBLEM_TEXT } from './answers/problems-text.ts';
import type { ArgName, Command, CommandRequest } from './command.ts';
import { displayName, formatDecimal, platformLabel } from './format.ts';

/** The most titles a `/foryou` or `/similar` answer lists. */
const MAX_LIMIT = 25;

export type Resolution =
  | { ok: true; command: Command; request: CommandRequest; note?: string }
  /** The answer to give instead, and the request as far as it got (for follow-ups). */
  | { ok: false; answer: Answer; request: CommandRequest };

export interface ResolveContext {
  store: Store | undefined;
  locale: Locale;
  build?: string;
  now: Date;
}

export function resolveRequest(request: CommandRequest, context: ResolveContext): Resolution {
  if (request.alternatives && request.alternatives.length > 0) {
    const { alternatives, ...first } = request;
    return { ok: false, answer: clarifyAnswer(context, [first, ...alternatives]), request: first };
  }
  const problem = invalidArgument(request, context);
  if (problem)
    return {
      ok: false,
      answer: invalidAnswer(context, problem.message),
      request: withoutArg(request, problem.arg),
    };
  if (request.missing && request.missing.length > 0) {
    // "would i like coco?": the title is settled now, so the answer to the prompt completes it.
    const settled = titleSettled(request, context.store);
    return { ok: false, answer: missingPrompt(context, settled), request: settled };
  }
  let resolved = request;
  let note: string | undefined;
  if (request.args.title !== undefined && request.args.title_id === undefined) {
    if (!context.store) return { ok: true, command: request as Command, request };
    const title = resolveTitleText(context.store, request.args.title, request.args.platform);
    if (!title.ok) {
      const incomplete: CommandRequest = { ...request, args: { ...request.args }, missing: ['title_id'] };
      delete incomplete.args.title;
      const answer =
        title.candidates.length > 1 && title.reason === 'ambiguous'
          ? ambiguousTitle(context, request.args.title, title.candidates.map(describeMatch))
          : unknownTitle(context, request.args.title, title.candidates.map(describeMatch));
      return { ok: false, answer, request: incomplete };
    }
    const { title: _text, ...rest } = request.args;
    resolved = { name: request.name, args: { ...rest, title_id: title.match.id } };
    if (title.alsoNamed.length > 0) note = alsoNamedNote(context.locale, title.alsoNamed);
  } else if (
    request.args.title_id !== undefined &&
    context.store &&
    !titleExists(context.store, request.args.title_id)
  ) {
    const incomplete: CommandRequest = { ...request, args: { ...request.args }, missing: ['title_id'] };
    delete incomplete.args.title_id;
    return { ok: false, answer: unknownTitle(context, request.args.title_id, []), request: incomplete };
  }
  return { ok: true, command: resolved as Command, request: resolved, note };
}

/** The request with a title named by text replaced by its id, when the catalog settles it. */
function titleSettled(request: CommandRequest, store: Store | undefined): CommandRequest {
  if (!store || request.args.title === undefined || request.args.title_id !== undefined) return request;
  const title = resolveTitleText(store, request.args.title, request.args.platform);
  if (!title.ok) return request;
  const { title: _text, ...rest } = request.args;
  return { ...request, args: { ...rest, title_id: title.match.id } };
}

function withoutArg(request: CommandRequest, arg: ArgName): CommandRequest {
  const args = { ...request.args };
  delete args[arg];
  return { ...request, args, missing: [...new Set([...(request.missing ?? []), arg])] };
}

// ── ranges ───────────────────────────────────────────────────────────────────────────────────────
const RANGE_TEXT = {
  platform: {
    en: (v: string) => `“${v}” is not a platform I know: ${platformChoices('or')}.`,
    es: (v: string) => `“${v}” no es una plataforma que conozca: ${platformChoices('o')}.`,
  },
  unreadable: {
    en: (arg: string, v: string) => `I could not read “${v}” as the ${arg.replace('_', ' ')}.`,
    es: (arg: string, v: string) => `No entiendo “${v}” como valor de ${arg.replace('_', ' ')}.`,
  },
};

/** "Netflix, Hulu, Disney+ or Amazon Prime Video". */
function platformChoices(or: string): string {
  const labels = PLATFORM_ORDER.map(platformLabel);
  return `${labels.slice(0, -1).join(', ')} ${or} ${labels.at(-1)}`;
}
const PLATFORM_ORDER: readonly Platform[] = ['netflix', 'hulu', 'disney', 'amazon'];

function invalidArgument(
  request: CommandRequest,
  context: ResolveContext,
): { arg: ArgName; message: string } | undefined {
  const { locale } = context;
  const first = request.invalid?.[0];
  if (first?.arg === 'platform')
    return { arg: 'platform', message: RANGE_TEXT.platform[locale](first.value) };
  if (first) return { arg: first.arg, message: RANGE_TEXT.unreadable[locale](first.arg, first.value) };
  const { year, scored, user_id: user, limit } = request.args;
  const latest = maxYear(context.now);
  for (const arg of ['year', 'year_from', 'year_to'] as const) {
    const value = arg === 'year' ? year : request.args[arg];
    if (value !== undefined && (!Number.isInteger(value) || value < MIN_YEAR || value > latest))
      return { arg, message: RANGE_MESSAGES[locale].year(String(value), latest) };
  }
  if (scored !== undefined && (!Number.isFinite(scored) || scored < 0 || scored > 5)) {
    return { arg: 'scored', message: RANGE_MESSAGES[locale].scored(formatDecimal(scored, locale)) };
  }
  if (user !== undefined && (!Number.isSafeInteger(user) || user < 1)) {
    return { arg: 'user_id', message: RANGE_MESSAGES[locale].user(String(user)) };
  }
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)) {
    return { arg: 'limit', message: RANGE_MESSAGES[locale].limit(String(limit), MAX_LIMIT) };
  }
  return undefined;
}

// ── titles ───────────────────────────────────────────────────────────────────────────────────────
const CANDIDATES = 5;
const AND_WORDS = /\s(?:and|y)\s/gi;

type TitleResolution =
  | { ok: true; match: TitleMatch; alsoNamed: TitleMatch[] }
  | { ok: false; reason: 'ambiguous' | 'none'; candidates: TitleMatch[] };

/**
 * The title a person means by `text`: the exact title (the most-rated one, or the one on the
 * asked platform, when several platforms carry it), else the same read with "&" for "and"/"y", else
 * the only title matching at all.
 */
function resolveTitleText(store: Store, text: string, platform?: Platform): TitleResolution {
  const found = findTitles(store, text, { limit: CANDIDATES });
  if (!found.ok) return { ok: false, reason: 'none', candidates: [] };
  const { matches } = found.value;
  const exact = matches.filter((m) => m.match === 'exact' || m.match === 'id');
  // "love death and robots", "law and order": an ampersand said as a word.
  const withAmpersand = text.replace(AND_WORDS, ' & ');
  if (exact.length === 0 && withAmpersand !== text) {
    const resolved = resolveTitleText(store, withAmpersand, platform);
    if (resolved.ok || (matches.length === 0 && resolved.candidates.length > 0)) return resolved;
  }
  if (exact.length > 0) {
    const onPlatform = platform ? exact.find((m) => m.platform === platform) : undefined;
    const chosen = onPlatform ?? exact[0]!;
    return { ok: true, match: chosen, alsoNamed: exact.filter((m) => m !== chosen) };
  }
  if (matches.length === 1) return { ok: true, match: matches[0]!, alsoNamed: [] };
  return { ok: false, reason: matches.length === 0 ? 'none' : 'ambiguous', candidates: matches };
}

/** An id typed by hand may name no title: said here, in the asker's language, like a title named by text. */
function titleExists(store: Store, id: TitleId): boolean {
  const found = findTitles(store, id, { limit: 1 });
  return found.ok && found.value.matches.length > 0;
}

function describeMatch(match: TitleMatch): string {
  return `${match.id}: ${displayName(match.title)} (${match.platform}, ${match.year})`;
}

function alsoNamedNote(locale: Locale, others: TitleMatch[]): string {
  const list = others.map((m) => `${m.id} (${m.platform}, ${m.year})`).join(', ');
  return PROBLEM_TEXT[locale].alsoNamed(list);
}

/** Autocomplete: titles matching what has been typed so far. */
export function completeTitles(
  store: Store,
  prefix: string,
  limit: number,
): { id: TitleId; label: string }[] {
  if (prefix.trim() === '') return [];
  const found = findTitles(store, prefix, { limit });
  if (!found.ok) return [];
  return found.value.matches.map((m) => ({
    id: m.id,
    label: `${displayName(m.title)} (${m.platform}, ${m.year})`,
  }));
}

/** Autocomplete for browse options: people (most credited first), canonical genres, countries. */
export function completeBrowseValues(
  store: Store,
  kind: 'person' | 'genre' | 'country',
  prefix: string,
  limit: number,
): { id: string; label: string }[] {
  const typed = prefix.trim().toLowerCase();
  if (kind === 'genre') {
    const folded = typed.normalize('NFD').replace(/\p{M}+/gu, '');
    return (Object.keys(GENRES) as Genre[])
      .filter((genre) => genre.includes(folded) || GENRES[genre].includes(folded))
      .slice(0, limit)
      .map((genre) => ({ id: genre, label: `${genre} (${GENRES[genre]})` }));
  }
  if (typed === '') return [];
  if (kind === 'country')
    return browseNames(store, 'country', typed, limit).map((name) => ({
      id: name,
      label: displayName(name),
    }));
  const names = [
    ...new Set([
      ...browseNames(store, 'cast', typed, limit),
      ...browseNames(store, 'director', typed, limit),
    ]),
  ];
  return names.slice(0, limit).map((name) => ({ id: name, label: displayName(name) }));
}
