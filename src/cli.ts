/**
 * The `streambot` command line. Each file in `src/cli/` adds its subcommands through
 * `register(program)`; heavy modules are imported inside the actions so `--help` stays instant.
 */
import { readdirSync } from 'node:fs';
import { Command } from 'commander';

const program = new Command('streambot')
  .description('Answers questions about the Amazon Prime, Disney+, Hulu and Netflix catalogs')
  .showHelpAfterError('(streambot --help lists the commands)')
  .exitOverride();

const cliDir = new URL('./cli/', import.meta.url);
const modules = readdirSync(cliDir)
  .filter((file) => file.endsWith('.ts') && !file.startsWith('_'))
  .sort();
for (const file of modules) {
  const module: { register(program: Command): void } = await import(new URL(file, cliDir).href);
  module.register(program);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Commander's errors are malformed command lines (exit 2); help and version end normally (0).
  const code = (error as { exitCode?: number }).exitCode;
  if (code !== undefined) process.exit(code === 0 ? 0 : 2);
  console.error(`streambot: ${(error as Error).message}`);
  process.exit(1);
}
