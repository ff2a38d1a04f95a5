/** What the four catalog answers say, in English and Spanish. */
import type { Locale } from '../../answer.ts';
import type { DurationType } from '../../domain.ts';
import type { Forms } from '../format.ts';

/** What every score-count sentence names: the platform, the year, the threshold, the movies released. */
export interface ScoredScope {
  label: string;
  year: number;
  bar: string;
  released: string;
}

export interface CatalogText {
  labels: Record<'title' | 'platform' | 'year' | 'length' | 'movies' | 'shows' | 'actor' | 'titles', string>;
  /** The tied names not listed: "3 more". */
  more(count: string): string;
  longest: {
    /** Per duration type: the empty answer, the winner's description, the other tied titles. */
    kinds: Record<
      DurationType,
      { none(scope: string): string; winner(scope: string): string; others: Forms }
    >;
    headline(winner: string, title: string, length: string): string;
    tied(length: string, count: string, others: string): string;
  };
  scored: {
    rule: string;
    noneReleased(s: ScoredScope): string;
    noneAbove(s: ScoredScope): string;
    movies(label: string): Forms;
    headline(s: ScoredScope, counted: string, count: number): string;
    columns: readonly string[];
  };
  count: {
    movies: Forms;
    shows: Forms;
    headline(label: string, lead: string, aside: string): string;
  };
  actor: {
    noCastData(label: string): string;
    noTitles(label: string, year: number): string;
    noCastListed(titles: string, label: string, year: number): string;
    titles: Forms;
    found(actor: string, label: string, year: number, titles: string): string;
    tied(others: string, titles: string): string;
  };
}

export const CATALOG_TEXT: Record<Locale, CatalogText> = {
  en: {
    labels: {
      title: 'Title',
      platform: 'Platform',
      year: 'Year',
      length: 'Length',
      movies: 'Movies',
      shows: 'TV shows',
      actor: 'Actor',
      titles: 'Titles',
    },
    more: (count) => `${count} more`,
    longest: {
      kinds: {
        min: {
          none: (scope) => `There are no movies${scope} with a known length.`,
          winner: (scope) => `The longest movie${scope}`,
          others: ['other movie', 'other movies'],
        },
        season: {
          none: (scope) => `There are no TV shows${scope} with a known length.`,
          winner: (scope) => `The TV show with the most seasons${scope}`,
          others: ['other TV show', 'other TV shows'],
        },
      },
      headline: (winner, title, length) => `${winner} is ${title} — ${length}.`,
      tied: (length, count, others) =>
        `Tied at ${length} with ${count}: ${others}. The first by title is shown.`,
    },
    scored: {
      rule: 'A movie’s score is the unrounded mean of all its ratings; it counts when strictly above the threshold.',
      noneReleased: (s) => `${s.label} has no movies released in ${s.year}, so none scores above ${s.bar}.`,
      noneAbove: (s) =>
        `None of the ${s.released} ${s.label} movies released in ${s.year} scores above ${s.bar}.`,
      movies: (label) => [`${label} movie`, `${label} movies`],
      headline: (s, counted, count) =>
        `${counted} released in ${s.year} ${count === 1 ? 'scores' : 'score'} above ${s.bar} (of ${s.released} released that year).`,
      columns: ['Best scored', 'Score', 'Ratings'],
    },
    count: {
      movies: ['movie', 'movies'],
      shows: ['TV show', 'TV shows'],
      headline: (label, lead, aside) => `${label} has ${lead} (and ${aside}).`,
    },
    actor: {
      noCastData: (label) =>
        `${label}’s catalog lists no cast for its titles, so there is no top actor to name.`,
      noTitles: (label, year) => `${label} has no titles released in ${year}.`,
      noCastListed: (titles, label, year) =>
        `None of the ${titles} on ${label} released in ${year} lists its cast.`,
      titles: ['title', 'titles'],
      found: (actor, label, year, titles) =>
        `${actor} appears in the most ${label} titles released in ${year}: ${titles}.`,
      tied: (others, titles) => `Tied with ${others} (also ${titles}). The first alphabetically is shown.`,
    },
  },
  es: {
    labels: {
      title: 'Título',
      platform: 'Plataforma',
      year: 'Año',
      length: 'Duración',
      movies: 'Películas',
      shows: 'Series',
      actor: 'Actor',
      titles: 'Títulos',
    },
    more: (count) => `${count} más`,
    longest: {
      kinds: {
        min: {
          none: (scope) => `No hay películas${scope} con duración conocida.`,
          winner: (scope) => `La película más larga${scope}`,
          others: ['película más', 'películas más'],
        },
        season: {
          none: (scope) => `No hay series${scope} con duración conocida.`,
          winner: (scope) => `La serie con más temporadas${scope}`,
          others: ['serie más', 'series más'],
        },
      },
      headline: (winner, title, length) => `${winner} es ${title}: ${length}.`,
      tied: (length, count, others) =>
        `Empate a ${length} con ${count}: ${others}. Se muestra la primera por título.`,
    },
    scored: {
      rule: 'La nota de una película es la media sin redondear de todas sus valoraciones; cuenta si es estrictamente mayor que el umbral.',
      noneReleased: (s) =>
        `${s.label} no tiene películas estrenadas en ${s.year}, así que ninguna supera ${s.bar}.`,
      noneAbove: (s) =>
        `Ninguna de las ${s.released} películas de ${s.label} de ${s.year} tiene una nota mayor que ${s.bar}.`,
      movies: () => ['película', 'películas'],
      headline: (s, counted, count) =>
        `${counted} de ${s.label} de ${s.year} ${count === 1 ? 'tiene' : 'tienen'} una nota mayor que ${s.bar} (de ${s.released} estrenadas ese año).`,
      columns: ['Mejor valoradas', 'Nota', 'Valoraciones'],
    },
    count: {
      movies: ['película', 'películas'],
      shows: ['serie', 'series'],
      headline: (label, lead, aside) => `${label} tiene ${lead} (y ${aside}).`,
    },
    actor: {
      noCastData: (label) =>
        `El catálogo de ${label} no incluye el reparto de sus títulos, así que no hay actor que destacar.`,
      noTitles: (label, year) => `${label} no tiene títulos estrenados en ${year}.`,
      noCastListed: (titles, label, year) =>
        `Ninguno de los ${titles} de ${label} de ${year} indica su reparto.`,
      titles: ['título', 'títulos'],
      found: (actor, label, year, titles) =>
        `${actor} es quien aparece en más títulos de ${label} de ${year}: ${titles}.`,
      tied: (others, titles) =>
        `Empate con ${others} (también ${titles}). Se muestra el primero por orden alfabético.`,
    },
  },
};
