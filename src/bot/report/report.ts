/**
 * The data report: one self-contained HTML page about the store's build — counts, the charts (inline SVG,
 * drawn by the same code as the chat's charts), the data's traps with their numbers, and the sources with
 * their checksums. No script, no network: it opens anywhere, and an admin's refresh can attach it.
 */
import type { Locale } from '../../answer.ts';
import type { ChartArgs } from '../../chart/kinds.ts';
import { renderSvg } from '../../chart/render.ts';
import { PLATFORMS, type Platform } from '../../domain.ts';
import { type BuildInfo, readBuildInfo } from '../../store/build-info.ts';
import type { Store } from '../../store/open.ts';
import { chartAnswer } from '../answers/chart.ts';
import { formatCount, platformLabel } from '../format.ts';
import { REPORT_TEXT } from './report-text.ts';

const CHART_SIZE = { width: 880, height: 420 };
const CHARTS: ChartArgs[] = [
  { kind: 'titles_per_year' },
  { kind: 'platforms' },
  { kind: 'durations', type: 'movie' },
  { kind: 'durations', type: 'tv show' },
  { kind: 'genres' },
  { kind: 'ratings' },
  { kind: 'scores' },
];

export class ReportError extends Error {}

export async function dataReport(store: Store, locale: Locale, now = new Date()): Promise<string> {
  const build = readBuildInfo(store.sqlite);
  if (!build)
    throw new ReportError(`The store at ${store.path} has no build record: build it with \`streambot etl\`.`);
  const text = REPORT_TEXT[locale];
  const count = (n: number) => formatCount(n, locale);
  const context = { store, locale, recommendThreshold: 3.5, build: build.buildId, startedAt: now, now };
  const figures: string[] = [];
  for (const [index, args] of CHARTS.entries()) {
    const { chart } = chartAnswer(context, args);
    if (!chart) continue;
    const svg = await renderSvg({ spec: chart.spec, size: CHART_SIZE, locale, footnote: chart.footnote });
    figures.push(
      `<figure>${ownIds(svg, `c${index}`)}<figcaption>${escapeHtml(chart.alt)}</figcaption></figure>`,
    );
  }
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(text.title)} · ${escapeHtml(build.buildId)}</title>`,
    `<style>${STYLE}</style></head><body><main>`,
    `<h1>${escapeHtml(text.title)}</h1>`,
    `<p>${escapeHtml(text.intro(build.buildId, build.finishedAt ?? build.startedAt))}</p>`,
    `<h2>${escapeHtml(text.sections.counts)}</h2>`,
    countsTable(build, locale),
    `<p>${escapeHtml(text.ratings(count(build.rowCounts.ratings), count(build.rowCounts.scoredTitles)))}</p>`,
    `<h2>${escapeHtml(text.sections.traps)}</h2>`,
    trapsTable(store, build, locale),
    `<h2>${escapeHtml(text.sections.charts)}</h2>`,
    ...figures,
    `<h2>${escapeHtml(text.sections.sources)}</h2>`,
    sourcesTable(build, locale),
    `<footer>${escapeHtml(text.footer(now.toISOString()))}</footer>`,
    '</main></body></html>',
  ];
  return `${html.join('\n')}\n`;
}

function countsTable(build: BuildInfo, locale: Locale): string {
  const text = REPORT_TEXT[locale];
  const c = text.columns;
  const { titlesByPlatform, titlesByType } = build.rowCounts;
  return table(
    [c.platform, c.titles],
    [
      ...PLATFORMS.map((p) => [platformLabel(p), formatCount(titlesByPlatform[p], locale)]),
      [
        `${c.movies} / ${c.shows}`,
        `${formatCount(titlesByType.movie, locale)} / ${formatCount(titlesByType['tv show'], locale)}`,
      ],
      [text.total, formatCount(build.rowCounts.titles, locale)],
    ],
  );
}

function trapsTable(store: Store, build: BuildInfo, locale: Locale): string {
  const text = REPORT_TEXT[locale];
  const traps = text.traps;
  const count = (n: number) => formatCount(n, locale);
  const cleaning = build.cleaningCounts;
  const missing = (label: (platforms: string) => string, column: string): [string, string] => {
    const counts = byPlatform(
      store,
      `SELECT platform, count(*) AS n FROM titles WHERE ${column} IS NULL GROUP BY platform`,
    );
    return [label(platformsText(counts, locale)), count(sum(counts))];
  };
  const repeated = hasTable(store, 'model_metrics')
    ? (store.sqlite
        .prepare("SELECT value FROM model_metrics WHERE name = 'repeated_ratings'")
        .pluck()
        .get() as number | undefined)
    : undefined;
  const rejects = Object.entries(build.rejectCounts);
  const rows: [string, string][] = [
    cleaning
      ? [
          traps.durationsMoved(platformsText(cleaning.durationsMoved, locale)),
          count(sum(cleaning.durationsMoved)),
        ]
      : [traps.durationsMoved(traps.notCounted), '—'],
    missing(traps.withoutDuration, 'duration_int'),
    missing(traps.withoutCast, '"cast"'),
    missing(traps.withoutDirector, 'director'),
    missing(traps.withoutDateAdded, 'date_added'),
    [traps.doubleSpaces, count(scalar(store, "SELECT count(*) FROM titles WHERE instr(title, '  ') > 0"))],
    [traps.placeholders, cleaning ? count(cleaning.placeholderCastDropped) : traps.notCounted],
    [traps.suffixes, cleaning ? count(cleaning.castSuffixesJoined) : traps.notCounted],
    [traps.repeated, repeated === undefined ? traps.repeatedUnknown : count(repeated)],
    [
      traps.rejected,
      rejects.length === 0 ? traps.noRejects : rejects.map(([kind, n]) => `${kind}: ${count(n)}`).join(', '),
    ],
  ];
  return table([text.columns.trap, text.columns.count], rows);
}

function byPlatform(store: Store, sql: string): Record<Platform, number> {
  const counts = Object.fromEntries(PLATFORMS.map((p) => [p, 0])) as Record<Platform, number>;
  for (const { platform, n } of store.sqlite.prepare(sql).all() as { platform: Platform; n: number }[])
    counts[platform] = n;
  return counts;
}

function platformsText(counts: Record<Platform, number>, locale: Locale): string {
  return PLATFORMS.map((p) => `${platformLabel(p)} ${formatCount(counts[p], locale)}`).join(', ');
}

function sourcesTable(build: BuildInfo, locale: Locale): string {
  const c = REPORT_TEXT[locale].columns;
  return table(
    [c.file, c.bytes, c.sha256],
    build.sources.map((s) => [s.name, formatCount(s.bytes, locale), `<code>${escapeHtml(s.sha256)}</code>`]),
    [2],
  );
}

/** A table; cells are text, escaped here, except the columns listed as already HTML. */
function table(head: string[], rows: string[][], htmlColumns: number[] = []): string {
  const cell = (value: string, i: number) => (htmlColumns.includes(i) ? value : escapeHtml(value));
  return [
    '<table>',
    `<thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map((row) => `<tr>${row.map((v, i) => `<td>${cell(v, i)}</td>`).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
}

/** Each SVG's ids (clip paths, gradients) made its own: several charts share one document. */
function ownIds(svg: string, prefix: string): string {
  return svg
    .replace(/<\?xml[^>]*>\s*/, '')
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${prefix}-${id}"`);
}

function scalar(store: Store, sql: string): number {
  return store.sqlite.prepare(sql).pluck().get() as number;
}

function hasTable(store: Store, name: string): boolean {
  return scalar(store, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '${name}'`) === 1;
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body { margin: 0; background: #f6f7f9; color: #1d2330; font: 15px/1.5 system-ui, -apple-system, "DejaVu Sans", sans-serif; }
main { max-width: 940px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid #dde1e8; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #eceff3; vertical-align: top; }
td:last-child, th:last-child { text-align: right; } code { font-size: 12px; word-break: break-all; }
figure { margin: 20px 0; } figure svg { display: block; max-width: 100%; height: auto; }
figcaption { color: #4a5263; font-size: 13px; margin-top: 4px; }
footer { margin-top: 32px; color: #6b7385; font-size: 12px; }`;
