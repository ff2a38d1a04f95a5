/**
 * Extract + transform of one catalog file, as one value that can cross to the main thread: the file's
 * rejects and clean titles in file order. Duplicate ids are left to the caller, which sees every file.
 */
import { extractCatalog } from './extract-catalog.ts';
import { type Reject, rejectOf } from './rejects.ts';
import type { CatalogSource } from './sources.ts';
import { type CleanTitle, transformTitle } from './title.ts';

export type CatalogItem =
  | { kind: 'reject'; reject: Reject }
  | { kind: 'title'; line: number; raw: string; value: CleanTitle };

export interface ReadCatalog {
  sha256: string;
  items: CatalogItem[];
}

export function readCatalog(source: CatalogSource): ReadCatalog {
  const items: CatalogItem[] = [];
  const extracted = extractCatalog(source, (reject) => items.push({ kind: 'reject', reject }));
  for (const { line, raw, row } of extracted.records) {
    const result = transformTitle(source.platform, row);
    items.push(
      result.ok
        ? { kind: 'title', line, raw, value: result.value }
        : { kind: 'reject', reject: rejectOf(source.name, line, result.reason, raw) },
    );
  }
  return { sha256: extracted.sha256, items };
}

/**
 * The catalogs a second thread reads while this one reads the rest: each file, largest first, goes to the
 * side with fewer bytes so far (on the real data: Netflix and Disney+ there, Amazon and Hulu here).
 */
export function catalogsForWorker(catalogs: readonly CatalogSource[]): Set<string> {
  const worker = new Set<string>();
  let here = 0;
  let there = 0;
  for (const source of [...catalogs].sort((a, b) => b.bytes - a.bytes)) {
    if (here <= there) here += source.bytes;
    else {
      there += source.bytes;
      worker.add(source.name);
    }
  }
  return worker;
}
