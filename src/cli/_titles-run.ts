/** The work behind `streambot titles search`, loaded only when the command runs. */
import { findTitles } from '../catalog/index.ts';
import { exitWithError, isCliError, openCatalogStore } from './_catalog.ts';
import { printJson } from './_shared.ts';

export interface TitleSearchOptions {
  limit?: string;
  json?: boolean;
  db?: string;
}

export function runTitleSearch(text: string, options: TitleSearchOptions): void {
  const json = options.json ?? false;
  const limit = options.limit === undefined ? undefined : Number(options.limit);
  const store = openCatalogStore(options.db);
  if (isCliError(store)) exitWithError(store, json);
  try {
    const result = findTitles(store, text, { limit });
    if (!result.ok) exitWithError(result.error, json);
    const { query, matches, summary } = result.value;
    if (json) printJson({ query, matches, summary });
    else {
      const lines = matches.map((m) => `  ${m.id.padEnd(8)} ${m.title} (${m.platform} ${m.type}, ${m.year})`);
      process.stdout.write(`${[summary, ...lines].join('\n')}\n`);
    }
  } finally {
    store.close();
  }
}
