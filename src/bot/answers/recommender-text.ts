/** What the recommender's answers say, in English and Spanish. */
import type { Locale } from '../../answer.ts';
import type { TitleType, UserId } from '../../domain.ts';
import type { Forms } from '../format.ts';

export interface RecommenderText {
  /** " on Netflix": the platform a list is limited to. */
  onPlatform(label: string): string;
  ratings: Forms;
  titles: Forms;
  verdict: {
    yes(user: UserId, title: string, predicted: string): string;
    no(user: UserId, title: string, predicted: string, bar: string): string;
    labels: Record<'predicted' | 'threshold' | 'title' | 'user' | 'reception', string>;
    coldStart(user: UserId): string;
    /** The user's tendency: none known, or how far from the average they rate. */
    noRatings: string;
    rates(signed: string, count: string): string;
    /** The title's reception: not rated, or its average. */
    unrated: string;
    average(score: string, count: string): string;
  };
  forYou: {
    /** " (movies)": the kind a list is limited to. */
    kinds: Record<TitleType, string>;
    nothingLeft(user: UserId, scope: string): string;
    headline(count: number, user: UserId, scope: string): string;
    columns: readonly string[];
    /** The column naming the user's own title each pick is most like. */
    because: string;
    coldStart(user: UserId): string;
    leftOut(rated: string): string;
    even: string;
  };
  similar: {
    none(source: string, where: string): string;
    headline(source: string, where: string): string;
    columns: readonly string[];
    note: string;
  };
}

export const RECOMMENDER_TEXT: Record<Locale, RecommenderText> = {
  en: {
    onPlatform: (label) => ` on ${label}`,
    ratings: ['rating', 'ratings'],
    titles: ['title', 'titles'],
    verdict: {
      yes: (user, title, predicted) =>
        `Yes: user ${user} would likely enjoy ${title} (predicted ${predicted}).`,
      no: (user, title, predicted, bar) =>
        `No: user ${user} probably wouldn’t enjoy ${title} (predicted ${predicted}, below ${bar}).`,
      labels: {
        predicted: 'Predicted score',
        threshold: 'Threshold',
        title: 'Title',
        user: 'The user',
        reception: 'The title',
      },
      coldStart: (user) =>
        `The model has never seen user ${user}: the prediction is the title’s own average score.`,
      noRatings: 'no known ratings',
      rates: (signed, count) => `rates ${signed} vs. average (${count})`,
      unrated: 'not rated yet',
      average: (score, count) => `average ${score} (${count})`,
    },
    forYou: {
      kinds: { movie: ' (movies)', 'tv show': ' (TV shows)' },
      nothingLeft: (user, scope) =>
        `There is nothing left to recommend to user ${user}${scope}: they have rated it all.`,
      headline: (count, user, scope) => `Top ${count} picks for user ${user}${scope}:`,
      columns: ['Title', 'Type', 'Platform', 'Year', 'Predicted'],
      because: 'Because you rated',
      coldStart: (user) => `User ${user} has no ratings: these are the best-scored titles overall.`,
      leftOut: (rated) => `Leaving out the ${rated} they have already rated.`,
      even: 'The model predicts these almost equally (the ratings say little about individual titles), so they are ordered by how much they are like the titles this user rated highest.',
    },
    similar: {
      none: (source, where) => `I found no titles similar to ${source}${where}.`,
      headline: (source, where) => `Titles similar to ${source}${where}:`,
      columns: ['Title', 'Platform', 'Year', 'Match', 'In common'],
      note: 'Similarity from genres, cast, directors and description.',
    },
  },
  es: {
    onPlatform: (label) => ` en ${label}`,
    ratings: ['valoración', 'valoraciones'],
    titles: ['título', 'títulos'],
    verdict: {
      yes: (user, title, predicted) =>
        `Sí: al usuario ${user} probablemente le gustará ${title} (nota prevista ${predicted}).`,
      no: (user, title, predicted, bar) =>
        `No: al usuario ${user} probablemente no le gustará ${title} (nota prevista ${predicted}, por debajo de ${bar}).`,
      labels: {
        predicted: 'Nota prevista',
        threshold: 'Umbral',
        title: 'Título',
        user: 'El usuario',
        reception: 'El título',
      },
      coldStart: (user) =>
        `El modelo no conoce al usuario ${user}: la previsión es la nota media del título.`,
      noRatings: 'sin valoraciones conocidas',
      rates: (signed, count) => `puntúa ${signed} respecto a la media (${count})`,
      unrated: 'sin valoraciones',
      average: (score, count) => `media ${score} (${count})`,
    },
    forYou: {
      kinds: { movie: ' (películas)', 'tv show': ' (series)' },
      nothingLeft: (user, scope) =>
        `No quedan títulos que recomendar al usuario ${user}${scope}: ya los ha valorado todos.`,
      headline: (_count, user, scope) => `Lo mejor para el usuario ${user}${scope}:`,
      columns: ['Título', 'Tipo', 'Plataforma', 'Año', 'Prevista'],
      because: 'Porque valoraste',
      coldStart: (user) =>
        `El usuario ${user} no tiene valoraciones: son los títulos mejor valorados en general.`,
      leftOut: (rated) => `Sin los ${rated} que ya ha valorado.`,
      even: 'El modelo los prevé casi iguales (las valoraciones dicen poco de cada título), así que van ordenados por su parecido con los títulos que este usuario valoró mejor.',
    },
    similar: {
      none: (source, where) => `No encuentro títulos parecidos a ${source}${where}.`,
      headline: (source, where) => `Títulos parecidos a ${source}${where}:`,
      columns: ['Título', 'Plataforma', 'Año', 'Parecido', 'En común'],
      note: 'Parecido por géneros, reparto, dirección y sinopsis.',
    },
  },
};
