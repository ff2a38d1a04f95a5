/**
 * Extract + transform for a ratings file, fed its (decompressed) bytes chunk by chunk.
 *
 * Rating lines are plain numbers and ids (`1,4.5,as680`), so the hot path splits them on the raw bytes
 * without building strings; any line holding a quote goes through the RFC 4180 parser instead, and any
 * field the hot path cannot read goes through a string-based slow path that either reads it or says
 * exactly why the row is rejected. Rows come out in columnar batches of typed arrays (transferable to a
 * worker), never as one object per rating.
 */
import { parse } from 'csv-parse/sync';
import { MAX_RATING, MIN_RATING } from '../src/domain.ts';
import { EtlInputError } from './errors.ts';
import { locateColumns } from './header.ts';
import { quotingReason, type Reject, type RejectReason, rejectOf } from './rejects.ts';
import type { TitleLookup } from './title-lookup.ts';

const RATING_COLUMNS = ['userId', 'rating', 'movieId'] as const;
const OPTIONAL_RATING_COLUMNS = ['timestamp'] as const;

/** One batch of valid rating rows of one file, column by column. */
export interface RatingBatch {
  size: number;
  /** The file has a `timestamp` column (`days` holds values). */
  dated: boolean;
  userIds: Int32Array;
  titleIndexes: Int32Array;
  /** The rating times two (1 … 10), so sums stay exact integers. */
  halves: Uint8Array;
  /** Days since 1970-01-01 (UTC) of the rating, or -1 when the file has no timestamp for it. */
  days: Int32Array;
}

function newRatingBatch(capacity: number, dated = false): RatingBatch {
  return {
    size: 0,
    dated,
    userIds: new Int32Array(capacity),
    titleIndexes: new Int32Array(capacity),
    halves: new Uint8Array(capacity),
    days: new Int32Array(capacity),
  };
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const SECONDS_PER_DAY = 86_400;
const NO_DAY = -1;
const UNREAD = -1;
const MAX_FIELDS = 16;
const FINAL_LINE_BREAK = Buffer.from('\n');
/** Fits an Int32Array. */
const USER_ID_DIGITS = 9;
const TIMESTAMP_DIGITS = 12;

type Field = 'user' | 'rating' | 'title' | 'timestamp';

/** A field the hot path could not read, read from its text: the value, or why the row is rejected. */
function readFieldText(field: Field, text: string, lookup: TitleLookup): number | RejectReason {
  const value = text.trim();
  const name = { user: 'userId', rating: 'rating', title: 'movieId', timestamp: 'timestamp' }[field];
  if (value === '') {
    return field === 'timestamp' ? NO_DAY : { kind: 'missing_value', message: `missing ${name}` };
  }
  if (field === 'title') {
    const index = lookup.indexOf(value);
    return index >= 0 ? index : { kind: 'unknown_title_id', message: `unknown title id "${value}"` };
  }
  const number = Number(value);
  if (!Number.isFinite(number))
    return { kind: 'not_a_number', message: `${name} is not a number: "${value}"` };
  if (field === 'user') {
    return Number.isInteger(number) && number >= 0 && number <= 0x7fffffff
      ? number
      : { kind: 'not_a_number', message: `userId is not a whole number: "${value}"` };
  }
  if (field === 'timestamp') {
    return number >= 0
      ? Math.floor(number / SECONDS_PER_DAY)
      : { kind: 'not_a_number', message: `timestamp is before 1970: "${value}"` };
  }
  const halves = number * 2;
  if (number < MIN_RATING || number > MAX_RATING || !Number.isInteger(halves)) {
    return { kind: 'rating_out_of_range', message: `rating ${value} is not one of 0.5, 1, …, 5` };
  }
  return halves;
}

/** Unsigned decimal integer of up to `maxDigits` digits in `bytes[start, end)`, or -1. */
function fastUnsigned(bytes: Uint8Array, start: number, end: number, maxDigits: number): number {
  if (end <= start || end - start > maxDigits) return UNREAD;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = bytes[i]! - DIGIT_0;
    if (digit < 0 || digit > 9) return UNREAD;
    value = value * 10 + digit;
  }
  return value;
}

/** A rating `4`, `4.0` or `4.5` (any trailing zeros) as halves 1 … 10, or -1. */
function fastHalves(bytes: Uint8Array, start: number, end: number): number {
  if (end <= start) return UNREAD;
  const whole = bytes[start]! - DIGIT_0;
  if (whole < 0 || whole > 5) return UNREAD;
  let halves = whole * 2;
  let i = start + 1;
  if (i < end) {
    if (bytes[i] !== DOT || i + 1 === end) return UNREAD;
    i++;
    if (bytes[i] === DIGIT_0 + 5) {
      halves += 1;
      i++;
    }
    for (; i < end; i++) if (bytes[i] !== DIGIT_0) return UNREAD;
  }
  return halves >= 1 && halves <= 10 ? halves : UNREAD;
}

export interface RatingParserOptions {
  /** The file's name as reported in rejects (`ratings/7.csv.gz`). */
  file: string;
  lookup: TitleLookup;
  batchSize: number;
  onBatch(batch: RatingBatch): void;
  onReject(reject: Reject): void;
}

export class RatingParser {
  #carry: Buffer | null = null;
  #line = 0;
  #batch: RatingBatch;
  #columns: { user: number; rating: number; title: number; timestamp: number; count: number } | null = null;
  /** Field boundaries of the current line: start at [2k], end at [2k + 1]. */
  readonly #bounds = new Int32Array(MAX_FIELDS * 2);
  #rows = 0;

  constructor(private readonly options: RatingParserOptions) {
    this.#batch = newRatingBatch(options.batchSize);
  }

  /** Valid rows read so far. */
  get rows(): number {
    return this.#rows;
  }

  /**
   * Reads every complete line of `chunk` (plus the partial line carried from the previous chunk) in one
   * pass over the bytes, noting field boundaries as it goes. No closures or strings on this path: it runs
   * 11 million times.
   */
  push(chunk: Buffer): void {
    const bytes = this.#carry ? Buffer.concat([this.#carry, chunk]) : chunk;
    const bounds = this.#bounds;
    const length = bytes.length;
    let lineStart = 0;
    let fields = 0;
    let quoted = false;
    bounds[0] = 0;
    for (let i = 0; i < length; i++) {
      const byte = bytes[i];
      if (byte === COMMA) {
        if (fields < MAX_FIELDS - 1) {
          bounds[2 * fields + 1] = i;
          bounds[2 * fields + 2] = i + 1;
        }
        fields++;
      } else if (byte === NEWLINE) {
        this.#line++;
        if (fields < MAX_FIELDS) bounds[2 * fields + 1] = i;
        this.#readLine(bytes, lineStart, i, fields + 1, quoted);
        lineStart = i + 1;
        fields = 0;
        quoted = false;
        bounds[0] = lineStart;
      } else if (byte === QUOTE) {
        quoted = true;
      }
    }
    this.#carry = lineStart < length ? bytes.subarray(lineStart) : null;
  }

  /** Reads a last line without a line break and hands over the last batch. */
  end(): void {
    if (this.#carry) this.push(FINAL_LINE_BREAK);
    if (this.#columns === null) {
      throw new EtlInputError(`ratings file ${this.options.file} is empty (no header)`);
    }
    this.#flush();
  }

  #flush(): void {
    if (this.#batch.size === 0) return;
    this.options.onBatch(this.#batch);
    this.#batch = newRatingBatch(this.options.batchSize, this.#batch.dated);
  }

  /** One line `bytes[start, end)` whose field boundaries are in `#bounds`. */
  #readLine(bytes: Buffer, start: number, end: number, fields: number, quoted: boolean): void {
    let trimmedEnd = end;
    if (trimmedEnd > start && bytes[trimmedEnd - 1] === CARRIAGE_RETURN) {
      trimmedEnd--;
      if (fields <= MAX_FIELDS) this.#bounds[2 * fields - 1] = trimmedEnd;
    }
    if (trimmedEnd === start) return;
    const columns = this.#columns;
    if (columns === null) {
      this.#readHeader(bytes.toString('utf8', start, trimmedEnd));
      return;
    }
    if (quoted) {
      this.#readQuotedLine(bytes.toString('utf8', start, trimmedEnd));
      return;
    }
    if (fields !== columns.count) {
      this.#rejectFieldCount(fields, bytes.toString('utf8', start, trimmedEnd));
      return;
    }
    const bounds = this.#bounds;
    const user = fastUnsigned(
      bytes,
      bounds[2 * columns.user]!,
      bounds[2 * columns.user + 1]!,
      USER_ID_DIGITS,
    );
    const halves = fastHalves(bytes, bounds[2 * columns.rating]!, bounds[2 * columns.rating + 1]!);
    const title = this.options.lookup.fastIndexOf(
      bytes,
      bounds[2 * columns.title]!,
      bounds[2 * columns.title + 1]!,
    );
    let seconds = 0;
    if (columns.timestamp >= 0) {
      const at = 2 * columns.timestamp;
      seconds = fastUnsigned(bytes, bounds[at]!, bounds[at + 1]!, TIMESTAMP_DIGITS);
    }
    if (user === UNREAD || halves === UNREAD || title === UNREAD || seconds === UNREAD) {
      const texts: string[] = [];
      for (let field = 0; field < fields; field++) {
        texts.push(bytes.toString('utf8', bounds[2 * field]!, bounds[2 * field + 1]!));
      }
      this.#readSlowly(texts, bytes.toString('utf8', start, trimmedEnd));
      return;
    }
    this.#add(user, title, halves, columns.timestamp >= 0 ? Math.floor(seconds / SECONDS_PER_DAY) : NO_DAY);
  }

  /** Slow path for a line with quotes: the RFC 4180 parser splits it, the text readers check it. */
  #readQuotedLine(line: string): void {
    let fields: string[];
    try {
      fields = (parse(line, { relax_column_count: true }) as string[][])[0] ?? [];
    } catch (error) {
      this.#reject(quotingReason(error as Error), line);
      return;
    }
    if (fields.length !== this.#columns!.count) {
      this.#rejectFieldCount(fields.length, line);
      return;
    }
    this.#readSlowly(fields, line);
  }

  /** Reads every field from its text and adds the row, or rejects the line at the first unreadable field. */
  #readSlowly(fields: readonly string[], line: string): void {
    const columns = this.#columns!;
    const lookup = this.options.lookup;
    const values: number[] = [];
    const roles: [Field, number][] = [
      ['user', columns.user],
      ['title', columns.title],
      ['rating', columns.rating],
      ['timestamp', columns.timestamp],
    ];
    for (const [field, column] of roles) {
      const value = column < 0 ? NO_DAY : readFieldText(field, fields[column]!, lookup);
      if (typeof value !== 'number') {
        this.#reject(value, line);
        return;
      }
      values.push(value);
    }
    this.#add(values[0]!, values[1]!, values[2]!, values[3]!);
  }

  #readHeader(line: string): void {
    let header: string[];
    try {
      header = (parse(line) as string[][])[0] ?? [];
    } catch (error) {
      throw new EtlInputError(
        `ratings file ${this.options.file} has an unreadable header: ${(error as Error).message}`,
      );
    }
    const located = locateColumns(this.options.file, header, RATING_COLUMNS, OPTIONAL_RATING_COLUMNS);
    if (header.length > MAX_FIELDS) {
      throw new EtlInputError(
        `ratings file ${this.options.file} has ${header.length} columns (at most ${MAX_FIELDS})`,
      );
    }
    this.#columns = {
      user: located.userId,
      rating: located.rating,
      title: located.movieId,
      timestamp: located.timestamp,
      count: header.length,
    };
    this.#batch.dated = located.timestamp >= 0;
  }

  #rejectFieldCount(found: number, line: string): void {
    const message = `expected ${this.#columns!.count} fields, found ${found}`;
    this.#reject({ kind: 'wrong_field_count', message }, line);
  }

  #reject(reason: RejectReason, line: string): void {
    this.options.onReject(rejectOf(this.options.file, this.#line, reason, line));
  }

  #add(user: number, title: number, halves: number, day: number): void {
    const batch = this.#batch;
    const i = batch.size;
    batch.userIds[i] = user;
    batch.titleIndexes[i] = title;
    batch.halves[i] = halves;
    batch.days[i] = day;
    batch.size = i + 1;
    this.#rows++;
    if (batch.size === this.options.batchSize) this.#flush();
  }
}
