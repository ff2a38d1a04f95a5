/**
 * Answer → Slack Block Kit: a header, the fields as section fields, an optional table and note,
 * suggestions, and a context line naming the data build. Every limit Slack enforces is respected
 * here, so a long answer is shortened rather than refused by the API.
 */
import type { types } from '@slack/bolt';
import type { Answer, AnswerField, AnswerTable } from '../../answer.ts';
import { pageToken } from '../paging.ts';
import { truncate } from './truncate.ts';

type Block = types.KnownBlock;
type MrkdwnText = types.MrkdwnElement;

/** Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  fieldText: 2000,
  fieldsPerSection: 10,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  /** The notification text; Slack accepts more, but nobody reads more in a notification. */
  fallbackText: 3000,
  buttonValue: 2000,
} as const;

/** The `action_id` prefix of page buttons (Previous / Next under a list). */
export const PAGE_ACTION = 'streambot_page';
/** The `action_id` prefix of the 👍 / 👎 buttons under an answer people can rate. */
export const FEEDBACK_ACTION = 'streambot_feedback';

export interface SlackMessage {
  /** Plain fallback shown in notifications and by clients that cannot draw blocks. */
  text: string;
  blocks: Block[];
}

const LABELS = {
  en: {
    build: 'Data build',
    tryNext: 'Try',
    more: (n: number) => `${n} more not shown`,
    previous: 'Previous',
    next: 'Next',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
  es: {
    build: 'Datos de la carga',
    tryNext: 'Prueba',
    more: (n: number) => `${n} más sin mostrar`,
    previous: 'Anterior',
    next: 'Siguiente',
    page: (n: number, of: number) => `Página ${n} de ${of}`,
  },
} as const;

/** `askerId`: who asked, for the page buttons of a list (only they may turn its pages). */
export function renderSlack(answer: Answer, askerId?: string): SlackMessage {
  const labels = LABELS[answer.locale];
  const body = [
    ...headlineBlocks(answer.headline),
    ...fieldBlocks(answer.fields),
    ...(answer.table ? tableBlocks(answer.table) : []),
    ...(answer.note ? [section(escapeWithin(answer.note, SLACK_LIMITS.sectionText))] : []),
  ];
  const footer: Block[] = [];
  if (answer.suggestions?.length) {
    const tries = answer.suggestions
      .map((s) => `\`${escapeWithin(s.replaceAll('`', "'"), 200)}\``)
      .join(' · ');
    footer.push(context(`${labels.tryNext}: ${tries}`));
  }
  if (answer.build) footer.push(context(`${labels.build}: ${escapeWithin(answer.build, 200)}`));
  if (askerId && answer.paging) footer.push(...pageBlocks(answer, askerId));
  if (answer.id) footer.push(feedbackBlock(answer.id));
  return { text: fallbackText(answer), blocks: fitBlocks(body, footer, labels.more) };
}

/** 👍 / 👎, each holding the answer's id. */
function feedbackBlock(answerId: string): Block {
  const button = (emoji: string, vote: 'up' | 'down'): types.Button => ({
    type: 'button',
    action_id: `${FEEDBACK_ACTION}_${vote}`,
    text: { type: 'plain_text', text: emoji, emoji: true },
    value: answerId,
  });
  return { type: 'actions', elements: [button('👍', 'up'), button('👎', 'down')] };
}

/** "Page 2 of 12" and the Previous / Next buttons, each holding its page's request and the asker. */
function pageBlocks(answer: Answer, askerId: string): Block[] {
  const paging = answer.paging!;
  const labels = LABELS[answer.locale];
  const buttons: types.Button[] = [];
  for (const [side, request, label] of [
    ['previous', paging.previous, `◀ ${labels.previous}`],
    ['next', paging.next, `${labels.next} ▶`],
  ] as const) {
    if (!request) continue;
    const value = pageToken(askerId, request);
    if (value.length > SLACK_LIMITS.buttonValue) continue;
    buttons.push({
      type: 'button',
      action_id: `${PAGE_ACTION}_${side}`,
      text: { type: 'plain_text', text: label },
      value,
    });
  }
  const page = context(labels.page(paging.page, paging.pages));
  return buttons.length > 0 ? [page, { type: 'actions', elements: buttons }] : [page];
}

/** Slack's own choice of who sees a reply: mistakes and questions back stay with the asker. */
export function responseTypeFor(answer: Answer): 'ephemeral' | 'in_channel' {
  return answer.kind === 'error' || answer.kind === 'prompt' ? 'ephemeral' : 'in_channel';
}

/** `&`, `<` and `>` are control characters in Slack text; everything else is shown as typed. */
function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Escaped text within `max` units: shortened character by character, so an entity is never cut in half. */
export function escapeWithin(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let kept = '';
  for (const char of text) {
    const piece = escapeMrkdwn(char);
    if (kept.length + piece.length > max - 1) break;
    kept += piece;
  }
  return `${kept}…`;
}

function headlineBlocks(headline: string): Block[] {
  const text = headline.trim() || '…';
  // A header is plain text on one line; a longer headline (an explained error, say) stays whole in a section.
  if (text.length <= SLACK_LIMITS.headerText && !text.includes('\n')) {
    return [{ type: 'header', text: { type: 'plain_text', text, emoji: true } }];
  }
  return [section(`*${escapeWithin(text, SLACK_LIMITS.sectionText - 2)}*`)];
}

function fieldBlocks(fields: readonly AnswerField[]): Block[] {
  const blocks: Block[] = [];
  let inlineRun: MrkdwnText[] = [];
  const flush = () => {
    for (let i = 0; i < inlineRun.length; i += SLACK_LIMITS.fieldsPerSection) {
      blocks.push({ type: 'section', fields: inlineRun.slice(i, i + SLACK_LIMITS.fieldsPerSection) });
    }
    inlineRun = [];
  };
  for (const field of fields) {
    const label = `*${escapeWithin(field.label, 200)}*\n`;
    if (field.inline) {
      const text = label + escapeWithin(field.value, SLACK_LIMITS.fieldText - label.length);
      inlineRun.push({ type: 'mrkdwn', text });
    } else {
      flush();
      blocks.push(section(label + escapeWithin(field.value, SLACK_LIMITS.sectionText - label.length)));
    }
  }
  flush();
  return blocks;
}

/** Block Kit has no table for messages: columns are padded in a code block, split across sections. */
function tableBlocks(table: AnswerTable): Block[] {
  const cell = (value: string) => value.replaceAll('```', "'''").replaceAll('\n', ' ');
  const rows = [table.columns, ...table.rows].map((row) => row.map(cell));
  const widths = table.columns.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  const lines = rows.map((row) =>
    row
      .map((value, col) => value.padEnd(widths[col] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));

  const fence = '```';
  const budget = SLACK_LIMITS.sectionText - 2 * fence.length - 2;
  const chunks: string[][] = [[]];
  let used = 0;
  for (const line of lines.map((l) => escapeWithin(l, budget))) {
    const current = chunks.at(-1)!;
    if (current.length > 0 && used + line.length + 1 > budget) {
      chunks.push([line]);
      used = line.length + 1;
    } else {
      current.push(line);
      used += line.length + 1;
    }
  }
  return chunks.map((chunk) => section(`${fence}\n${chunk.join('\n')}\n${fence}`));
}

/** Keeps the footer (suggestions, build) and as much of the body as fits in one message. */
function fitBlocks(body: Block[], footer: Block[], more: (n: number) => string): Block[] {
  const room = SLACK_LIMITS.blocksPerMessage - footer.length;
  if (body.length <= room) return [...body, ...footer];
  const kept = body.slice(0, room - 1);
  return [...kept, context(more(body.length - kept.length)), ...footer];
}

function fallbackText(answer: Answer): string {
  const fields = answer.fields.map((f) => `${f.label}: ${f.value}`);
  return escapeWithin([answer.headline, ...fields].join('\n'), SLACK_LIMITS.fallbackText);
}

/** `text` is already escaped mrkdwn within the section limit. */
function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** `text` is already escaped mrkdwn; it is kept within the context limit. */
function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.contextText) }] };
}
