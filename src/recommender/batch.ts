/**
 * Batch prediction: a CSV of `userId,movieId` pairs in, `userId,movieId,estimate,verdict,error` out,
 * one output row per input row in input order, streamed in fixed-size chunks (the input can be
 * far larger than memory). A row that cannot be read is not skipped: it comes out with verdict
 * `error` and the reason, and is counted in the summary.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { Store } from '../store/open.ts';
import { DEFAULT_RECOMMEND_THRESHOLD, estimatePair, modelMissing } from './predict.ts';
import { type RecommenderResult, success } from './result.ts';
import { servingModel } from './serving.ts';

export interface BatchOptions {
  threshold?: number;
}

export interface BatchRowError {
  /** 1-based line of the input file. */
  line: number;
  reason: string;
}

export interface BatchSummary {
  rows: number;
  predicted: number;
  /** Rows answered without knowing the user (or title): from the title's score (or the user's tendency). */
  coldStart: number;
  errors: number;
  /** The first few error rows, for the message on stderr. */
  firstErrors: BatchRowError[];
  ms: number;
}

export const OUTPUT_HEADER = 'userId,movieId,estimate,verdict,error';
const CHUNK_BYTES = 1 << 20;
const ERRORS_KEPT = 10;

export function predictBatch(
  store: Store,
  inputPath: string,
  outputPath: string,
  options: BatchOptions = {},
): RecommenderResult<BatchSummary> {
  const serving = servingModel(store);
  if (!serving) return modelMissing(store);
  const threshold = options.threshold ?? DEFAULT_RECOMMEND_THRESHOLD;
  const started = performance.now();
  const summary: BatchSummary = { rows: 0, predicted: 0, coldStart: 0, errors: 0, firstErrors: [], ms: 0 };
  let columns: { user: number; title: number; width: number } = { user: 0, title: 1, width: 2 };

  // The input is opened first, so a missing input file leaves no empty output file behind.
  const input = openSync(inputPath, 'r');
  let output: number;
  try {
    output = openSync(outputPath, 'w');
  } catch (error) {
    closeSync(input);
    throw error;
  }
  let pending = `${OUTPUT_HEADER}\n`;
  const emit = (text: string): void => {
    pending += text;
    if (pending.length >= CHUNK_BYTES) {
      writeSync(output, pending);
      pending = '';
    }
  };
  const reject = (lineNumber: number, userText: string, titleText: string, reason: string): void => {
    summary.errors++;
    if (summary.firstErrors.length < ERRORS_KEPT) summary.firstErrors.push({ line: lineNumber, reason });
    emit(`${csvField(userText)},${csvField(titleText)},,error,${csvField(reason)}\n`);
  };

  const processLine = (line: string, lineNumber: number): void => {
    if (line.trim() === '') return;
    const fields = line.split(',').map(unquote);
    if (lineNumber === 1) {
      const header = headerColumns(fields);
      if (header) {
        columns = header;
        return;
      }
    }
    summary.rows++;
    const userText = fields[columns.user] ?? '';
    const titleText = fields[columns.title] ?? '';
    if (fields.length !== columns.width) {
      reject(lineNumber, userText, titleText, `expected ${columns.width} columns, found ${fields.length}`);
      return;
    }
    const pair = estimatePair(serving, userText, titleText, threshold);
    if (!pair.ok) {
      reject(lineNumber, userText, titleText, pair.reason);
      return;
    }
    summary.predicted++;
    if (pair.basis !== 'user-and-title') summary.coldStart++;
    emit(`${pair.userId},${pair.titleId},${pair.estimate.toFixed(3)},${pair.verdict},\n`);
  };

  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    // Holds back the bytes of a character cut by the chunk's end until the next chunk completes it.
    const decoder = new StringDecoder('utf8');
    let carry = '';
    let lineNumber = 0;
    for (;;) {
      const read = readSync(input, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      const text = carry + decoder.write(buffer.subarray(0, read));
      const lines = text.split('\n');
      carry = lines.pop()!;
      for (const line of lines) processLine(line.endsWith('\r') ? line.slice(0, -1) : line, ++lineNumber);
    }
    carry += decoder.end();
    if (carry !== '') processLine(carry.endsWith('\r') ? carry.slice(0, -1) : carry, ++lineNumber);
    writeSync(output, pending);
  } finally {
    closeSync(input);
    closeSync(output);
  }
  summary.ms = performance.now() - started;
  return success(summary);
}

/** Column positions when the line is a header naming `userId` and `movieId` (any order, extra columns allowed). */
function headerColumns(fields: string[]): { user: number; title: number; width: number } | undefined {
  const names = fields.map((field) => field.trim().toLowerCase());
  const user = names.indexOf('userid');
  const title = names.findIndex((name) => name === 'movieid' || name === 'titleid');
  return user >= 0 && title >= 0 ? { user, title, width: fields.length } : undefined;
}

function unquote(field: string): string {
  const trimmed = field.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).replaceAll('""', '"')
    : trimmed;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
