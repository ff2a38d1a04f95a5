/** `refresh` asked in words: the refresh itself runs in the admin flow; the core only explains or refuses. */
import type { Answer } from '../answer.ts';
import { type AnswerContext, makeAnswer } from './context.ts';

export function refreshAnswer(context: AnswerContext, isAdmin: boolean): Answer {
  const { locale } = context;
  if (!isAdmin) {
    return makeAnswer(
      context,
      'error',
      locale === 'es'
        ? 'Solo los administradores de Streambot pueden actualizar los datos.'
        : 'Only Streambot admins can refresh the data.',
    );
  }
  return makeAnswer(
    context,
    'info',
    locale === 'es'
      ? 'Para actualizar los datos usa /refresh en Discord o Slack, o `streambot refresh` en la línea de comandos.'
      : 'To refresh the data, use /refresh on Discord or Slack, or `streambot refresh` on the command line.',
  );
}
