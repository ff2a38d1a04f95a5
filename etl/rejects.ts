/** The reject report: every malformed row with its file, line and reason, counted by kind. */

export const REJECT_KINDS = [
  'bad_quoting',
  'wrong_field_count',
  'missing_value',
  'malformed_id',
  'duplicate_id',
  'unknown_title_id',
  'not_a_number',
  'rating_out_of_range',
  'unknown_type',
  'bad_date',
  'bad_duration',
] as const;
export type RejectKind = (typeof REJECT_KINDS)[number];

export interface RejectReason {
  kind: RejectKind;
  /** One line saying what is wrong, with the offending value. */
  message: string;
}

export interface Reject extends RejectReason {
  file: string;
  line: number;
  /** The row as read (truncated), so the client can find and fix it. */
  raw: string;
}

const MAX_RAW_CHARS = 500;

/** The RFC 4180 parser's complaint as a reject reason, without its own (record-relative) line number. */
export function quotingReason(error: Error | undefined): RejectReason {
  const detail = (error?.message ?? 'unreadable record').split('\n')[0]!.replace(/ at line \d+/, '');
  return { kind: 'bad_quoting', message: `bad quoting: ${detail}` };
}

export function rejectOf(file: string, line: number, reason: RejectReason, raw: string): Reject {
  const trimmed = raw.replace(/\r?\n$/, '');
  return {
    ...reason,
    file,
    line,
    raw: trimmed.length > MAX_RAW_CHARS ? `${trimmed.slice(0, MAX_RAW_CHARS)}…` : trimmed,
  };
}

export type RejectCounts = Partial<Record<RejectKind, number>>;

/** Counts rejects by kind and hands each one to `write` (the store's etl_rejects table). */
export class RejectLog {
  readonly counts: RejectCounts = {};
  readonly perFile: Record<string, number> = {};
  total = 0;

  constructor(private readonly write: (reject: Reject) => void) {}

  add(reject: Reject): void {
    this.total += 1;
    this.counts[reject.kind] = (this.counts[reject.kind] ?? 0) + 1;
    this.perFile[reject.file] = (this.perFile[reject.file] ?? 0) + 1;
    this.write(reject);
  }
}
