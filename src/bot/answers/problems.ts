/**
 * Answers for everything that is not a result: a missing argument (a prompt with an example),
 * an argument out of range, a title that cannot be found, an error from the catalog or the
 * recommender, and a message that is not a question at all.
 */

import type { Answer } from '../../answer.ts';
import type { CatalogError } from '../../catalog/index.ts';
import type { RecommenderError } from '../../recommender/result.ts';
import type { CommandRequest } from '../command.ts';
import { type EXAMPLE_COMMANDS, exampleQuestion } from '../examples.ts';
import { type AnswerContext, makeAnswer } from './context.ts';
import { PROBLEM_TEXT } from './problems-text.ts';

type Context = Pick<AnswerContext, 'locale' | 'build'>;

/** "Which year? e.g. “top actor on netflix in 2019”". */
export function missingPrompt(context: Context, request: CommandRequest): Answer {
  const { locale } = context;
  const text = PROBLEM_TEXT[locale];
  const questions = (request.missing ?? []).map((arg) => text.askFor[arg] ?? arg).join(' ');
  const example = exampleQuestion(request.name, request.args, locale);
  const headline = example ? `${questions} ${text.forExample} “${example}”` : questions;
  return makeAnswer(context, 'prompt', headline, {
    problem: 'missing_argument',
    suggestions: example ? [example] : [],
  });
}

/** The words point at two commands equally: which one was meant, with a question for each to try. */
export function clarifyAnswer(context: Context, options: CommandRequest[]): Answer {
  const headline = PROBLEM_TEXT[context.locale].clarify;
  const suggestions = options
    .map((option) => exampleQuestion(option.name, option.args, context.locale))
    .filter((q): q is string => q !== undefined);
  return makeAnswer(context, 'prompt', headline, { problem: 'clarify', suggestions });
}

/** An argument value that is out of range or unreadable. */
export function invalidAnswer(context: Context, message: string, suggestions: string[] = []): Answer {
  return makeAnswer(context, 'error', message, { problem: 'invalid_argument', suggestions });
}

/** Several titles match the text: which one? */
export function ambiguousTitle(context: Context, text: string, candidates: string[]): Answer {
  return makeAnswer(context, 'prompt', PROBLEM_TEXT[context.locale].ambiguous(text), {
    problem: 'ambiguous_title',
    suggestions: candidates,
  });
}

export function unknownTitle(context: Context, text: string, nearby: string[]): Answer {
  return makeAnswer(context, 'error', PROBLEM_TEXT[context.locale].unknownTitle(text), {
    problem: 'unknown_title',
    suggestions: nearby,
  });
}

function domainFailure(context: Context, error: CatalogError | RecommenderError): Answer {
  return makeAnswer(context, 'error', PROBLEM_TEXT[context.locale].failure(error), {
    problem: error.code,
    suggestions: error.suggestions ?? [],
  });
}

/** A catalog error: its own message (English), or ours where we say it better. */
export function catalogFailure(context: Context, error: CatalogError): Answer {
  if (error.code === 'store_not_ready')
    return makeAnswer(context, 'error', PROBLEM_TEXT[context.locale].storeNotReady, {
      problem: 'store_not_ready',
    });
  return domainFailure(context, error);
}

export function recommenderFailure(context: Context, error: RecommenderError): Answer {
  if (error.code === 'model_missing')
    return makeAnswer(context, 'error', PROBLEM_TEXT[context.locale].modelMissing, {
      problem: 'model_missing',
    });
  return domainFailure(context, error);
}

/** A message that is not a question Streambot answers: a short help with examples. */
export function notUnderstood(context: Context): Answer {
  const { locale } = context;
  const suggestions = ['get_max_duration', 'get_score_count', 'get_actor', 'recommend']
    .map((name) => exampleQuestion(name as (typeof EXAMPLE_COMMANDS)[number], {}, locale))
    .filter((q): q is string => q !== undefined);
  return makeAnswer(context, 'info', PROBLEM_TEXT[locale].notUnderstood, {
    problem: 'not_understood',
    suggestions,
  });
}

export function internalError(context: Context): Answer {
  return makeAnswer(context, 'error', PROBLEM_TEXT[context.locale].internalError, {
    problem: 'internal_error',
  });
}
