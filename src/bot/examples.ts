/**
 * Example questions written from a request, in either language: the "e.g." of a prompt, and the
 * samples in help. Each parses back to the request it was written from (tested).
 */

import type { Locale } from '../answer.ts';
import type { Platform } from '../domain.ts';
import type { CommandName, RequestArgs } from './command.ts';

/** Values used where the asker has not given one. */
const SAMPLE = {
  platform: 'netflix' as Platform,
  year: 2019,
  scored: 3.5,
  user_id: 42,
  title: 'the irishman',
};

type Template = (
  a: Required<Pick<RequestArgs, 'platform' | 'year' | 'scored' | 'user_id'>> & {
    title: string;
    shows: boolean;
    kind: RequestArgs['kind'];
  },
) => string;

const TEMPLATES: Partial<Record<CommandName, Record<Locale, Template>>> = {
  get_max_duration: {
    en: (a) => `longest ${a.shows ? 'show' : 'movie'} on ${a.platform} in ${a.year}`,
    es: (a) =>
      a.shows
        ? `serie con más temporadas de ${a.platform} en ${a.year}`
        : `película más larga de ${a.platform} en ${a.year}`,
  },
  get_score_count: {
    en: (a) => `how many ${a.platform} movies from ${a.year} scored above ${a.scored}`,
    es: (a) =>
      `¿cuántas películas de ${a.platform} de ${a.year} tienen más de ${String(a.scored).replace('.', ',')}?`,
  },
  get_count_platform: {
    en: (a) => `how many ${a.shows ? 'tv shows' : 'movies'} does ${a.platform} have`,
    es: (a) => `¿cuántas ${a.shows ? 'series' : 'películas'} tiene ${a.platform}?`,
  },
  get_actor: {
    en: (a) => `top actor on ${a.platform} in ${a.year}`,
    es: (a) => `¿qué actor aparece más en ${a.platform} en ${a.year}?`,
  },
  recommend: {
    en: (a) => `would user ${a.user_id} like ${a.title}?`,
    es: (a) => `¿le gustaría ${a.title} al usuario ${a.user_id}?`,
  },
  recommend_for_user: {
    en: (a) => `recommend something for user ${a.user_id}`,
    es: (a) => `recomiéndale algo al usuario ${a.user_id}`,
  },
  similar: {
    en: (a) => `titles like ${a.title}`,
    es: (a) => `títulos parecidos a ${a.title}`,
  },
  title_info: {
    en: (a) => `tell me about ${a.title}`,
    es: (a) => `háblame de ${a.title}`,
  },
  list_titles: {
    en: (a) => `top 5 longest ${a.shows ? 'shows' : 'movies'} on ${a.platform}`,
    es: (a) => `las 5 ${a.shows ? 'series' : 'películas'} más largas de ${a.platform}`,
  },
  count_titles: {
    en: () => 'which platform has the most documentaries',
    es: () => '¿qué plataforma tiene más documentales?',
  },
  chart: {
    en: (a) =>
      a.kind === 'title_ratings'
        ? `chart the ratings of ${a.title}`
        : a.kind === 'user_ratings'
          ? `chart the ratings of user ${a.user_id}`
          : `chart ${a.platform} titles per year`,
    es: (a) =>
      a.kind === 'title_ratings'
        ? `gráfico de valoraciones de ${a.title}`
        : a.kind === 'user_ratings'
          ? `gráfico de valoraciones del usuario ${a.user_id}`
          : `gráfico de títulos por año en ${a.platform}`,
  },
};

/** A question asking `name` with the given arguments (samples fill the rest); undefined for commands asked by name. */
export function exampleQuestion(name: CommandName, args: RequestArgs, locale: Locale): string | undefined {
  const template = TEMPLATES[name]?.[locale];
  if (!template) return undefined;
  return template({
    platform: args.platform ?? SAMPLE.platform,
    year: args.year ?? SAMPLE.year,
    scored: args.scored ?? SAMPLE.scored,
    user_id: args.user_id ?? SAMPLE.user_id,
    title: args.title_id ?? args.title ?? SAMPLE.title,
    shows: args.duration_type === 'season' || args.type === 'tv show',
    kind: args.kind,
  });
}

/** The commands help shows examples of, in order. */
export const EXAMPLE_COMMANDS: CommandName[] = [
  'get_max_duration',
  'get_score_count',
  'get_count_platform',
  'get_actor',
  'recommend',
  'recommend_for_user',
  'similar',
  'title_info',
  'list_titles',
  'count_titles',
  'chart',
];
