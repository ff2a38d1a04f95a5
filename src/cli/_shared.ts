/** Helpers shared by the CLI subcommands. */

/** Prints one JSON document on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Ends the command with a one-line error on stderr and the given exit code. */
export function fail(message: string, exitCode = 1): never {
  process.stderr.write(`streambot: ${message}\n`);
  process.exit(exitCode);
}
