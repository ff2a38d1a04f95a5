/** What the answers that are not results say, in English and Spanish. */
import type { Locale } from '../../answer.ts';
import type { CatalogError, CatalogErrorCode } from '../../catalog/index.ts';
import type { RecommenderError, RecommenderErrorCode } from '../../recommender/result.ts';
import type { ArgName } from '../command.ts';

export interface ProblemText {
  /** The question for a missing argument (the argument's name where there is none). */
  askFor: Partial<Record<ArgName, string>>;
  /** Before an example question: "e.g." */
  forExample: string;
  clarify: string;
  ambiguous(text: string): string;
  /** The other titles sharing a name the answer resolved. */
  alsoNamed(list: string): string;
  unknownTitle(text: string): string;
  storeNotReady: string;
  modelMissing: string;
  /** A catalog or recommender error as said in this language. */
  failure(error: CatalogError | RecommenderError): string;
  notUnderstood: string;
  internalError: string;
}

const STORE_NOT_READY: Record<Locale, string> = {
  en: 'The data store is from an older build and cannot answer this: rebuild it with `streambot etl`.',
  es: 'Los datos son de una versión antigua y no pueden responder a esto: reconstrúyelos con `streambot etl`.',
};
const MODEL_MISSING: Record<Locale, string> = {
  en: 'Recommendations are not available yet: the model has not been trained on this data (`streambot train`).',
  es: 'Las recomendaciones aún no están disponibles: el modelo no se ha entrenado con estos datos (`streambot train`).',
};

/**
 * The catalog and the recommender explain their errors in English; a Spanish answer says the same
 * from the error's code. Values the bot checks before asking them (ranges, titles) rarely get here.
 */
const SPANISH_ERRORS: Record<CatalogErrorCode | RecommenderErrorCode, string> = {
  missing_argument: 'Falta un dato necesario para responder: revisa la pregunta.',
  unknown_platform: 'No conozco esa plataforma. Plataformas: Netflix, Hulu, Disney+ y Amazon Prime Video.',
  invalid_year: 'El año debe ser un número entero entre 1900 y el año que viene.',
  invalid_scored: 'El umbral de nota debe ser un número entre 0 y 5.',
  invalid_duration_type: 'La duración se mide en minutos (películas) o en temporadas (series).',
  invalid_text: 'Indica parte de un título (letras o cifras) o su id (como ns123).',
  invalid_limit: 'El número de títulos está fuera del rango permitido.',
  store_not_ready: STORE_NOT_READY.es,
  unknown_title: 'No encuentro ese título. Prueba con un id (como ns123) o parte del título.',
  ambiguous_title: 'Ese texto coincide con varios títulos: responde con el id de uno de ellos.',
  invalid_user: 'El id de usuario es un número entero desde 1.',
  invalid_threshold: 'El umbral debe ser una nota entre 0,5 y 5.',
  invalid_type: 'El tipo de título es “película” o “serie”.',
  model_missing: MODEL_MISSING.es,
};

export const PROBLEM_TEXT: Record<Locale, ProblemText> = {
  en: {
    alsoNamed: (list) => `Other titles with that name: ${list}.`,
    askFor: {
      year: 'Which year?',
      platform: 'Which platform: Netflix, Hulu, Disney+ or Amazon Prime?',
      scored: 'Above which score (0–5)?',
      user_id: 'For which user id? (Tell me “I am user 42” once and I’ll remember it.)',
      title_id: 'Which title?',
      kind: 'Which chart: titles per year, durations, ratings, scores, genres, platforms, one title’s ratings or one user’s ratings?',
    },
    forExample: 'e.g.',
    clarify: 'Which did you mean? Try one of these:',
    ambiguous: (text) => `“${text}” matches several titles: which one? Reply with its id.`,
    unknownTitle: (text) => `No title matches “${text}”. Try an id (like ns123) or part of the title.`,
    storeNotReady: STORE_NOT_READY.en,
    modelMissing: MODEL_MISSING.en,
    failure: (error) => error.message,
    notUnderstood: 'I didn’t understand that. I can answer questions like these (or type “help”):',
    internalError:
      'Something went wrong while answering. Please try again; if it keeps happening, tell an admin.',
  },
  es: {
    alsoNamed: (list) => `Otros títulos con ese nombre: ${list}.`,
    askFor: {
      year: '¿De qué año?',
      platform: '¿Qué plataforma: Netflix, Hulu, Disney+ o Amazon Prime?',
      scored: '¿Por encima de qué nota (0–5)?',
      user_id: '¿Para qué usuario (id)? (Dime «soy el usuario 42» una vez y lo recordaré.)',
      title_id: '¿Qué título?',
      kind: '¿Qué gráfico: títulos por año, duraciones, valoraciones, notas, géneros, plataformas, las valoraciones de un título o las de un usuario?',
    },
    forExample: 'p. ej.',
    clarify: '¿Qué querías saber? Prueba una de estas:',
    ambiguous: (text) => `“${text}” coincide con varios títulos: ¿cuál? Responde con su id.`,
    unknownTitle: (text) =>
      `No encuentro ningún título que coincida con “${text}”. Prueba con un id (como ns123) o parte del título.`,
    storeNotReady: STORE_NOT_READY.es,
    modelMissing: MODEL_MISSING.es,
    failure: (error) => SPANISH_ERRORS[error.code],
    notUnderstood: 'No he entendido la pregunta. Puedo responder cosas como estas (o escribe “ayuda”):',
    internalError:
      'Algo ha fallado al responder. Inténtalo de nuevo; si sigue pasando, avisa a un administrador.',
  },
};
