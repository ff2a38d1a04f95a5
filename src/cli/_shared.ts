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
