/** What browsing's answers (`list_titles`, `count_titles`) say, in English and Spanish. */
import type { Locale } from '../../answer.ts';
import type { GroupBy, Sort } from '../../catalog/browse.ts';
import type { TitleType } from '../../domain.ts';
import { GENRES, type Genre } from '../../genres.ts';

export type Column = 'rank' | 'title' | 'platform' | 'year' | 'id' | 'duration' | 'score' | 'ratings';
export type Role = 'cast' | 'director';

export interface BrowseText {
  // ── list_titles
  columns: Record<Column, string>;
  order: Record<`${Sort}:${'asc' | 'desc'}`, string>;
  /** "10 of 40", "11–20 of 40". */
  of(part: string, total: string): string;
  pageEmpty(total: string, what: string): string;
  // ── count_titles
  groups: Record<GroupBy, string>;
  /** The column of a count table's counts. */
  titles: string;
  total(total: string, what: string): string;
  grouped(s: { what: string; total: string; by: string; top: string; count: string }): string;
  moreGroups(count: string): string;
  genresOverlap: string;
  // ── what the filters were understood as
  /** A genre's name: the canonical key in English, its Spanish name in Spanish. */
  genre(genre: Genre): string;
  nouns: Record<TitleType | 'all', string>;
  ofGenre(noun: string, genre: string): string;
  onPlatform(label: string): string;
  inYear(year: number): string;
  years(from: number, to: number): string;
  since(year: number): string;
  until(year: number): string;
  withCast(name: string): string;
  directedBy(name: string): string;
  fromCountry(name: string): string;
  rated(rating: string): string;
  score(range: string): string;
  labels: Record<'genre' | Role, string>;
  genreLabels(genre: string, labels: string): string;
  // ── nothing matches
  none(what: string): string;
  /** Why nothing matches: nobody of that name in the catalog, or a platform that lists no such credits. */
  roles: Record<Role, { nobody(name: string): string; unlisted(platform: string): string }>;
}

export const BROWSE_TEXT: Record<Locale, BrowseText> = {
  en: {
    columns: {
      rank: '#',
      title: 'Title',
      platform: 'Platform',
      year: 'Year',
      id: 'Id',
      duration: 'Length',
      score: 'Score',
      ratings: 'Ratings',
    },
    order: {
      'duration:desc': 'longest first',
      'duration:asc': 'shortest first',
      'score:desc': 'best rated first',
      'score:asc': 'worst rated first',
      'year:desc': 'newest first',
      'year:asc': 'oldest first',
      'ratings:desc': 'most rated first',
      'ratings:asc': 'least rated first',
      'title:asc': 'A to Z',
      'title:desc': 'Z to A',
    },
    of: (part, total) => `${part} of ${total}`,
    pageEmpty: (total, what) => `There are only ${total} ${what}; this page is empty.`,
    groups: { platform: 'platform', year: 'year', genre: 'genre', type: 'type' },
    titles: 'Titles',
    total: (total, what) => `There are ${total} ${what}.`,
    grouped: (s) => `${s.what}: ${s.total}. By ${s.by}, ${s.top} has the most (${s.count}).`,
    moreGroups: (count) => `And ${count} more groups with fewer titles.`,
    genresOverlap: 'A title can have several genres, so the groups add up to more than the total.',
    genre: (genre) => genre,
    nouns: { movie: 'movies', 'tv show': 'TV shows', all: 'titles' },
    ofGenre: (noun, genre) => `${genre} ${noun}`,
    onPlatform: (label) => `on ${label}`,
    inYear: (year) => `from ${year}`,
    years: (from, to) => `from ${from} to ${to}`,
    since: (year) => `since ${year}`,
    until: (year) => `up to ${year}`,
    withCast: (name) => `with ${name}`,
    directedBy: (name) => `directed by ${name}`,
    fromCountry: (name) => `from ${name}`,
    rated: (rating) => `rated ${rating}`,
    score: (range) => `(score ${range})`,
    labels: { genre: 'Genre', cast: 'Cast', director: 'Director' },
    genreLabels: (genre, labels) => `${genre} (catalog labels: ${labels})`,
    none: (what) => `No ${what}.`,
    roles: {
      cast: {
        nobody: (name) => `No one called “${name}” is credited as cast in the catalog.`,
        unlisted: (platform) => `${platform}’s catalog lists no cast.`,
      },
      director: {
        nobody: (name) => `No one called “${name}” is credited as director in the catalog.`,
        unlisted: (platform) => `${platform}’s catalog lists no directors.`,
      },
    },
  },
  es: {
    columns: {
      rank: '#',
      title: 'Título',
      platform: 'Plataforma',
      year: 'Año',
      id: 'Id',
      duration: 'Duración',
      score: 'Nota',
      ratings: 'Valoraciones',
    },
    order: {
      'duration:desc': 'de mayor a menor duración',
      'duration:asc': 'de menor a mayor duración',
      'score:desc': 'de mejor a peor nota',
      'score:asc': 'de peor a mejor nota',
      'year:desc': 'del más reciente al más antiguo',
      'year:asc': 'del más antiguo al más reciente',
      'ratings:desc': 'de más a menos valoraciones',
      'ratings:asc': 'de menos a más valoraciones',
      'title:asc': 'de la A a la Z',
      'title:desc': 'de la Z a la A',
    },
    of: (part, total) => `${part} de ${total}`,
    pageEmpty: (total, what) => `Solo hay ${total} ${what}; esta página está vacía.`,
    groups: { platform: 'plataforma', year: 'año', genre: 'género', type: 'tipo' },
    titles: 'Títulos',
    total: (total, what) => `Hay ${total} ${what}.`,
    grouped: (s) => `${s.what}: ${s.total}. Por ${s.by}, ${s.top} tiene más (${s.count}).`,
    moreGroups: (count) => `Y ${count} grupos más con menos títulos.`,
    genresOverlap: 'Un título puede tener varios géneros: los grupos suman más que el total.',
    genre: (genre) => GENRES[genre],
    nouns: { movie: 'películas', 'tv show': 'series', all: 'títulos' },
    ofGenre: (noun, genre) => `${noun} de ${genre}`,
    onPlatform: (label) => `en ${label}`,
    inYear: (year) => `de ${year}`,
    years: (from, to) => `de ${from} a ${to}`,
    since: (year) => `desde ${year}`,
    until: (year) => `hasta ${year}`,
    withCast: (name) => `con ${name}`,
    directedBy: (name) => `dirigidos por ${name}`,
    fromCountry: (name) => `de ${name}`,
    rated: (rating) => `con clasificación ${rating}`,
    score: (range) => `(nota ${range})`,
    labels: { genre: 'Género', cast: 'Reparto', director: 'Dirección' },
    genreLabels: (genre, labels) => `${genre} (etiquetas del catálogo: ${labels})`,
    none: (what) => `No hay ${what}.`,
    roles: {
      cast: {
        nobody: (name) => `Nadie llamado “${name}” figura como reparto en el catálogo.`,
        unlisted: (platform) => `El catálogo de ${platform} no incluye el reparto.`,
      },
      director: {
        nobody: (name) => `Nadie llamado “${name}” figura como director en el catálogo.`,
        unlisted: (platform) => `El catálogo de ${platform} no incluye la dirección.`,
      },
    },
  },
};
