/** What `streambot query` and `streambot titles` share: opening the store and reporting errors. */
import type { CatalogError } from '../catalog/result.ts';
import { loadConfig } from '../config.ts';
import { openStore, type Store, StoreMissingError } from '../store/open.ts';
import { EXIT_BAD_INPUT, EXIT_NOT_READY, printJson } from './_shared.ts';

export type CliError = Omit<CatalogError, 'code'> & { code: CatalogError['code'] | CliErrorCode };
type CliErrorCode = 'unknown_function' | 'unexpected_argument' | 'store_missing' | 'invalid_configuration';

function exitCodeOf(error: CliError): number {
  return error.code === 'store_missing' ||
    error.code === 'store_not_ready' ||
    error.code === 'invalid_configuration'
    ? EXIT_NOT_READY
    : EXIT_BAD_INPUT;
}

/** Prints the error (one JSON object with `--json`, else one line on stderr) and exits. */
export function exitWithError(error: CliError, json: boolean, context: Record<string, unknown> = {}): never {
  if (json) printJson({ ...context, error: { code: error.code, message: error.message } });
  else {
    // Suggestions the message already names (the nearest platform, the function names) are not repeated.
    const unsaid = (error.suggestions ?? []).filter((suggestion) => !error.message.includes(suggestion));
    const hint = unsaid.length ? ` (try: ${unsaid.join(', ')})` : '';
    process.stderr.write(`streambot: ${error.message}${hint}\n`);
  }
  process.exit(exitCodeOf(error));
}

/** The store at `--db`, else STREAMBOT_DB, else data/streambot.db. */
export function openCatalogStore(dbOption: string | undefined): Store | CliError {
  try {
    return openStore(dbOption ?? loadConfig().dbPath);
  } catch (error) {
    const code = error instanceof StoreMissingError ? 'store_missing' : 'invalid_configuration';
    return { code, message: (error as Error).message };
  }
}

export function isCliError(value: Store | CliError): value is CliError {
  return 'code' in value;
}
