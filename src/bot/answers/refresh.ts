/** `refresh` asked where no refresh runs (the terminal): explain the ways, or refuse; and the first word of one that runs. */
import { describeRefusal } from '../../admin/refresh-answers.ts';
import type { Answer } from '../../answer.ts';
import { type AnswerContext, makeAnswer } from './context.ts';

export function refreshAnswer(context: AnswerContext, isAdmin: boolean): Answer {
  const { locale } = context;
  if (!isAdmin) return { ...describeRefusal(locale), ...(context.build ? { build: context.build } : {}) };
  return makeAnswer(
    context,
    'info',
    locale === 'es'
      ? 'Para actualizar los datos usa /refresh en Discord o Slack, o `streambot refresh` en la línea de comandos.'
      : 'To refresh the data, use /refresh on Discord or Slack, or `streambot refresh` on the command line.',
  );
}

/** What a refresh that is about to run says before its first progress answer. */
export function refreshStarting(context: AnswerContext): Answer {
  return makeAnswer(
    context,
    'info',
    context.locale === 'es' ? 'Actualizando los datos…' : 'Refreshing the data…',
  );
}
