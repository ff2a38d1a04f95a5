/** What every admin report (`/misses`, `/feedback`) says before or instead of its table. */
import type { Answer } from '../../answer.ts';
import { type AnswerContext, makeAnswer } from './context.ts';

const TEXT = {
  en: {
    refused: 'Only Streambot admins can see this.',
    looking: 'Reading…',
    noState: 'This run keeps neither questions nor feedback: it has no state service.',
  },
  es: {
    refused: 'Solo los administradores de Streambot pueden verlo.',
    looking: 'Leyendo…',
    noState: 'Esta ejecución no guarda preguntas ni valoraciones: no tiene servicio de estado.',
  },
} as const;

type Context = Pick<AnswerContext, 'locale' | 'build'>;

/** Anyone but an admin is refused. */
export function adminOnlyRefused(context: Context): Answer {
  return makeAnswer(context, 'error', TEXT[context.locale].refused, { problem: 'forbidden' });
}

export function reportLooking(context: Context): Answer {
  return makeAnswer(context, 'info', TEXT[context.locale].looking);
}

export function reportWithoutState(context: Context): Answer {
  return makeAnswer(context, 'info', TEXT[context.locale].noState);
}
