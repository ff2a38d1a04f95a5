/** `/title`: the details of one title. */

import type { Answer, AnswerField, Locale } from '../../answer.ts';
import { names } from '../../recommender/text-features.ts';
import type { CommandArgs } from '../command.ts';
import {
  clip,
  displayName,
  formatCount,
  formatMinutes,
  formatScore,
  formatSeasons,
  joinList,
  platformLabel,
  typeLabel,
} from '../format.ts';
import { type TitleDetails, titleDetails } from '../title-details.ts';
import { type AnswerContext, makeAnswer } from './context.ts';
import { unknownTitle } from './problems.ts';

const CAST_SHOWN = 6;
const DESCRIPTION_CHARS = 300;

type InfoLabel =
  | 'type'
  | 'platform'
  | 'year'
  | 'length'
  | 'score'
  | 'rating'
  | 'genres'
  | 'director'
  | 'cast'
  | 'country'
  | 'added'
  | 'more'
  | 'ratings'
  | 'unrated';

const LABELS: Record<Locale, Record<InfoLabel, string>> = {
  en: {
    type: 'Type',
    platform: 'Platform',
    year: 'Year',
    length: 'Length',
    score: 'Score',
    rating: 'Rated',
    genres: 'Genres',
    director: 'Director',
    cast: 'Cast',
    country: 'Country',
    added: 'Added',
    more: 'more',
    ratings: 'ratings',
    unrated: 'not rated',
  },
  es: {
    type: 'Tipo',
    platform: 'Plataforma',
    year: 'Año',
    length: 'Duración',
    score: 'Nota',
    rating: 'Clasificación',
    genres: 'Géneros',
    director: 'Dirección',
    cast: 'Reparto',
    country: 'País',
    added: 'Añadido',
    more: 'más',
    ratings: 'valoraciones',
    unrated: 'sin valoraciones',
  },
};

export function titleInfoAnswer(context: AnswerContext, args: CommandArgs<'title_info'>): Answer {
  const details = titleDetails(context.store, args.title_id);
  if (!details) return unknownTitle(context, args.title_id, []);
  return describe(context, details);
}

function describe(context: AnswerContext, t: TitleDetails): Answer {
  const { locale } = context;
  const l = LABELS[locale];
  const fields: AnswerField[] = [
    { label: l.type, value: typeLabel(t.type, locale), inline: true },
    { label: l.platform, value: platformLabel(t.platform), inline: true },
    { label: l.year, value: String(t.release_year), inline: true },
  ];
  if (t.duration_int !== null && t.duration_type !== null) {
    const length =
      t.duration_type === 'min'
        ? formatMinutes(t.duration_int, locale)
        : formatSeasons(t.duration_int, locale);
    fields.push({ label: l.length, value: length, inline: true });
  }
  const score =
    t.score_mean === null || !t.score_count
      ? l.unrated
      : `${formatScore(t.score_mean, locale)} (${formatCount(t.score_count, locale)} ${l.ratings})`;
  fields.push({ label: l.score, value: score, inline: true });
  if (t.rating) fields.push({ label: l.rating, value: t.rating.toUpperCase(), inline: true });
  const genres = names(t.listed_in);
  if (genres.length > 0) fields.push({ label: l.genres, value: joinList(genres.map(displayName), locale) });
  const directors = names(t.director);
  if (directors.length > 0)
    fields.push({ label: l.director, value: joinList(directors.map(displayName), locale) });
  const cast = names(t.cast);
  if (cast.length > 0) {
    const shown = cast.slice(0, CAST_SHOWN).map(displayName);
    if (cast.length > CAST_SHOWN) shown.push(`${cast.length - CAST_SHOWN} ${l.more}`);
    fields.push({ label: l.cast, value: joinList(shown, locale) });
  }
  if (t.country) fields.push({ label: l.country, value: displayName(t.country), inline: true });
  if (t.date_added) fields.push({ label: l.added, value: t.date_added, inline: true });
  const headline = `${displayName(t.title)} (${t.id})`;
  const note = t.description
    ? clip(t.description.charAt(0).toUpperCase() + t.description.slice(1), DESCRIPTION_CHARS)
    : undefined;
  return makeAnswer(context, 'result', headline, { fields, note });
}
