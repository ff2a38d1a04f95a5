/** Answers from the recommender: a verdict for a user and a title, top picks, similar titles. */

import type { Answer, AnswerField, Locale } from '../../answer.ts';
import type { Platform, TitleType } from '../../domain.ts';
import { type Prediction, predict } from '../../recommender/predict.ts';
import { EVEN_SPREAD, type Reason, type Recommendations, recommendFor } from '../../recommender/recommend.ts';
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
import { RECOMMENDER_TEXT } from './recommender-text.ts';

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
  const text = RECOMMENDER_TEXT[locale].verdict;
  const title = quoted(p.title.title);
  const predicted = formatScore(p.estimate, locale);
  const bar = formatThreshold(p.threshold, locale);
  const headline =
    p.verdict === 'recommend'
      ? text.yes(p.userId, title, predicted)
      : text.no(p.userId, title, predicted, bar);
  const fields: AnswerField[] = [
    { label: text.labels.predicted, value: predicted, inline: true },
    { label: text.labels.threshold, value: bar, inline: true },
    {
      label: text.labels.title,
      value: `${displayName(p.title.title)} (${p.title.id}, ${platformLabel(p.title.platform)}, ${p.title.year})`,
    },
    { label: text.labels.user, value: tendency(p, locale) },
    { label: text.labels.reception, value: reception(p, locale) },
  ];
  const note = p.coldStart ? text.coldStart(p.userId) : undefined;
  return makeAnswer(context, 'result', headline, { fields, note });
}

function tendency(p: Prediction, locale: Locale): string {
  const text = RECOMMENDER_TEXT[locale];
  if (!p.userTendency) return text.verdict.noRatings;
  const { bias, ratings } = p.userTendency;
  const signed = `${bias >= 0 ? '+' : '−'}${formatDecimal(Math.abs(bias), locale, 2)}`;
  return text.verdict.rates(signed, plural(ratings, locale, text.ratings));
}

function reception(p: Prediction, locale: Locale): string {
  const text = RECOMMENDER_TEXT[locale];
  const { mean, ratings } = p.titleReception;
  if (mean === null) return text.verdict.unrated;
  return text.verdict.average(formatScore(mean, locale), plural(ratings, locale, text.ratings));
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

function kindPhrase(type: TitleType | null, platform: Platform | null, locale: Locale): string {
  const text = RECOMMENDER_TEXT[locale];
  const where = platform === null ? '' : text.onPlatform(platformLabel(platform));
  const kind = type === null ? '' : text.forYou.kinds[type];
  return `${where}${kind}`;
}

function describeForYou(context: AnswerContext, value: Recommendations): Answer {
  const { locale } = context;
  const text = RECOMMENDER_TEXT[locale];
  const scope = kindPhrase(value.type, value.platform, locale);
  if (value.titles.length === 0)
    return makeAnswer(context, 'empty', text.forYou.nothingLeft(value.userId, scope));
  const headline = text.forYou.headline(value.titles.length, value.userId, scope);
  const reasons = value.titles.some((t) => t.because);
  const table = {
    columns: [...text.forYou.columns, ...(reasons ? [text.forYou.because] : [])],
    rows: value.titles.map((t) => [
      `${displayName(t.title)} (${t.id})`,
      typeLabel(t.type, locale),
      platformLabel(t.platform),
      String(t.year),
      formatScore(t.estimate, locale),
      ...(reasons ? [t.because ? reasonText(t.because, locale) : '—'] : []),
    ]),
  };
  const note = value.coldStart
    ? text.forYou.coldStart(value.userId)
    : text.forYou.leftOut(plural(value.alreadyRated, locale, text.titles));
  return makeAnswer(context, 'result', headline, {
    table,
    note: [note, evenNote(value, locale)].join(' ').trim(),
  });
}

/** "Narcos (5 ★): crime, drama · pablo escobar": the user's title a pick is most like, and what they share. */
function reasonText(because: Reason, locale: Locale): string {
  const { genres, cast, directors } = because.shared;
  const shared = [...directors, ...genres, ...cast].slice(0, 3).map(displayName);
  const title = `${displayName(because.title)} (${formatThreshold(because.stars, locale)})`;
  return shared.length > 0 ? `${title}: ${shared.join(', ')}` : title;
}

/** Says so when the model rates every listed title alike, rather than implying an order it does not know. */
function evenNote(value: Recommendations, locale: Locale): string {
  const estimates = value.titles.map((t) => t.estimate);
  if (estimates.length < 2 || Math.max(...estimates) - Math.min(...estimates) >= EVEN_SPREAD) return '';
  return RECOMMENDER_TEXT[locale].forYou.even;
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
  const text = RECOMMENDER_TEXT[locale];
  const source = `${quoted(value.title.title)} (${platformLabel(value.title.platform)}, ${value.title.year})`;
  const where = value.platform === null ? '' : text.onPlatform(platformLabel(value.platform));
  if (value.similar.length === 0) return makeAnswer(context, 'empty', text.similar.none(source, where));
  const table = {
    columns: [...text.similar.columns],
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
  return makeAnswer(context, 'result', text.similar.headline(source, where), {
    table,
    note: text.similar.note,
  });
}
