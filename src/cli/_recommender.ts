/**
 * What the recommender's subcommands (train, predict, recommend, similar) share: option parsers, opening
 * the store, reporting errors. Kept light (the store module loads on demand) so `--help` stays instant.
 */
import { InvalidArgumentError } from 'commander';
import type { RecommenderError } from '../recommender/result.ts';
import type { Store } from '../store/open.ts';
import { configOrFail, EXIT_BAD_INPUT, EXIT_NOT_READY, fail, printJson } from './_shared.ts';

export function wholeNumber(value: string): number {
  const number = Number(value);
  if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(number)) {
    throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  }
  return number;
}

export function decimal(value: string): number {
  const number = Number(value.replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(number))
    throw new InvalidArgumentError(`expected a number, got "${value}"`);
  return number;
}

/** A bias pseudo-count, or `auto` to estimate it from the ratings. */
export function biasReg(value: string): number | 'auto' {
  return value.trim().toLowerCase() === 'auto' ? 'auto' : decimal(value);
}

/** The store at `--db`, else STREAMBOT_DB, else data/streambot.db; exits with a one-line error when absent. */
export async function storeOrFail(dbOption: string | undefined): Promise<Store> {
  const path = dbOption ?? (await configOrFail()).dbPath;
  const { openStore } = await import('../store/open.ts');
  try {
    return openStore(path);
  } catch (error) {
    return fail((error as Error).message, EXIT_NOT_READY);
  }
}

/** Prints the error (one JSON object with `--json`, else a line on stderr with the suggestions) and exits. */
export function exitWithError(error: RecommenderError, json: boolean): never {
  if (json) printJson({ error });
  else {
    const hint = error.suggestions?.length ? `\n  try: ${error.suggestions.join('\n       ')}` : '';
    process.stderr.write(`streambot: ${error.message}${hint}\n`);
  }
  process.exit(error.code === 'model_missing' ? EXIT_NOT_READY : EXIT_BAD_INPUT);
}
