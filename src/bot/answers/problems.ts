/**
 * Answers for everything that is not a result: a missing argument (a prompt with an example),
 * an argument out of range, a title that cannot be found, an error from the catalog or the
 * recommender, and a message that is not a question at all.
 */

import type { Answer, Locale } from '../../answer.ts';
import type { CatalogError, CatalogErrorCode } from '../../catalog/index.ts';
import type { RecommenderError, RecommenderErrorCode } from '../../recommender/result.ts';
import type { ArgName, CommandRequest } from '../command.ts';
import { type EXAMPLE_COMMANDS, exampleQuestion } from '../examples.ts';
import { type AnswerContext, makeAnswer } from './context.ts';

type Context = Pick<AnswerContext, 'locale' | 'build'>;

const ASK_FOR: Record<Locale, Partial<Record<ArgName, string>>> = {
  en: {
    year: 'Which year?',
    platform: 'Which platform: Netflix, Hulu, Disney+ or Amazon Prime?',
    scored: 'Above which score (0–5)?',
    user_id: 'For which user id?',
    title_id: 'Which title?',
  },
  es: {
    year: '¿De qué año?',
    platform: '¿Qué plataforma: Netflix, Hulu, Disney+ o Amazon Prime?',
    scored: '¿Por encima de qué nota (0–5)?',
    user_id: '¿Para qué usuario (id)?',
    title_id: '¿Qué título?',
  },
};

/** "Which year? e.g. “top actor on netflix in 2019”". */
export function missingPrompt(context: Context, request: CommandRequest): Answer {
  const { locale } = context;
  const questions = (request.missing ?? []).map((arg) => ASK_FOR[locale][arg] ?? arg).join(' ');
  const example = exampleQuestion(request.name, request.args, locale);
  const eg = locale === 'es' ? 'p. ej.' : 'e.g.';
  const headline = example ? `${questions} ${eg} “${example}”` : questions;
  return makeAnswer(context, 'prompt', headline, { suggestions: example ? [example] : [] });
}

/** The words point at two commands equally: which one was meant, with a question for each to try. */
export function clarifyAnswer(context: Context, options: CommandRequest[]): Answer {
  const headline =
    context.locale === 'es'
      ? '¿Qué querías saber? Prueba una de estas:'
      : 'Which did you mean? Try one of these:';
  const suggestions = options
    .map((option) => exampleQuestion(option.name, option.args, context.locale))
    .filter((q): q is string => q !== undefined);
  return makeAnswer(context, 'prompt', headline, { suggestions });
}

/** An argument value that is out of range or unreadable. */
export function invalidAnswer(context: Context, message: string, suggestions: string[] = []): Answer {
  return makeAnswer(context, 'error', message, { suggestions });
}

/** Several titles match the text: which one? */
export function ambiguousTitle(context: Context, text: string, candidates: string[]): Answer {
  const headline =
    context.locale === 'es'
      ? `“${text}” coincide con varios títulos: ¿cuál? Responde con su id.`
      : `“${text}” matches several titles: which one? Reply with its id.`;
  return makeAnswer(context, 'prompt', headline, { suggestions: candidates });
}

export function unknownTitle(context: Context, text: string, nearby: string[]): Answer {
  const headline =
    context.locale === 'es'
      ? `No encuentro ningún título que coincida con “${text}”. Prueba con un id (como ns123) o parte del título.`
      : `No title matches “${text}”. Try an id (like ns123) or part of the title.`;
  return makeAnswer(context, 'error', headline, { suggestions: nearby });
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

function domainFailure(context: Context, error: CatalogError | RecommenderError): Answer {
  const headline = context.locale === 'es' ? SPANISH_ERRORS[error.code] : error.message;
  return makeAnswer(context, 'error', headline, { suggestions: error.suggestions ?? [] });
}

/** A catalog error: its own message (English), or ours where we say it better. */
export function catalogFailure(context: Context, error: CatalogError): Answer {
  if (error.code === 'store_not_ready') return makeAnswer(context, 'error', STORE_NOT_READY[context.locale]);
  return domainFailure(context, error);
}

export function recommenderFailure(context: Context, error: RecommenderError): Answer {
  if (error.code === 'model_missing') return makeAnswer(context, 'error', MODEL_MISSING[context.locale]);
  return domainFailure(context, error);
}

/** A message that is not a question Streambot answers: a short help with examples. */
export function notUnderstood(context: Context): Answer {
  const { locale } = context;
  const headline =
    locale === 'es'
      ? 'No he entendido la pregunta. Puedo responder cosas como estas (o escribe “ayuda”):'
      : 'I didn’t understand that. I can answer questions like these (or type “help”):';
  const suggestions = ['get_max_duration', 'get_score_count', 'get_actor', 'recommend']
    .map((name) => exampleQuestion(name as (typeof EXAMPLE_COMMANDS)[number], {}, locale))
    .filter((q): q is string => q !== undefined);
  return makeAnswer(context, 'info', headline, { suggestions });
}

export function internalError(context: Context): Answer {
  return makeAnswer(
    context,
    'error',
    context.locale === 'es'
      ? 'Algo ha fallado al responder. Inténtalo de nuevo; si sigue pasando, avisa a un administrador.'
      : 'Something went wrong while answering. Please try again; if it keeps happening, tell an admin.',
  );
}
