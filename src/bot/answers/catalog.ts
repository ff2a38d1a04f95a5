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
  const shows = value.args.durationType === 'season';
  const scope = scopePhrase(value.args, locale);
  if (value.outcome === 'none') {
    const headline =
      locale === 'es'
        ? `No hay ${shows ? 'series' : 'películas'}${scope} con duración conocida.`
        : `There are no ${shows ? 'TV shows' : 'movies'}${scope} with a known length.`;
    return makeAnswer(context, 'empty', headline);
  }
  const { title } = value;
  const length = lengthOf(title, context);
  const what =
    locale === 'es'
      ? shows
        ? `La serie con más temporadas${scope}`
        : `La película más larga${scope}`
      : shows
        ? `The TV show with the most seasons${scope}`
        : `The longest movie${scope}`;
  const headline =
    locale === 'es'
      ? `${what} es ${quoted(title.title)}: ${length}.`
      : `${what} is ${quoted(title.title)} — ${length}.`;
  const fields: AnswerField[] = [
    { label: locale === 'es' ? 'Título' : 'Title', value: `${displayName(title.title)} (${title.id})` },
    {
      label: locale === 'es' ? 'Plataforma' : 'Platform',
      value: platformLabel(title.platform),
      inline: true,
    },
    { label: locale === 'es' ? 'Año' : 'Year', value: String(title.year), inline: true },
    { label: locale === 'es' ? 'Duración' : 'Length', value: length, inline: true },
  ];
  let note: string | undefined;
  if (value.tieCount > 1) {
    const others = value.tiedWith.map((t) => `${quoted(t.title)} (${t.id})`);
    const rest = value.tieCount - 1 - others.length;
    if (rest > 0)
      others.push(locale === 'es' ? `${formatCount(rest, locale)} más` : `${formatCount(rest, locale)} more`);
    const kind = shows
      ? { en: ['other TV show', 'other TV shows'], es: ['serie más', 'series más'] }
      : { en: ['other movie', 'other movies'], es: ['película más', 'películas más'] };
    const count = plural(value.tieCount - 1, locale, kind as { en: [string, string]; es: [string, string] });
    note =
      locale === 'es'
        ? `Empate a ${length} con ${count}: ${joinList(others, locale)}. Se muestra la primera por título.`
        : `Tied at ${length} with ${count}: ${joinList(others, locale)}. The first by title is shown.`;
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
  const { platform, year, scored } = value.args;
  const label = platformLabel(platform);
  const bar = formatThreshold(scored, locale);
  const released = formatCount(value.moviesReleased, locale);
  const rule =
    locale === 'es'
      ? 'La nota de una película es la media sin redondear de todas sus valoraciones; cuenta si es estrictamente mayor que el umbral.'
      : 'A movie’s score is the unrounded mean of all its ratings; it counts when strictly above the threshold.';
  if (value.moviesReleased === 0) {
    const headline =
      locale === 'es'
        ? `${label} no tiene películas estrenadas en ${year}, así que ninguna supera ${bar}.`
        : `${label} has no movies released in ${year}, so none scores above ${bar}.`;
    return makeAnswer(context, 'empty', headline, { note: rule });
  }
  if (value.count === 0) {
    const headline =
      locale === 'es'
        ? `Ninguna de las ${released} películas de ${label} de ${year} tiene una nota mayor que ${bar}.`
        : `None of the ${released} ${label} movies released in ${year} scores above ${bar}.`;
    return makeAnswer(context, 'empty', headline, { note: rule });
  }
  const counted = plural(value.count, locale, {
    en: [`${label} movie`, `${label} movies`],
    es: ['película', 'películas'],
  });
  const headline =
    locale === 'es'
      ? `${counted} de ${label} de ${year} ${value.count === 1 ? 'tiene' : 'tienen'} una nota mayor que ${bar} (de ${released} estrenadas ese año).`
      : `${counted} released in ${year} ${value.count === 1 ? 'scores' : 'score'} above ${bar} (of ${released} released that year).`;
  const table = {
    columns:
      locale === 'es' ? ['Mejor valoradas', 'Nota', 'Valoraciones'] : ['Best scored', 'Score', 'Ratings'],
    rows: value.best.map((movie) => [
      `${displayName(movie.title)} (${movie.id})`,
      formatScore(movie.score, locale),
      formatCount(movie.ratingCount, locale),
    ]),
  };
  return makeAnswer(context, 'result', headline, { table, note: rule });
}

// ── get_count_platform ───────────────────────────────────────────────────────────────────────────
export function countAnswer(context: AnswerContext, args: CommandArgs<'get_count_platform'>): Answer {
  const result = getCountPlatform(context.store, { platform: args.platform });
  return settle(context, result, (value) => describeCount(context, value, args.type ?? 'movie'));
}

/** The asked kind's count leads the headline; the other kind's is context. */
function describeCount(context: AnswerContext, value: CountPlatformValue, asked: TitleType): Answer {
  const { locale } = context;
  const label = platformLabel(value.args.platform);
  const movies = plural(value.movies, locale, { en: ['movie', 'movies'], es: ['película', 'películas'] });
  const shows = plural(value.tvShows, locale, { en: ['TV show', 'TV shows'], es: ['serie', 'series'] });
  const [lead, aside] = asked === 'tv show' ? [shows, movies] : [movies, shows];
  const headline =
    locale === 'es' ? `${label} tiene ${lead} (y ${aside}).` : `${label} has ${lead} (and ${aside}).`;
  const fields: AnswerField[] = [
    {
      label: locale === 'es' ? 'Películas' : 'Movies',
      value: formatCount(value.movies, locale),
      inline: true,
    },
    {
      label: locale === 'es' ? 'Series' : 'TV shows',
      value: formatCount(value.tvShows, locale),
      inline: true,
    },
  ];
  const counted = asked === 'tv show' ? value.tvShows : value.movies;
  return makeAnswer(context, counted === 0 ? 'empty' : 'result', headline, { fields });
}

// ── get_actor ────────────────────────────────────────────────────────────────────────────────────
export function actorAnswer(context: AnswerContext, args: CommandArgs<'get_actor'>): Answer {
  const result = getActor(context.store, args);
  return settle(context, result, (value) => describeActor(context, value));
}

function describeActor(context: AnswerContext, value: ActorValue): Answer {
  const { locale } = context;
  const { platform, year } = value.args;
  const label = platformLabel(platform);
  switch (value.outcome) {
    case 'no_cast_data':
      return makeAnswer(
        context,
        'empty',
        locale === 'es'
          ? `El catálogo de ${label} no incluye el reparto de sus títulos, así que no hay actor que destacar.`
          : `${label}’s catalog lists no cast for its titles, so there is no top actor to name.`,
      );
    case 'no_titles':
      return makeAnswer(
        context,
        'empty',
        locale === 'es'
          ? `${label} no tiene títulos estrenados en ${year}.`
          : `${label} has no titles released in ${year}.`,
      );
    case 'no_cast_listed': {
      const titles = plural(value.titlesReleased, locale, {
        en: ['title', 'titles'],
        es: ['título', 'títulos'],
      });
      return makeAnswer(
        context,
        'empty',
        locale === 'es'
          ? `Ninguno de los ${titles} de ${label} de ${year} indica su reparto.`
          : `None of the ${titles} on ${label} released in ${year} lists its cast.`,
      );
    }
    case 'found': {
      const titles = plural(value.titleCount, locale, { en: ['title', 'titles'], es: ['título', 'títulos'] });
      const actor = displayName(value.actor);
      const headline =
        locale === 'es'
          ? `${actor} es quien aparece en más títulos de ${label} de ${year}: ${titles}.`
          : `${actor} appears in the most ${label} titles released in ${year}: ${titles}.`;
      let note: string | undefined;
      if (value.tieCount > 1) {
        const others = value.tiedWith.map(displayName);
        const rest = value.tieCount - 1 - others.length;
        if (rest > 0)
          others.push(
            locale === 'es' ? `${formatCount(rest, locale)} más` : `${formatCount(rest, locale)} more`,
          );
        note =
          locale === 'es'
            ? `Empate con ${joinList(others, locale)} (también ${titles}). Se muestra el primero por orden alfabético.`
            : `Tied with ${joinList(others, locale)} (also ${titles}). The first alphabetically is shown.`;
      }
      const fields: AnswerField[] = [
        { label: locale === 'es' ? 'Actor' : 'Actor', value: actor, inline: true },
        {
          label: locale === 'es' ? 'Títulos' : 'Titles',
          value: formatCount(value.titleCount, locale),
          inline: true,
        },
      ];
      return makeAnswer(context, 'result', headline, { fields, note });
    }
  }
}
