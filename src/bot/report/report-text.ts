/** What the data report says, in English and Spanish. */
import type { Locale } from '../../answer.ts';

export interface ReportText {
  title: string;
  intro(build: string, finished: string): string;
  sections: { counts: string; charts: string; traps: string; sources: string };
  columns: {
    platform: string;
    movies: string;
    shows: string;
    titles: string;
    trap: string;
    count: string;
    file: string;
    bytes: string;
    sha256: string;
    kind: string;
  };
  total: string;
  ratings(total: string, scored: string): string;
  traps: {
    durationsMoved(platforms: string): string;
    withoutDuration(platforms: string): string;
    withoutCast(platforms: string): string;
    withoutDirector(platforms: string): string;
    withoutDateAdded(platforms: string): string;
    doubleSpaces: string;
    placeholders: string;
    suffixes: string;
    repeated: string;
    repeatedUnknown: string;
    rejected: string;
    noRejects: string;
    notCounted: string;
  };
  footer(generated: string): string;
}

export const REPORT_TEXT: Record<Locale, ReportText> = {
  en: {
    title: 'Streambot data report',
    intro: (build, finished) => `Data build ${build}, finished ${finished}.`,
    sections: {
      counts: 'What the build holds',
      charts: 'Charts',
      traps: 'The data’s traps',
      sources: 'Sources',
    },
    columns: {
      platform: 'Platform',
      movies: 'Movies',
      shows: 'TV shows',
      titles: 'Titles',
      trap: 'Trap',
      count: 'Rows',
      file: 'File',
      bytes: 'Bytes',
      sha256: 'SHA-256',
      kind: 'Rejected, by kind',
    },
    total: 'Total',
    ratings: (total, scored) => `${total} ratings; ${scored} titles have a score (a mean rating).`,
    traps: {
      durationsMoved: (p) => `Duration found in the rating column and moved (${p})`,
      withoutDuration: (p) => `Titles without a duration (${p})`,
      withoutCast: (p) => `Titles without cast (${p})`,
      withoutDirector: (p) => `Titles without a director (${p})`,
      withoutDateAdded: (p) => `Titles without date_added (${p})`,
      doubleSpaces: 'Titles with a double space in the name (kept as written)',
      placeholders: 'Placeholder cast names dropped (“1, 2, 3”)',
      suffixes: 'Name suffixes joined back (“John Smith, Ph.D.”)',
      repeated: 'Repeated ratings (a user rating the same title again)',
      repeatedUnknown: 'counted when the model is trained',
      rejected: 'Rejected rows',
      noRejects: 'none',
      notCounted: 'not counted by this build',
    },
    footer: (generated) => `Generated ${generated} by streambot report.`,
  },
  es: {
    title: 'Informe de datos de Streambot',
    intro: (build, finished) => `Carga de datos ${build}, terminada el ${finished}.`,
    sections: {
      counts: 'Qué contiene la carga',
      charts: 'Gráficos',
      traps: 'Las trampas de los datos',
      sources: 'Fuentes',
    },
    columns: {
      platform: 'Plataforma',
      movies: 'Películas',
      shows: 'Series',
      titles: 'Títulos',
      trap: 'Trampa',
      count: 'Filas',
      file: 'Archivo',
      bytes: 'Bytes',
      sha256: 'SHA-256',
      kind: 'Rechazadas, por tipo',
    },
    total: 'Total',
    ratings: (total, scored) => `${total} valoraciones; ${scored} títulos tienen nota (valoración media).`,
    traps: {
      durationsMoved: (p) => `Duración hallada en la columna rating y movida (${p})`,
      withoutDuration: (p) => `Títulos sin duración (${p})`,
      withoutCast: (p) => `Títulos sin reparto (${p})`,
      withoutDirector: (p) => `Títulos sin dirección (${p})`,
      withoutDateAdded: (p) => `Títulos sin date_added (${p})`,
      doubleSpaces: 'Títulos con doble espacio en el nombre (se conservan tal cual)',
      placeholders: 'Nombres de reparto de relleno eliminados («1, 2, 3»)',
      suffixes: 'Sufijos de nombre reunidos («John Smith, Ph.D.»)',
      repeated: 'Valoraciones repetidas (un usuario que valora otra vez el mismo título)',
      repeatedUnknown: 'se cuentan al entrenar el modelo',
      rejected: 'Filas rechazadas',
      noRejects: 'ninguna',
      notCounted: 'esta carga no las contó',
    },
    footer: (generated) => `Generado el ${generated} por streambot report.`,
  },
};
