/**
 * Answer: what the core replies, independent of any chat platform. Renderers turn it into
 * plain text, JSON, a Discord embed or Slack blocks.
 */

import type { TopLevelSpec } from 'vega-lite';
import type { ListArgs } from './catalog/browse.ts';

export type Locale = 'en' | 'es';

/** The request of one page of a list. */
export interface PageRequest {
  name: 'list_titles';
  args: ListArgs;
}

/** Where a paged answer (a list) stands, and the requests for the pages around it. */
export interface AnswerPaging {
  /** 1-based. */
  page: number;
  pages: number;
  previous?: PageRequest;
  next?: PageRequest;
}

export interface AnswerField {
  label: string;
  value: string;
  /** Short values that may sit side by side (Discord inline fields, Slack section fields). */
  inline?: boolean;
}

export interface AnswerTable {
  columns: string[];
  rows: string[][];
}

/** A chart: its spec to draw where images can be shown, and its numbers in words and characters elsewhere. */
export interface AnswerChart {
  /** Vega-Lite, data inline; drawn by src/chart/render.ts. */
  spec: TopLevelSpec;
  /** The numbers behind the picture, one object per bar or bin (platforms and types by id). */
  data: readonly object[];
  /** The key numbers in a sentence or two: the image's alt text, and the answer where there is no image. */
  alt: string;
  /** At most a dozen labelled values, for a bar chart in characters. */
  bars: { label: string; value: number; text: string }[];
  /** A small line under the chart naming the data build. */
  footnote: string;
  /** The image's file name, e.g. `netflix-titles-per-year.png`. */
  fileName: string;
}

/** A file that goes with the answer (the data report after a refresh): attached where the platform allows. */
export interface AnswerAttachment {
  fileName: string;
  contentType: string;
  data: string | Buffer;
}

export type AnswerKind =
  /** A question answered with data. */
  | 'result'
  /** A valid question that nothing matches; the headline explains. */
  | 'empty'
  /** Bad input: the headline says what is wrong and how to fix it. Shown only to the asker where possible. */
  | 'error'
  /** Something required is missing: the headline asks for it. */
  | 'prompt'
  /** Help, status or small talk. */
  | 'info';

/**
 * Why an answer is not a result, for machines (the HTTP API's status and error code, metrics): the
 * domain's own error codes, or one of the core's.
 */
export type AnswerProblem =
  | 'missing_argument'
  | 'invalid_argument'
  | 'clarify'
  | 'ambiguous_title'
  | 'unknown_title'
  | 'unknown_user'
  | 'not_understood'
  | 'store_not_ready'
  | 'model_missing'
  | 'internal_error'
  | 'forbidden'
  | 'busy'
  | 'refresh_failed'
  | (string & {});

export interface Answer {
  /** Names an answer people can rate (👍 / 👎); set by the core when it keeps feedback. */
  id?: string;
  kind: AnswerKind;
  /** Set on every answer that is not a result (errors, prompts, "not understood"). */
  problem?: AnswerProblem;
  locale: Locale;
  headline: string;
  fields: AnswerField[];
  table?: AnswerTable;
  note?: string;
  /** Example questions or "did you mean" alternatives the asker can try next. */
  suggestions?: string[];
  /** A list shown a page at a time: adapters offer Previous / Next. */
  paging?: AnswerPaging;
  /** The data build the answer comes from. */
  build?: string;
  chart?: AnswerChart;
  attachment?: AnswerAttachment;
}
