/**
 * Reading the four catalogs into a store writer: extract, transform, drop duplicate ids, write. The main
 * thread does it into the new store; the ratings worker does it again into the file where it builds the
 * derived tables (see ratings-worker.ts), and both find the same titles.
 */
import { PLATFORMS, TITLE_TYPES, type TitleId } from '../src/domain.ts';
import type { CleaningCounts, RowCounts, SourceInfo } from '../src/store/build-info.ts';
import { EtlInputError } from './errors.ts';
import { extractCatalog } from './extract-catalog.ts';
import { type RejectLog, rejectOf } from './rejects.ts';
import type { CatalogSource } from './sources.ts';
import type { StoreWriter } from './store-writer.ts';
import { transformTitle } from './title.ts';
import { TitleLookup } from './title-lookup.ts';

/** The title lookup, and the counts the build's record keeps of what was loaded. */
export interface LoadedCatalogs {
  lookup: TitleLookup;
  counts: Pick<RowCounts, 'titlesByPlatform' | 'titlesByType' | 'titleCast' | 'titleGenres'>;
  cleaning: CleaningCounts;
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

export function loadCatalogs(
  catalogs: readonly CatalogSource[],
  writer: StoreWriter,
  rejects: RejectLog,
  sourceInfo: SourceInfo[],
  progress: (done: number, rows: number) => void,
): LoadedCatalogs {
  const ids: TitleId[] = [];
  const seen = new Set<string>();
  const counts: LoadedCatalogs['counts'] = {
    titlesByPlatform: zeroCounts(PLATFORMS),
    titlesByType: zeroCounts(TITLE_TYPES),
    titleCast: 0,
    titleGenres: 0,
  };
  const cleaning: CleaningCounts = {
    durationsMoved: zeroCounts(PLATFORMS),
    placeholderCastDropped: 0,
    castSuffixesJoined: 0,
  };
  let bytesDone = 0;
  for (const source of catalogs) {
    const extracted = extractCatalog(source, (reject) => rejects.add(reject));
    sourceInfo.push({ name: source.name, bytes: source.bytes, sha256: extracted.sha256 });
    for (const { line, raw, row } of extracted.records) {
      const result = transformTitle(source.platform, row);
      if (!result.ok) {
        rejects.add(rejectOf(source.name, line, result.reason, raw));
        continue;
      }
      const { title } = result.value;
      if (seen.has(title.id)) {
        const reason = { kind: 'duplicate_id', message: `duplicate show_id "${title.show_id}"` } as const;
        rejects.add(rejectOf(source.name, line, reason, raw));
        continue;
      }
      seen.add(title.id);
      ids.push(title.id);
      writer.insertTitle(result.value);
      counts.titlesByPlatform[source.platform]++;
      counts.titlesByType[title.type]++;
      counts.titleCast += result.value.cast.length;
      counts.titleGenres += result.value.genres.length;
      const traps = result.value.cleaning;
      if (traps.durationMoved) cleaning.durationsMoved[source.platform]++;
      cleaning.placeholderCastDropped += traps.placeholders;
      cleaning.castSuffixesJoined += traps.suffixes;
    }
    if (counts.titlesByPlatform[source.platform] === 0) {
      throw new EtlInputError(`catalog ${source.path} has no valid titles`);
    }
    bytesDone += source.bytes;
    progress(bytesDone, ids.length);
  }
  writer.endCatalogs();
  return { lookup: new TitleLookup(ids), counts, cleaning };
}
