/** `/misses` for admins: the questions not answered lately, grouped by similarity, in a table. */
import type { Answer, Locale } from '../../answer.ts';
import type { Miss } from '../../state/state.ts';
import { groupMisses } from '../miss-report.ts';
import { type AnswerContext, makeAnswer } from './context.ts';

const GROUPS_SHOWN = 15;

const TEXT = {
  en: {
    headline: (count: number, days: number) =>
      `${count} question${count === 1 ? '' : 's'} not answered in the last ${days} day${days === 1 ? '' : 's'}, the most frequent first.`,
    none: (days: number) => `Every question of the last ${days} day${days === 1 ? '' : 's'} was answered.`,
    columns: ['Times', 'Question', 'Language', 'How it ended'],
    outcomes: { not_understood: 'not understood', clarify: 'clarifying choice', prompt: 'value never given' },
    note: 'Masked and kept 30 days, never who asked. `streambot misses --export FILE.jsonl` writes them for labelling.',
    off: 'Questions are not being kept (STREAMBOT_KEEP_QUESTIONS=0).',
  },
  es: {
    headline: (count: number, days: number) =>
      `${count} pregunta${count === 1 ? '' : 's'} sin responder en ${days === 1 ? 'el último día' : `los últimos ${days} días`}, las más frecuentes primero.`,
    none: (days: number) =>
      `Se respondieron todas las preguntas de ${days === 1 ? 'el último día' : `los últimos ${days} días`}.`,
    columns: ['Veces', 'Pregunta', 'Idioma', 'Cómo acabó'],
    outcomes: { not_understood: 'no entendida', clarify: 'a elegir', prompt: 'faltó un dato' },
    note: 'Enmascaradas y guardadas 30 días, nunca quién preguntó. `streambot misses --export FICHERO.jsonl` las exporta para etiquetarlas.',
    off: 'No se están guardando las preguntas (STREAMBOT_KEEP_QUESTIONS=0).',
  },
} as const;

export function missesAnswer(
  context: Pick<AnswerContext, 'locale' | 'build'>,
  misses: readonly Miss[],
  days: number,
  keeping: boolean,
): Answer {
  const text = TEXT[context.locale as Locale];
  const off = keeping ? undefined : text.off;
  if (misses.length === 0) return makeAnswer(context, 'empty', text.none(days), off ? { note: off } : {});
  const rows = groupMisses(misses)
    .slice(0, GROUPS_SHOWN)
    .map((group) => [
      String(group.count),
      group.example,
      group.langs.join('/'),
      Object.entries(group.outcomes)
        .map(([outcome, count]) => `${text.outcomes[outcome as keyof typeof text.outcomes]} ${count}`)
        .join(', '),
    ]);
  return makeAnswer(context, 'result', text.headline(misses.length, days), {
    table: { columns: [...text.columns], rows },
    note: off ? `${text.note} ${off}` : text.note,
  });
}
