/** `/feedback` for admins: approval per command and language, and the latest 👎 with what people expected. */
import type { Answer, Locale } from '../../answer.ts';
import type { Vote } from '../../state/state.ts';
import { feedbackReport } from '../feedback-report.ts';
import { type AnswerContext, makeAnswer } from './context.ts';

const TEXT = {
  en: {
    headline: (votes: number, days: number) =>
      `${votes} vote${votes === 1 ? '' : 's'} on answers in the last ${days} days.`,
    none: (days: number) => `No answer was rated in the last ${days} days.`,
    columns: ['Command', 'Language', 'Approval', '👍', '👎'],
    latest: 'Latest 👎',
    expected: 'expected',
  },
  es: {
    headline: (votes: number, days: number) =>
      `${votes} valoraci${votes === 1 ? 'ón' : 'ones'} de respuestas en los últimos ${days} días.`,
    none: (days: number) => `Nadie valoró respuestas en los últimos ${days} días.`,
    columns: ['Comando', 'Idioma', 'Aprobación', '👍', '👎'],
    latest: 'Últimos 👎',
    expected: 'esperaba',
  },
} as const;

export function feedbackAnswer(
  context: Pick<AnswerContext, 'locale' | 'build'>,
  votes: readonly Vote[],
  days: number,
): Answer {
  const text = TEXT[context.locale as Locale];
  if (votes.length === 0) return makeAnswer(context, 'empty', text.none(days));
  const report = feedbackReport(votes);
  const rows = report.approval.map((row) => [
    row.command,
    row.lang,
    `${Math.round(row.approval * 100)}%`,
    String(row.up),
    String(row.down),
  ]);
  const downs = report.latestDown
    .slice(0, 5)
    .map(
      (vote) =>
        `“${vote.question ?? vote.command}”${vote.expected ? ` (${text.expected}: ${vote.expected})` : ''}`,
    );
  return makeAnswer(context, 'result', text.headline(votes.length, days), {
    table: { columns: [...text.columns], rows },
    ...(downs.length > 0 ? { note: `${text.latest}: ${downs.join('; ')}` } : {}),
  });
}
