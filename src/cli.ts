/**
 * The `streambot` command line. Each file in `src/cli/` adds its subcommands through
 * `register(program)`; heavy modules are imported inside the actions so `--help` stays instant.
 */
import { readdirSync } from 'node:fs';
import { Command } from 'commander';

const program = new Command('streambot')
  .description('Answers questions about the Amazon Prime, Disney+, Hulu and Netflix catalogs')
  .showHelpAfterError()
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
  const code = (error as { exitCode?: number }).exitCode;
  if (code !== undefined) process.exit(code);
  console.error(`streambot: ${(error as Error).message}`);
  process.exit(1);
}
