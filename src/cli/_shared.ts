/** Helpers shared by the CLI subcommands. */

/** Exit codes: 1 when the store, model or configuration is not ready; 2 for bad input (a malformed command line too). */
export const EXIT_NOT_READY = 1;
export const EXIT_BAD_INPUT = 2;

/** Prints one JSON document on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Ends the command with a one-line error on stderr and the given exit code. */
export function fail(message: string, exitCode = 1): never {
  process.stderr.write(`streambot: ${message}\n`);
  process.exit(exitCode);
}

/** The validated configuration, or a one-line error naming what is wrong. */
export async function configOrFail(): Promise<import('../config.ts').Config> {
  const { loadConfig } = await import('../config.ts');
  try {
    return loadConfig();
  } catch (error) {
    return fail((error as Error).message);
  }
}

const DURATION_UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "7d", "24h", "30m" in milliseconds; undefined when it is none of those. */
function durationMs(text: string): number | undefined {
  const match = /^(\d+)\s*([mhd])$/.exec(text.trim());
  return match ? Number(match[1]) * DURATION_UNITS[match[2]!]! : undefined;
}

/**
 * For the reports read from the state service (`misses`, `feedback`): `--since` read as a duration (or a
 * one-line error), the configured state opened, `read` run from that time on, the state closed.
 */
export async function readStateSince(
  since: string,
  read: (
    state: import('../state/state.ts').StateStore,
    fromMs: number,
    config: import('../config.ts').Config,
  ) => Promise<void>,
): Promise<void> {
  const ms = durationMs(since);
  if (ms === undefined) return fail(`--since takes a duration such as 30m, 24h or 7d, not "${since}"`);
  const config = await configOrFail();
  const { openConfiguredState } = await import('../app/setup.ts');
  const { logger } = await import('../log.ts');
  const state = await openConfiguredState(config, logger);
  try {
    await read(state, Date.now() - ms, config);
  } finally {
    await state.close();
  }
}
