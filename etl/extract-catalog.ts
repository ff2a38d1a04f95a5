/**
 * Extract for one catalog CSV (RFC 4180, UTF-8): records with their line numbers, columns by header name.
 * A catalog is a few MB, so it is read whole; the ratings are the part that must stream.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { EtlInputError } from './errors.ts';
import { locateColumns } from './header.ts';
import { quotingReason, type Reject, rejectOf } from './rejects.ts';
import type { CatalogSource } from './sources.ts';
import { CATALOG_COLUMNS, type CatalogRow } from './title.ts';

export interface CatalogRecord {
  line: number;
  raw: string;
  row: CatalogRow;
}

export interface ExtractedCatalog {
  records: CatalogRecord[];
  sha256: string;
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** The line a record starts on, from the line it ends on and the line breaks inside it. */
function startLine(endLine: number, raw: string): number {
  const inner = raw.replace(/\r?\n$/, '');
  let breaks = 0;
  for (let i = inner.indexOf('\n'); i !== -1; i = inner.indexOf('\n', i + 1)) breaks += 1;
  return endLine - breaks;
}

export function extractCatalog(source: CatalogSource, onReject: (reject: Reject) => void): ExtractedCatalog {
  let bytes: Buffer;
  try {
    bytes = readFileSync(source.path);
  } catch (error) {
    throw new EtlInputError(`input file ${source.path} is unreadable (${(error as Error).message})`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  let lastSkippedLine = -1;
  let lines: string[] | undefined;
  const parsed = parse(bytes, {
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? 0;
      // The parser may stumble more than once on the same broken record: report it once.
      if (line === lastSkippedLine) return undefined;
      lastSkippedLine = line;
      lines ??= bytes.toString('utf8').split(/\r?\n/);
      onReject(rejectOf(source.name, line, quotingReason(error), lines[line - 1] ?? ''));
      return undefined;
    },
  }) as unknown as ParsedRecord[];
  const [header, ...body] = parsed;
  if (!header) throw new EtlInputError(`catalog ${source.path} is empty`);
  const columns = locateColumns(source.path, header.record, CATALOG_COLUMNS);

  const records: CatalogRecord[] = [];
  for (const { record, raw, info } of body) {
    const line = startLine(info.lines, raw);
    if (record.length !== header.record.length) {
      const message = `expected ${header.record.length} fields, found ${record.length}`;
      onReject(rejectOf(source.name, line, { kind: 'wrong_field_count', message }, raw));
      continue;
    }
    const row = {} as CatalogRow;
    for (const name of CATALOG_COLUMNS) row[name] = record[columns[name]] ?? '';
    records.push({ line, raw, row });
  }
  if (records.length === 0 && body.length === 0)
    throw new EtlInputError(`catalog ${source.path} has no rows`);
  return { records, sha256 };
}
