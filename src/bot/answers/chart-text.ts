/** What charts say — titles, axes, legends, text alternatives — in English and Spanish. */
import type { Locale } from '../../answer.ts';
import type { ChartKind } from '../../chart/kinds.ts';

export interface ChartText {
  titles: Record<Exclude<ChartKind, 'title_ratings' | 'user_ratings' | 'durations'>, string> & {
    durations: { min: string; season: string };
    titleRatings(title: string): string;
    userRatings(user: string): string;
  };
  axes: {
    year: string;
    titles: string;
    minutes: string;
    seasons: string;
    movies: string;
    shows: string;
    stars: string;
    ratings: string;
    score: string;
    genre: string;
    platform: string;
    type: string;
  };
  /** The subtitle: what is counted, and how many. */
  counted(what: string, total: string): string;
  ratingsOf(total: string): string;
  recommendLine(threshold: string): string;
  meanLine(mean: string): string;
  baselineLine(estimate: string): string;
  footnote(build: string): string;
  /** Text alternatives: the chart's key numbers in a sentence or two. */
  alt: {
    peak(label: string, count: string): string;
    mostCommon(label: string, count: string, share: string): string;
    median(value: string): string;
    atOrAbove(threshold: string, count: string, share: string): string;
    mean(value: string): string;
    tendency(bias: string, baseline: string): string;
    top(platform: string, genres: string): string;
    split(platform: string, movies: string, shows: string): string;
    none: string;
  };
  /** Where the terminal saved the picture. */
  saved(path: string): string;
  /** "see the chart" where an image could not be drawn. */
  notDrawn(reason: string): string;
  missing: { title: string; user: string };
  unknownUser(user: string): string;
  modelMissing: string;
  modelTooOld: string;
}

export const CHART_TEXT: Record<Locale, ChartText> = {
  en: {
    titles: {
      titles_per_year: 'Titles per release year',
      durations: { min: 'Movie durations', season: 'TV show lengths' },
      ratings: 'Ratings by star value',
      scores: 'Title scores',
      genres: 'Top genres',
      platforms: 'Movies and TV shows per platform',
      titleRatings: (title) => `Ratings of ${title}`,
      userRatings: (user) => `Ratings by user ${user}`,
    },
    axes: {
      year: 'Release year',
      titles: 'Titles',
      minutes: 'Duration (minutes)',
      seasons: 'Seasons',
      movies: 'Movies',
      shows: 'TV shows',
      stars: 'Rating (stars)',
      ratings: 'Ratings',
      score: 'Mean rating (stars)',
      genre: 'Genre',
      platform: 'Platform',
      type: 'Type',
    },
    counted: (what, total) => `${what}: ${total}`,
    ratingsOf: (total) => `${total} ratings`,
    recommendLine: (threshold) => `${threshold} ★: recommended`,
    meanLine: (mean) => `mean ${mean} ★`,
    baselineLine: (estimate) => `model: ${estimate} ★ on an average title`,
    footnote: (build) => `Streambot · data build ${build}`,
    alt: {
      peak: (label, count) => `peak ${label} with ${count}`,
      mostCommon: (label, count, share) => `most common ${label} (${count}, ${share})`,
      median: (value) => `median ${value}`,
      atOrAbove: (threshold, count, share) => `${count} (${share}) at or above ${threshold}`,
      mean: (value) => `mean ${value} ★`,
      tendency: (bias, baseline) =>
        `the model sees this user rating ${bias} against the average and expects ${baseline} on an average title`,
      top: (platform, genres) => `${platform}: ${genres}`,
      split: (platform, movies, shows) => `${platform}: ${movies} movies, ${shows} TV shows`,
      none: 'nothing to chart',
    },
    saved: (path) => `Chart saved to ${path}`,
    notDrawn: (reason) => `The picture could not be drawn (${reason}); the numbers are below.`,
    missing: {
      title: 'Which title’s ratings should I chart? For example: chart the ratings of the irishman',
      user: 'Whose ratings should I chart? For example: chart user 42’s ratings',
    },
    unknownUser: (user) => `User ${user} has no ratings, so there is nothing to chart.`,
    modelMissing: 'A user’s chart needs the trained model, and this store has none: run `streambot train`.',
    modelTooOld:
      'This store’s model was trained before it kept each user’s star counts: run `streambot train` again.',
  },
  es: {
    titles: {
      titles_per_year: 'Títulos por año de estreno',
      durations: { min: 'Duración de las películas', season: 'Temporadas de las series' },
      ratings: 'Valoraciones por estrellas',
      scores: 'Notas de los títulos',
      genres: 'Géneros principales',
      platforms: 'Películas y series por plataforma',
      titleRatings: (title) => `Valoraciones de ${title}`,
      userRatings: (user) => `Valoraciones del usuario ${user}`,
    },
    axes: {
      year: 'Año de estreno',
      titles: 'Títulos',
      minutes: 'Duración (minutos)',
      seasons: 'Temporadas',
      movies: 'Películas',
      shows: 'Series',
      stars: 'Valoración (estrellas)',
      ratings: 'Valoraciones',
      score: 'Valoración media (estrellas)',
      genre: 'Género',
      platform: 'Plataforma',
      type: 'Tipo',
    },
    counted: (what, total) => `${what}: ${total}`,
    ratingsOf: (total) => `${total} valoraciones`,
    recommendLine: (threshold) => `${threshold} ★: recomendado`,
    meanLine: (mean) => `media ${mean} ★`,
    baselineLine: (estimate) => `modelo: ${estimate} ★ en un título medio`,
    footnote: (build) => `Streambot · datos ${build}`,
    alt: {
      peak: (label, count) => `máximo en ${label} con ${count}`,
      mostCommon: (label, count, share) => `lo más frecuente ${label} (${count}, ${share})`,
      median: (value) => `mediana ${value}`,
      atOrAbove: (threshold, count, share) => `${count} (${share}) con ${threshold} o más`,
      mean: (value) => `media ${value} ★`,
      tendency: (bias, baseline) =>
        `el modelo ve que este usuario puntúa ${bias} respecto a la media y espera ${baseline} en un título medio`,
      top: (platform, genres) => `${platform}: ${genres}`,
      split: (platform, movies, shows) => `${platform}: ${movies} películas, ${shows} series`,
      none: 'nada que dibujar',
    },
    saved: (path) => `Gráfico guardado en ${path}`,
    notDrawn: (reason) => `No se pudo dibujar la imagen (${reason}); abajo van los números.`,
    missing: {
      title: '¿De qué título dibujo las valoraciones? Por ejemplo: gráfico de valoraciones de the irishman',
      user: '¿De qué usuario dibujo las valoraciones? Por ejemplo: gráfico de valoraciones del usuario 42',
    },
    unknownUser: (user) => `El usuario ${user} no tiene valoraciones: no hay nada que dibujar.`,
    modelMissing:
      'El gráfico de un usuario necesita el modelo entrenado y este almacén no lo tiene: ejecuta `streambot train`.',
    modelTooOld:
      'El modelo de este almacén se entrenó antes de guardar las estrellas de cada usuario: ejecuta `streambot train` otra vez.',
  },
};
