/** `status`: which data build is serving, from which files, with which counts and model. */

import type { Answer, AnswerField, Locale } from '../../answer.ts';
import { PLATFORMS } from '../../domain.ts';
import { servingModel } from '../../recommender/serving.ts';
import type { BuildInfo } from '../../store/build-info.ts';
import { formatCount, formatDecimal, platformLabel } from '../format.ts';
import { type AnswerContext, makeAnswer } from './context.ts';

type StatusLabel =
  | 'headline'
  | 'noBuild'
  | 'built'
  | 'from'
  | 'titles'
  | 'ratings'
  | 'model'
  | 'noModel'
  | 'uptime'
  | 'rejects';

const LABELS: Record<Locale, Record<StatusLabel, string>> = {
  en: {
    headline: 'Streambot is serving data build',
    noBuild: 'Streambot is serving a store with no recorded data build.',
    built: 'Built',
    from: 'From',
    titles: 'Titles',
    ratings: 'Ratings',
    model: 'Model',
    noModel: 'not trained',
    uptime: 'Up for',
    rejects: 'Rejected rows',
  },
  es: {
    headline: 'Streambot está sirviendo la versión de datos',
    noBuild: 'Streambot está sirviendo unos datos sin versión registrada.',
    built: 'Construida',
    from: 'Desde',
    titles: 'Títulos',
    ratings: 'Valoraciones',
    model: 'Modelo',
    noModel: 'sin entrenar',
    uptime: 'En marcha desde hace',
    rejects: 'Filas rechazadas',
  },
};

export function statusAnswer(context: AnswerContext, info: BuildInfo | null): Answer {
  const { locale } = context;
  const l = LABELS[locale];
  const fields: AnswerField[] = [];
  if (info) {
    fields.push({
      label: l.built,
      value: (info.finishedAt ?? info.startedAt).replace('T', ' ').slice(0, 19),
      inline: true,
    });
    const sources = info.sources.map(
      (s) => `${s.name} (${formatBytes(s.bytes, locale)}, ${s.sha256.slice(0, 12)})`,
    );
    fields.push({ label: l.from, value: `${info.rawDir}: ${sources.join('; ')}` });
    const byPlatform = PLATFORMS.map(
      (p) => `${platformLabel(p)} ${formatCount(info.rowCounts.titlesByPlatform[p] ?? 0, locale)}`,
    ).join(' · ');
    fields.push({ label: l.titles, value: `${formatCount(info.rowCounts.titles, locale)} (${byPlatform})` });
    fields.push({ label: l.ratings, value: formatCount(info.rowCounts.ratings, locale), inline: true });
    const rejects = Object.values(info.rejectCounts).reduce((sum, n) => sum + n, 0);
    fields.push({ label: l.rejects, value: formatCount(rejects, locale), inline: true });
  }
  fields.push({ label: l.model, value: modelText(context), inline: true });
  fields.push({
    label: l.uptime,
    value: formatUptime(context.now.getTime() - context.startedAt.getTime()),
    inline: true,
  });
  const headline = info ? `${l.headline} ${info.buildId}.` : l.noBuild;
  return makeAnswer(context, 'info', headline, { fields, build: info?.buildId });
}

function modelText(context: AnswerContext): string {
  const { locale } = context;
  const serving = servingModel(context.store);
  if (!serving) return LABELS[locale].noModel;
  const { info } = serving;
  const metrics = Object.entries(info.metrics)
    .filter(([name]) => /rmse|mae/i.test(name))
    .map(([name, value]) => `${name} ${formatDecimal(value, locale, 3)}`);
  const trained = info.trainedAt.replace('T', ' ').slice(0, 16);
  return metrics.length > 0 ? `${trained} · ${metrics.join(', ')}` : trained;
}

function formatBytes(bytes: number, locale: Locale): string {
  if (bytes >= 1024 * 1024) return `${formatDecimal(bytes / (1024 * 1024), locale, 1)} MiB`;
  if (bytes >= 1024) return `${formatDecimal(bytes / 1024, locale, 1)} KiB`;
  return `${bytes} B`;
}

function formatUptime(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${minutes}m`;
  return `${minutes}m ${seconds % 60}s`;
}
