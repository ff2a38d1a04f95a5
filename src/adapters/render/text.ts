/**
 * Answer → plain text, for the terminal and the command line: the headline, fields as
 * "Label: value" lines, the table as aligned columns, the note, suggestions and the data build.
 * Never longer than `maxChars` (2,000 by default, the smallest chat limit): table rows go first.
 */
import type { Answer, AnswerTable, Locale } from '../../answer.ts';

export interface TextOptions {
  maxChars?: number;
  /** Print the data build under every answer, not only under help and status. */
  showBuild?: boolean;
}

const DEFAULT_MAX_CHARS = 2000;
const MAX_CELL = 48;
const INDENT = '  ';

const WORDS: Record<
  Locale,
  {
    try: string;
    build: string;
    more: (n: number) => string;
    page: (n: number, of: number, next: boolean) => string;
  }
> = {
  en: {
    try: 'Try',
    build: 'data build',
    more: (n) => `… and ${n} more`,
    page: (n, of, next) => `Page ${n} of ${of}${next ? ' · say “more” for the next page' : ''}`,
  },
  es: {
    try: 'Prueba',
    build: 'versión de datos',
    more: (n) => `… y ${n} más`,
    page: (n, of, next) => `Página ${n} de ${of}${next ? ' · escribe “más” para ver la siguiente' : ''}`,
  },
};

export function renderText(answer: Answer, options: TextOptions = {}): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const showBuild = options.showBuild ?? answer.kind === 'info';
  let rows = answer.table?.rows.length ?? 0;
  let text = compose(answer, showBuild, rows);
  while (text.length > maxChars && rows > 0) {
    rows = Math.floor(rows / 2);
    text = compose(answer, showBuild, rows);
  }
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

function compose(answer: Answer, showBuild: boolean, tableRows: number): string {
  const words = WORDS[answer.locale];
  const lines = [answer.headline];
  for (const field of answer.fields) lines.push(`${INDENT}${field.label}: ${field.value}`);
  if (answer.table) lines.push(...tableLines(answer.table, tableRows, words.more));
  if (answer.note) lines.push(answer.note);
  if (answer.chart) lines.push(...barLines(answer.chart.bars));
  if (answer.paging)
    lines.push(words.page(answer.paging.page, answer.paging.pages, answer.paging.next !== undefined));
  if (answer.suggestions && answer.suggestions.length > 0) {
    lines.push(`${words.try}:`);
    for (const suggestion of answer.suggestions) lines.push(`${INDENT}• ${suggestion}`);
  }
  if (showBuild && answer.build) lines.push(`(${words.build} ${answer.build})`);
  return lines.join('\n');
}

const BAR_WIDTH = 30;

/** A chart as bars of characters: label, bar scaled to the largest value, value. */
function barLines(bars: NonNullable<Answer['chart']>['bars']): string[] {
  const top = Math.max(1, ...bars.map((bar) => bar.value));
  const labelWidth = Math.max(0, ...bars.map((bar) => bar.label.length));
  return bars.map((bar) => {
    const length = Math.round((bar.value / top) * BAR_WIDTH);
    const drawn = length === 0 && bar.value > 0 ? '▏' : '█'.repeat(length);
    return `${INDENT}${bar.label.padEnd(labelWidth)} ${drawn} ${bar.text}`;
  });
}

function cell(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

function tableLines(table: AnswerTable, shown: number, more: (n: number) => string): string[] {
  const rows = table.rows.slice(0, shown).map((row) => row.map(cell));
  const header = table.columns.map(cell);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    INDENT +
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const lines = [line(header), ...rows.map(line)];
  if (table.rows.length > shown) lines.push(`${INDENT}${more(table.rows.length - shown)}`);
  return lines;
}
