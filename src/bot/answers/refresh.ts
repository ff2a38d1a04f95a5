/** `refresh` asked where no refresh runs (the terminal): explain the ways, or refuse; and the first word of one that runs. */
import { describeRefusal, describeStarting } from '../../admin/refresh-answers.ts';
import type { Answer, Locale } from '../../answer.ts';
import { type AnswerContext, makeAnswer } from './context.ts';

const TEXT: Record<Locale, { howTo: string }> = {
  en: {
    howTo:
      'To refresh the data, use /refresh on Discord or Slack, or `streambot refresh` on the command line.',
  },
  es: {
    howTo:
      'Para actualizar los datos usa /refresh en Discord o Slack, o `streambot refresh` en la línea de comandos.',
  },
};

export function refreshAnswer(context: AnswerContext, isAdmin: boolean): Answer {
  const { locale } = context;
  if (!isAdmin) return { ...describeRefusal(locale), ...(context.build ? { build: context.build } : {}) };
  return makeAnswer(context, 'info', TEXT[locale].howTo);
}

/** What a refresh that is about to run says before its first progress answer. */
export function refreshStarting(context: AnswerContext): Answer {
  return { ...describeStarting(context.locale), ...(context.build ? { build: context.build } : {}) };
}
