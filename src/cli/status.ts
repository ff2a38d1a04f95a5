/** `streambot status [--json]`: which data build is serving, from which files, its counts and model metrics. */
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('status')
    .description('show the data build being served: when, from which files, counts, model metrics')
    .option('--json', 'print {"command": …, "answer": …} as JSON')
    .option('--db <file>', 'store file (default: STREAMBOT_DB or data/streambot.db)')
    .action(async (options: { json?: boolean; db?: string }) => {
      const { prepareCli } = await import('./_core-support.ts');
      const { renderText } = await import('../adapters/render/text.ts');
      const { replyJson } = await import('../adapters/render/json.ts');
      const { printJson } = await import('./_shared.ts');
      const { core } = await prepareCli(options, { buildIfMissing: false });
      const reply = core.ask({ command: { name: 'status', args: {} }, conversationId: 'cli', userId: 'cli' });
      if (options.json) printJson(replyJson(reply));
      else process.stdout.write(`${renderText(reply.answer)}\n`);
    });
}
