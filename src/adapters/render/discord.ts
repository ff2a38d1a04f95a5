/**
 * Answer → Discord message: errors as one short line of text (sent ephemeral where possible), everything
 * else as one embed (headline as title, fields, table as a code block, suggestions, footer with the data
 * build). Everything is cut to Discord's limits, so a reply is never refused for its size.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Answer, AnswerKind, AnswerTable, Locale } from '../../answer.ts';
import { feedbackButtonId } from '../discord/feedback.ts';
import { pageToken } from '../paging.ts';
import { truncate } from './truncate.ts';

/** Discord's documented limits, in characters. */
export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embed: 6000,
  customId: 100,
} as const;

/** A page of a list is kept as short as a message (Discord's content limit), so it reads at a glance. */
const PAGE_BUDGET = 2000;

export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
}

const COLOURS: Record<AnswerKind, number> = {
  result: 0x5865f2,
  empty: 0x99aab5,
  error: 0xed4245,
  prompt: 0xfee75c,
  info: 0x57f287,
};

const WORDS: Record<
  Locale,
  {
    build: string;
    noBuild: string;
    try: string;
    more: (n: number) => string;
    previous: string;
    next: string;
    page: (n: number, of: number) => string;
  }
> = {
  en: {
    build: 'Data build',
    noBuild: 'Streambot',
    try: 'Try',
    more: (n) => `… and ${n} more`,
    previous: 'Previous',
    next: 'Next',
    page: (n, of) => `Page ${n} of ${of}`,
  },
  es: {
    build: 'Datos',
    noBuild: 'Streambot',
    try: 'Prueba',
    more: (n) => `… y ${n} más`,
    previous: 'Anterior',
    next: 'Siguiente',
    page: (n, of) => `Página ${n} de ${of}`,
  },
};

/** Widest a table cell may be before it is cut, so rows stay readable in an embed. */
const MAX_CELL_WIDTH = 40;
const EMPTY_VALUE = '—';

/** `askerId`: who asked, for the page buttons of a list (only they may turn its pages). */
export function renderDiscord(answer: Answer, askerId?: string): DiscordReply {
  if (answer.kind === 'error') return { content: errorText(answer), embeds: [] };
  const components = [...((askerId && pageButtons(answer, askerId)) || []), ...feedbackButtons(answer)];
  return { embeds: [answerEmbed(answer)], ...(components.length > 0 ? { components } : {}) };
}

/**
 * Previous / Next, each carrying its page's request in `custom_id`; none when the list fits one page
 * or a request is too long for a `custom_id` (then "next page" in words still works).
 */
function pageButtons(answer: Answer, askerId: string): DiscordReply['components'] {
  const paging = answer.paging;
  if (!paging) return undefined;
  const words = WORDS[answer.locale];
  const button = (label: string, request: typeof paging.next, side: string): APIButtonComponent => {
    const token = request ? pageToken(askerId, request) : `pg-none-${side}`;
    return {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label,
      custom_id: token,
      disabled: request === undefined,
    };
  };
  const buttons = [
    button(`◀ ${words.previous}`, paging.previous, 'previous'),
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: words.page(paging.page, paging.pages),
      custom_id: 'pg-none-page',
      disabled: true,
    } satisfies APIButtonComponent,
    button(`${words.next} ▶`, paging.next, 'next'),
  ];
  if (buttons.some((b) => 'custom_id' in b && b.custom_id.length > DISCORD_LIMITS.customId)) return undefined;
  return [{ type: ComponentType.ActionRow, components: buttons }];
}

/** 👍 / 👎 under an answer people can rate (one with an id). */
function feedbackButtons(answer: Answer): NonNullable<DiscordReply['components']> {
  if (!answer.id) return [];
  const button = (emoji: string, vote: 'up' | 'down'): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    emoji: { name: emoji },
    custom_id: feedbackButtonId(vote, answer.id!),
  });
  return [{ type: ComponentType.ActionRow, components: [button('👍', 'up'), button('👎', 'down')] }];
}

/** The short text of an error answer: what is wrong, then what to try. */
function errorText(answer: Answer): string {
  const lines = [escapeMarkdown(answer.headline)];
  if (answer.suggestions?.length) {
    lines.push(
      `${WORDS[answer.locale].try}: ${answer.suggestions.map((s) => escapeMarkdown(s)).join(' · ')}`,
    );
  }
  return truncate(lines.join('\n'), DISCORD_LIMITS.content);
}

function answerEmbed(answer: Answer): APIEmbed {
  const words = WORDS[answer.locale];
  const title = truncate(escapeMarkdown(answer.headline), DISCORD_LIMITS.title);
  const footer = truncate(
    answer.build ? `${words.build}: ${answer.build}` : words.noBuild,
    DISCORD_LIMITS.footer,
  );
  const suggestions = answer.suggestions?.length
    ? {
        name: words.try,
        value: truncate(
          answer.suggestions.map((s) => `• ${escapeMarkdown(s)}`).join('\n'),
          DISCORD_LIMITS.fieldValue,
        ),
      }
    : undefined;

  const allFields = answer.fields.map(
    (field): APIEmbedField => ({
      name: truncate(escapeMarkdown(field.label), DISCORD_LIMITS.fieldName) || EMPTY_VALUE,
      value: truncate(escapeMarkdown(field.value), DISCORD_LIMITS.fieldValue) || EMPTY_VALUE,
      ...(field.inline ? { inline: true } : {}),
    }),
  );
  // Fields are kept in order while they fit both the count and the whole-embed budget.
  const reserved = length(title) + length(footer) + (suggestions ? fieldLength(suggestions) : 0);
  const slots = DISCORD_LIMITS.fields - (suggestions ? 1 : 0);
  const fields: APIEmbedField[] = [];
  let used = reserved;
  for (const field of allFields) {
    if (fields.length === slots || used + fieldLength(field) > DISCORD_LIMITS.embed) break;
    fields.push(field);
    used += fieldLength(field);
  }
  const dropped = allFields.length - fields.length;
  if (suggestions) fields.push(suggestions);

  const embedBudget = answer.paging ? PAGE_BUDGET : DISCORD_LIMITS.embed;
  const descriptionBudget = Math.min(DISCORD_LIMITS.description, embedBudget - used);
  const description = describe(answer, dropped, descriptionBudget);

  return {
    title,
    color: COLOURS[answer.kind],
    ...(description ? { description } : {}),
    ...(fields.length ? { fields } : {}),
    footer: { text: footer },
  };
}

/** Table, note and "… and N more" (for fields that did not fit), within `budget` characters. */
function describe(answer: Answer, droppedFields: number, budget: number): string {
  const words = WORDS[answer.locale];
  const tail = [
    droppedFields > 0 ? words.more(droppedFields) : undefined,
    answer.note ? escapeMarkdown(answer.note) : undefined,
  ].filter((part): part is string => part !== undefined);
  const tailText = truncate(tail.join('\n'), budget);
  const tableBudget = budget - length(tailText) - (tailText ? 1 : 0);
  const table = answer.table ? codeBlock(answer.table, tableBudget, words.more) : '';
  return [table, tailText].filter(Boolean).join('\n');
}

/** The table as aligned monospace rows, keeping as many rows as fit in `budget`. */
function codeBlock(table: AnswerTable, budget: number, more: (n: number) => string): string {
  const cells = [table.columns, ...table.rows].map((row) => row.map((cell) => cellText(cell)));
  const widths = table.columns.map((_, column) => Math.max(...cells.map((row) => length(row[column] ?? ''))));
  const lines = cells.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  const fence = '```';
  // Each kept line costs its length plus a newline; the fences add two lines of their own.
  let used = 2 * (fence.length + 1);
  let keep = 0;
  while (keep < lines.length) {
    const next = used + length(lines[keep] ?? '') + 1;
    const hidden = lines.length - keep - 1;
    const moreLine = hidden > 0 ? length(more(hidden)) + 1 : 0;
    if (next + moreLine > budget) break;
    used = next;
    keep += 1;
  }
  if (keep === 0) return '';
  const hidden = lines.length - keep;
  const body = hidden > 0 ? [...lines.slice(0, keep), more(hidden)] : lines;
  return `${fence}\n${body.join('\n')}\n${fence}`;
}

function cellText(cell: string): string {
  // A fence inside a cell would end the code block early.
  return truncate(cell.replaceAll('```', "'''").replace(/\s+/g, ' '), MAX_CELL_WIDTH);
}

function fieldLength(field: APIEmbedField): number {
  return length(field.name) + length(field.value);
}

/**
 * Data (titles, names) shown as written: inline markers escaped, and line-leading quote, heading and
 * list markers too. Linear, unlike discord.js's `escapeMarkdown`, which takes ~10 ms on 2,000 characters.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|]/g, '\\$&').replace(/^([ \t]*)([>#-])/gm, '$1\\$2');
}

/** Discord counts characters; UTF-16 length is never less, so budgets kept with it always fit. */
function length(text: string): number {
  return text.length;
}
