/** Answers to the four catalog questions, from the catalog's structured results. */

import type { Answer, AnswerField } from '../../answer.ts';
import {
  type ActorValue,
  type CatalogResult,
  type CountPlatformValue,
  getActor,
  getCountPlatform,
  getMaxDuration,
  getScoreCount,
  type MaxDurationValue,
  type ScoreCountValue,
} from '../../catalog/index.ts';
import type { DurationTitle } from '../../catalog/max-duration.ts';
import type { TitleType } from '../../domain.ts';
import type { CommandArgs } from '../command.ts';
import {
  displayName,
  formatCount,
  formatMinutes,
  formatScore,
  formatSeasons,
  formatThreshold,
  joinList,
  platformLabel,
  plural,
  quoted,
} from '../format.ts';
import { CATALOG_TEXT } from './catalog-text.ts';
import type { AnswerContext } from './context.ts';
import { makeAnswer } from './context.ts';
import { catalogFailure } from './problems.ts';
import { scopePhrase } from './scope.ts';

function settle<T>(context: AnswerContext, result: CatalogResult<T>, answer: (value: T) => Answer): Answer {
  return result.ok ? answer(result.value) : catalogFailure(context, result.error);
}

// ── get_max_duration ─────────────────────────────────────────────────────────────────────────────
export function longestAnswer(context: AnswerContext, args: CommandArgs<'get_max_duration'>): Answer {
  const result = getMaxDuration(context.store, {
    year: args.year ?? null,
    platform: args.platform ?? null,
    durationType: args.duration_type,
  });
  return settle(context, result, (value) => describeLongest(context, value));
}

function lengthOf(title: DurationTitle, context: AnswerContext): string {
  return title.unit === 'minutes'
    ? formatMinutes(title.duration, context.locale)
    : formatSeasons(title.duration, context.locale);
}

function describeLongest(context: AnswerContext, value: MaxDurationValue): Answer {
  const { locale } = context;
  const text = CATALOG_TEXT[locale];
  const kind = text.longest.kinds[value.args.durationType];
  const scope = scopePhrase(value.args, locale);
  if (value.outcome === 'none') return makeAnswer(context, 'empty', kind.none(scope));
  const { title } = value;
  const length = lengthOf(title, context);
  const headline = text.longest.headline(kind.winner(scope), quoted(title.title), length);
  const fields: AnswerField[] = [
    { label: text.labels.title, value: `${displayName(title.title)} (${title.id})` },
    { label: text.labels.platform, value: platformLabel(title.platform), inline: true },
    { label: text.labels.year, value: String(title.year), inline: true },
    { label: text.labels.length, value: length, inline: true },
  ];
  let note: string | undefined;
  if (value.tieCount > 1) {
    const others = value.tiedWith.map((t) => `${quoted(t.title)} (${t.id})`);
    const rest = value.tieCount - 1 - others.length;
    if (rest > 0) others.push(text.more(formatCount(rest, locale)));
    const count = plural(value.tieCount - 1, locale, kind.others);
    note = text.longest.tied(length, count, joinList(others, locale));
  }
  return makeAnswer(context, 'result', headline, { fields, note });
}

// ── get_score_count ──────────────────────────────────────────────────────────────────────────────
export function scoreCountAnswer(context: AnswerContext, args: CommandArgs<'get_score_count'>): Answer {
  const result = getScoreCount(context.store, args);
  return settle(context, result, (value) => describeScoreCount(context, value));
}

function describeScoreCount(context: AnswerContext, value: ScoreCountValue): Answer {
  const { locale } = context;
  const text = CATALOG_TEXT[locale].scored;
  const { platform, year, scored } = value.args;
  const label = platformLabel(platform);
  const scope = {
    label,
    year,
    bar: formatThreshold(scored, locale),
    released: formatCount(value.moviesReleased, locale),
  };
  if (value.moviesReleased === 0)
    return makeAnswer(context, 'empty', text.noneReleased(scope), { note: text.rule });
  if (value.count === 0) return makeAnswer(context, 'empty', text.noneAbove(scope), { note: text.rule });
  const counted = plural(value.count, locale, text.movies(label));
  const table = {
    columns: [...text.columns],
    rows: value.best.map((movie) => [
      `${displayName(movie.title)} (${movie.id})`,
      formatScore(movie.score, locale),
      formatCount(movie.ratingCount, locale),
    ]),
  };
  return makeAnswer(context, 'result', text.headline(scope, counted, value.count), {
    table,
    note: text.rule,
  });
}

// ── get_count_platform ───────────────────────────────────────────────────────────────────────────
export function countAnswer(context: AnswerContext, args: CommandArgs<'get_count_platform'>): Answer {
  const result = getCountPlatform(context.store, { platform: args.platform });
  return settle(context, result, (value) => describeCount(context, value, args.type ?? 'movie'));
}

/** The asked kind's count leads the headline; the other kind's is context. */
function describeCount(context: AnswerContext, value: CountPlatformValue, asked: TitleType): Answer {
  const { locale } = context;
  const text = CATALOG_TEXT[locale];
  const label = platformLabel(value.args.platform);
  const movies = plural(value.movies, locale, text.count.movies);
  const shows = plural(value.tvShows, locale, text.count.shows);
  const [lead, aside] = asked === 'tv show' ? [shows, movies] : [movies, shows];
  const fields: AnswerField[] = [
    { label: text.labels.movies, value: formatCount(value.movies, locale), inline: true },
    { label: text.labels.shows, value: formatCount(value.tvShows, locale), inline: true },
  ];
  const counted = asked === 'tv show' ? value.tvShows : value.movies;
  return makeAnswer(context, counted === 0 ? 'empty' : 'result', text.count.headline(label, lead, aside), {
    fields,
  });
}

// ── get_actor ────────────────────────────────────────────────────────────────────────────────────
export function actorAnswer(context: AnswerContext, args: CommandArgs<'get_actor'>): Answer {
  const result = getActor(context.store, args);
  return settle(context, result, (value) => describeActor(context, value));
}

function describeActor(context: AnswerContext, value: ActorValue): Answer {
  const { locale } = context;
  const text = CATALOG_TEXT[locale];
  const { platform, year } = value.args;
  const label = platformLabel(platform);
  switch (value.outcome) {
    case 'no_cast_data':
      return makeAnswer(context, 'empty', text.actor.noCastData(label));
    case 'no_titles':
      return makeAnswer(context, 'empty', text.actor.noTitles(label, year));
    case 'no_cast_listed': {
      const titles = plural(value.titlesReleased, locale, text.actor.titles);
      return makeAnswer(context, 'empty', text.actor.noCastListed(titles, label, year));
    }
    case 'found': {
      const titles = plural(value.titleCount, locale, text.actor.titles);
      const actor = displayName(value.actor);
      let note: string | undefined;
      if (value.tieCount > 1) {
        const others = value.tiedWith.map(displayName);
        const rest = value.tieCount - 1 - others.length;
        if (rest > 0) others.push(text.more(formatCount(rest, locale)));
        note = text.actor.tied(joinList(others, locale), titles);
      }
      const fields: AnswerField[] = [
        { label: text.labels.actor, value: actor, inline: true },
        { label: text.labels.titles, value: formatCount(value.titleCount, locale), inline: true },
      ];
      return makeAnswer(context, 'result', text.actor.found(actor, label, year, titles), { fields, note });
    }
  }
}
