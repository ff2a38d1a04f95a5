/** Answers from the recommender: a verdict for a user and a title, top picks, similar titles. */

import type { Answer, AnswerField, Locale } from '../../answer.ts';
import type { Platform, TitleType } from '../../domain.ts';
import { type Prediction, predict } from '../../recommender/predict.ts';
import { type Recommendations, recommendFor } from '../../recommender/recommend.ts';
import type { RecommenderResult } from '../../recommender/result.ts';
import { type SimilarTitles, similarTitles } from '../../recommender/similar.ts';
import type { CommandArgs } from '../command.ts';
import {
  displayName,
  formatCount,
  formatDecimal,
  formatScore,
  formatThreshold,
  joinList,
  platformLabel,
  plural,
  quoted,
  typeLabel,
} from '../format.ts';
import { type AnswerContext, makeAnswer } from './context.ts';
import { recommenderFailure } from './problems.ts';

/** How many titles a list answer shows when the asker does not say. */
const DEFAULT_LIST_LENGTH = 10;

function settle<T>(
  context: AnswerContext,
  result: RecommenderResult<T>,
  answer: (value: T) => Answer,
): Answer {
  return result.ok ? answer(result.value) : recommenderFailure(context, result.error);
}

// ── recommend ────────────────────────────────────────────────────────────────────────────────────
export function verdictAnswer(context: AnswerContext, args: CommandArgs<'recommend'>): Answer {
  const result = predict(context.store, args.user_id, args.title_id, {
    threshold: context.recommendThreshold,
  });
  return settle(context, result, (value) => describeVerdict(context, value));
}

function describeVerdict(context: AnswerContext, p: Prediction): Answer {
  const { locale } = context;
  const title = quoted(p.title.title);
  const predicted = formatScore(p.estimate, locale);
  const bar = formatThreshold(p.threshold, locale);
  const yes = p.verdict === 'recommend';
  const headline =
    locale === 'es'
      ? yes
        ? `Sí: al usuario ${p.userId} probablemente le gustará ${title} (nota prevista ${predicted}).`
        : `No: al usuario ${p.userId} probablemente no le gustará ${title} (nota prevista ${predicted}, por debajo de ${bar}).`
      : yes
        ? `Yes: user ${p.userId} would likely enjoy ${title} (predicted ${predicted}).`
        : `No: user ${p.userId} probably wouldn’t enjoy ${title} (predicted ${predicted}, below ${bar}).`;
  const fields: AnswerField[] = [
    { label: locale === 'es' ? 'Nota prevista' : 'Predicted score', value: predicted, inline: true },
    { label: locale === 'es' ? 'Umbral' : 'Threshold', value: bar, inline: true },
    {
      label: locale === 'es' ? 'Título' : 'Title',
      value: `${displayName(p.title.title)} (${p.title.id}, ${platformLabel(p.title.platform)}, ${p.title.year})`,
    },
    { label: locale === 'es' ? 'El usuario' : 'The user', value: tendency(p, context) },
    { label: locale === 'es' ? 'El título' : 'The title', value: reception(p, context) },
  ];
  const note = p.coldStart
    ? locale === 'es'
      ? `El modelo no conoce al usuario ${p.userId}: la previsión es la nota media del título.`
      : `The model has never seen user ${p.userId}: the prediction is the title’s own average score.`
    : undefined;
  return makeAnswer(context, 'result', headline, { fields, note });
}

function tendency(p: Prediction, context: AnswerContext): string {
  const { locale } = context;
  if (!p.userTendency) return locale === 'es' ? 'sin valoraciones conocidas' : 'no known ratings';
  const { bias, ratings } = p.userTendency;
  const signed = `${bias >= 0 ? '+' : '−'}${formatDecimal(Math.abs(bias), locale, 2)}`;
  const count = plural(ratings, locale, { en: ['rating', 'ratings'], es: ['valoración', 'valoraciones'] });
  return locale === 'es'
    ? `puntúa ${signed} respecto a la media (${count})`
    : `rates ${signed} vs. average (${count})`;
}

function reception(p: Prediction, context: AnswerContext): string {
  const { locale } = context;
  const { mean, ratings } = p.titleReception;
  if (mean === null) return locale === 'es' ? 'sin valoraciones' : 'not rated yet';
  const count = plural(ratings, locale, { en: ['rating', 'ratings'], es: ['valoración', 'valoraciones'] });
  return locale === 'es'
    ? `media ${formatScore(mean, locale)} (${count})`
    : `average ${formatScore(mean, locale)} (${count})`;
}

// ── recommend_for_user ───────────────────────────────────────────────────────────────────────────
export function forYouAnswer(context: AnswerContext, args: CommandArgs<'recommend_for_user'>): Answer {
  const result = recommendFor(context.store, args.user_id, {
    platform: args.platform,
    type: args.type,
    limit: args.limit ?? DEFAULT_LIST_LENGTH,
    threshold: context.recommendThreshold,
  });
  return settle(context, result, (value) => describeForYou(context, value));
}

function kindPhrase(type: TitleType | null, platform: Platform | null, context: AnswerContext): string {
  const { locale } = context;
  const kind =
    type === null
      ? ''
      : locale === 'es'
        ? type === 'movie'
          ? ' (películas)'
          : ' (series)'
        : type === 'movie'
          ? ' (movies)'
          : ' (TV shows)';
  const where =
    platform === null
      ? ''
      : locale === 'es'
        ? ` en ${platformLabel(platform)}`
        : ` on ${platformLabel(platform)}`;
  return `${where}${kind}`;
}

function describeForYou(context: AnswerContext, value: Recommendations): Answer {
  const { locale } = context;
  const scope = kindPhrase(value.type, value.platform, context);
  if (value.titles.length === 0) {
    return makeAnswer(
      context,
      'empty',
      locale === 'es'
        ? `No quedan títulos que recomendar al usuario ${value.userId}${scope}: ya los ha valorado todos.`
        : `There is nothing left to recommend to user ${value.userId}${scope}: they have rated it all.`,
    );
  }
  const headline =
    locale === 'es'
      ? `Lo mejor para el usuario ${value.userId}${scope}:`
      : `Top ${value.titles.length} picks for user ${value.userId}${scope}:`;
  const table = {
    columns:
      locale === 'es'
        ? ['Título', 'Tipo', 'Plataforma', 'Año', 'Prevista']
        : ['Title', 'Type', 'Platform', 'Year', 'Predicted'],
    rows: value.titles.map((t) => [
      `${displayName(t.title)} (${t.id})`,
      typeLabel(t.type, locale),
      platformLabel(t.platform),
      String(t.year),
      formatScore(t.estimate, locale),
    ]),
  };
  const rated = plural(value.alreadyRated, locale, { en: ['title', 'titles'], es: ['título', 'títulos'] });
  const note = value.coldStart
    ? locale === 'es'
      ? `El usuario ${value.userId} no tiene valoraciones: son los títulos mejor valorados en general.`
      : `User ${value.userId} has no ratings: these are the best-scored titles overall.`
    : locale === 'es'
      ? `Sin los ${rated} que ya ha valorado.`
      : `Leaving out the ${rated} they have already rated.`;
  return makeAnswer(context, 'result', headline, {
    table,
    note: [note, evenNote(value, locale)].join(' ').trim(),
  });
}

/** Estimates closer than this are the same to a person: the list is then a set of equal picks. */
const EVEN_SPREAD = 0.01;

/** Says so when the model rates every listed title alike, rather than implying an order it does not know. */
function evenNote(value: Recommendations, locale: Locale): string {
  const estimates = value.titles.map((t) => t.estimate);
  if (estimates.length < 2 || Math.max(...estimates) - Math.min(...estimates) >= EVEN_SPREAD) return '';
  return locale === 'es'
    ? 'El modelo los prevé casi iguales: las valoraciones dicen poco de cada título, así que son opciones equivalentes.'
    : 'The model predicts these almost equally: the ratings say little about individual titles, so treat them as equal picks.';
}

// ── similar ──────────────────────────────────────────────────────────────────────────────────────
export function similarAnswer(context: AnswerContext, args: CommandArgs<'similar'>): Answer {
  const result = similarTitles(context.store, args.title_id, {
    limit: args.limit ?? DEFAULT_LIST_LENGTH,
    platform: args.platform,
  });
  return settle(context, result, (value) => describeSimilar(context, value));
}

function describeSimilar(context: AnswerContext, value: SimilarTitles): Answer {
  const { locale } = context;
  const source = `${quoted(value.title.title)} (${platformLabel(value.title.platform)}, ${value.title.year})`;
  const where =
    value.platform === null
      ? ''
      : locale === 'es'
        ? ` en ${platformLabel(value.platform)}`
        : ` on ${platformLabel(value.platform)}`;
  if (value.similar.length === 0) {
    return makeAnswer(
      context,
      'empty',
      locale === 'es'
        ? `No encuentro títulos parecidos a ${source}${where}.`
        : `I found no titles similar to ${source}${where}.`,
    );
  }
  const headline =
    locale === 'es' ? `Títulos parecidos a ${source}${where}:` : `Titles similar to ${source}${where}:`;
  const table = {
    columns:
      locale === 'es'
        ? ['Título', 'Plataforma', 'Año', 'Parecido', 'En común']
        : ['Title', 'Platform', 'Year', 'Match', 'In common'],
    rows: value.similar.map((t) => [
      `${displayName(t.title)} (${t.id})`,
      platformLabel(t.platform),
      String(t.year),
      `${formatCount(Math.round(t.score * 100), locale)}%`,
      joinList(
        [...t.shared.genres.slice(0, 2), ...t.shared.cast.slice(0, 1), ...t.shared.directors.slice(0, 1)].map(
          displayName,
        ),
        locale,
      ) || '—',
    ]),
  };
  const note =
    locale === 'es'
      ? 'Parecido por géneros, reparto, dirección y sinopsis.'
      : 'Similarity from genres, cast, directors and description.';
  return makeAnswer(context, 'result', headline, { table, note });
}
