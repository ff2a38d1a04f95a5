/** The end-of-run summary as plain text: counts per platform and type, rejects, and phase timings. */
import { PLATFORM_LABELS, PLATFORMS, TITLE_TYPES } from '../src/domain.ts';
import type { EtlSummary } from './index.ts';

/** Rows of cells: the first column left-aligned, the others right-aligned, two spaces apart. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) =>
      row.map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      ),
    )
    .map((cells) => `  ${cells.join('  ')}`.trimEnd())
    .join('\n');
}

const count = (n: number) => n.toLocaleString('en');

export function formatSummary(summary: EtlSummary): string {
  const { counts, rejects } = summary;
  const sections = [
    `Store ${summary.dbPath} built from ${summary.rawDir} (build ${summary.buildId}) in ${(summary.wallMs / 1000).toFixed(1)} s`,
    'Titles',
    table([
      ...PLATFORMS.map((platform): [string, string] => [
        PLATFORM_LABELS[platform],
        count(counts.titlesByPlatform[platform]),
      ]),
      ...TITLE_TYPES.map((type): [string, string] => [type, count(counts.titlesByType[type])]),
      ['all titles', count(counts.titles)],
    ]),
    'Rows',
    table([
      ['cast entries', count(counts.titleCast)],
      ['genre entries', count(counts.titleGenres)],
      ['ratings', count(counts.ratings)],
      ['scored titles', count(counts.scoredTitles)],
    ]),
    `Rejects: ${count(rejects.total)}${rejects.total > 0 ? ' (see the etl_rejects table)' : ''}`,
  ];
  if (rejects.total > 0) {
    sections.push(
      table([
        ...Object.entries(rejects.byKind).map(([kind, n]): [string, string] => [kind, count(n ?? 0)]),
        ...Object.entries(rejects.byFile).map(([file, n]): [string, string] => [`in ${file}`, count(n)]),
      ]),
    );
  }
  sections.push(
    'Timings',
    table(
      summary.phases.map(({ phase, ms, rows }) => [
        phase,
        `${(ms / 1000).toFixed(2)} s`,
        rows > 0 && ms > 0 ? `${count(Math.round((rows / ms) * 1000))} rows/s` : '',
      ]),
    ),
  );
  return `${sections.join('\n')}\n`;
}
