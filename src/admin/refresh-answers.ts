/** The answers an admin sees during and after a refresh, in English or Spanish. */

import type { EtlSummary } from '../../etl/index.ts';
import type { Answer, AnswerField, AnswerProblem, Locale } from '../answer.ts';
import { PLATFORM_LABELS, PLATFORMS } from '../domain.ts';
import type { BuildInfo } from '../store/build-info.ts';
import type { RunningRefresh } from './refresh.ts';
import type { LockHolder } from './refresh-lock.ts';
import { REFRESH_PHASES, type RefreshJobMessage } from './refresh-protocol.ts';

const TEXT = {
  en: {
    refused: 'Only Streambot admins can refresh the data.',
    refusedNote: 'Ask an admin, or have your user id added to STREAMBOT_ADMINS.',
    running: (who: string, when: string, phase: string) =>
      `A refresh is already running: started by ${who} at ${when}, now ${phase}.`,
    progress: 'Refreshing the data…',
    elsewhere: (host: string, pid: number) => `running in process ${pid} on ${host}`,
    phases: {
      reading: 'reading catalogs',
      loading: 'loading ratings',
      indexing: 'indexing',
      training: 'training the model',
      swapping: 'swapping the store',
    },
    done: (seconds: string) => `Data refreshed in ${seconds} s.`,
    failed: 'The refresh failed; the bot keeps serving the previous data.',
    reason: 'Reason',
    build: 'Build',
    rejects: 'Rejected rows',
    none: 'none',
    model: 'Model',
    ratings: 'Ratings',
    scored: 'Scored titles',
    keeps: (build: string) => `Still serving build ${build}.`,
  },
  es: {
    refused: 'Solo los administradores de Streambot pueden actualizar los datos.',
    refusedNote: 'Pídeselo a un administrador, o que añadan tu id a STREAMBOT_ADMINS.',
    running: (who: string, when: string, phase: string) =>
      `Ya hay una actualización en curso: la inició ${who} a las ${when}; ahora: ${phase}.`,
    progress: 'Actualizando los datos…',
    elsewhere: (host: string, pid: number) => `en curso en el proceso ${pid} de ${host}`,
    phases: {
      reading: 'leyendo catálogos',
      loading: 'cargando valoraciones',
      indexing: 'indexando',
      training: 'entrenando el modelo',
      swapping: 'cambiando la base',
    },
    done: (seconds: string) => `Datos actualizados en ${seconds} s.`,
    failed: 'La actualización falló; el bot sigue sirviendo los datos anteriores.',
    reason: 'Motivo',
    build: 'Versión',
    rejects: 'Filas rechazadas',
    none: 'ninguna',
    model: 'Modelo',
    ratings: 'Valoraciones',
    scored: 'Títulos puntuados',
    keeps: (build: string) => `Se sigue usando la versión ${build}.`,
  },
} as const;

function answer(
  locale: Locale,
  kind: Answer['kind'],
  headline: string,
  fields: AnswerField[] = [],
  note?: string,
  problem?: AnswerProblem,
): Answer {
  return { kind, locale, headline, fields, ...(note ? { note } : {}), ...(problem ? { problem } : {}) };
}

const number = (value: number) => value.toLocaleString('en-US');

/** `9,668 → 9,670 (+2)`, or just the number when nothing changed. */
function change(before: number | undefined, after: number): string {
  if (before === undefined || before === after) return number(after);
  const delta = after - before;
  return `${number(before)} → ${number(after)} (${delta > 0 ? '+' : ''}${number(delta)})`;
}

/** Before the first progress answer: a refresh is starting. */
export function describeStarting(locale: Locale): Answer {
  return answer(locale, 'info', TEXT[locale].progress);
}

export function describeRefusal(locale: Locale): Answer {
  return answer(locale, 'error', TEXT[locale].refused, [], TEXT[locale].refusedNote, 'forbidden');
}

export function describeRunning(holder: LockHolder, locale: Locale): Answer {
  const { requester } = holder;
  const who = requester.name ?? `${requester.userId} (${requester.via})`;
  const when = `${holder.startedAt.slice(0, 10)} ${holder.startedAt.slice(11, 19)} UTC`;
  const phase = holder.phase
    ? TEXT[locale].phases[holder.phase]
    : TEXT[locale].elsewhere(holder.host, holder.pid);
  return answer(locale, 'error', TEXT[locale].running(who, when, phase), [], undefined, 'busy');
}

export function describeProgress(
  running: RunningRefresh,
  message: Extract<RefreshJobMessage, { type: 'progress' }>,
  locale: Locale,
): Answer {
  const current = REFRESH_PHASES.indexOf(message.phase);
  const steps = REFRESH_PHASES.map((phase, index) => {
    const mark = index < current ? '✓' : index === current ? '▶' : '·';
    const percent =
      index === current && message.fraction > 0 ? ` ${Math.round(message.fraction * 100)}%` : '';
    return `${mark} ${TEXT[locale].phases[phase]}${percent}`;
  });
  const elapsed = Math.round((Date.now() - running.startedAt.getTime()) / 1000);
  return answer(
    locale,
    'info',
    TEXT[locale].progress,
    [],
    `${steps.join('\n')}\n${message.detail} · ${elapsed} s`,
  );
}

export interface RefreshOutcome {
  previous: { build: BuildInfo | null; model: Record<string, number> };
  current: { build: BuildInfo | null; model: Record<string, number> };
  etl: EtlSummary;
  wallMs: number;
}

export function describeSuccess(outcome: RefreshOutcome, locale: Locale): Answer {
  const text = TEXT[locale];
  const before = outcome.previous.build?.rowCounts;
  const after = outcome.etl.counts;
  const fields: AnswerField[] = PLATFORMS.map((platform) => ({
    label: PLATFORM_LABELS[platform],
    value: change(before?.titlesByPlatform[platform], after.titlesByPlatform[platform]),
    inline: true,
  }));
  fields.push({ label: text.ratings, value: change(before?.ratings, after.ratings), inline: true });
  fields.push({ label: text.scored, value: change(before?.scoredTitles, after.scoredTitles), inline: true });
  const topRejects = Object.entries(outcome.etl.rejects.byKind)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([kind, count]) => `${kind}: ${number(count)}`);
  fields.push({
    label: text.rejects,
    value:
      outcome.etl.rejects.total === 0
        ? text.none
        : `${number(outcome.etl.rejects.total)} (${topRejects.join(', ')})`,
  });
  const modelLines = Object.entries(outcome.current.model).map(([name, value]) => {
    const old = outcome.previous.model[name];
    const shown = value.toFixed(4);
    return old === undefined || old.toFixed(4) === shown
      ? `${name} ${shown}`
      : `${name} ${old.toFixed(4)} → ${shown}`;
  });
  if (modelLines.length > 0) fields.push({ label: text.model, value: modelLines.join('\n') });
  const previousId = outcome.previous.build?.buildId ?? '—';
  fields.push({ label: text.build, value: `${previousId} → ${outcome.etl.buildId}` });
  return {
    ...answer(locale, 'result', text.done((outcome.wallMs / 1000).toFixed(1)), fields),
    build: outcome.etl.buildId,
  };
}

export function describeFailure(reason: string, serving: BuildInfo | null, locale: Locale): Answer {
  const text = TEXT[locale];
  const note = serving ? text.keeps(serving.buildId) : undefined;
  return answer(
    locale,
    'error',
    text.failed,
    [{ label: text.reason, value: reason.slice(0, 900) }],
    note,
    'refresh_failed',
  );
}
