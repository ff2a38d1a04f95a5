/**
 * `streambot ask "<question>" [--json]`: one answer, as text or `{"command", "answer"}` JSON.
 * With no question, one question per line of standard input → one JSON line each.
 */
import type { Command } from 'commander';

interface AskOptions {
  json?: boolean;
  db?: string;
  locale?: string;
  conversation?: boolean;
}

export function register(program: Command): void {
  program
    .command('ask')
    .description('answer one question (or one per line of standard input, as JSON lines)')
    .argument('[question...]', 'the question, in English or Spanish')
    .option('--json', 'print {"command": …, "answer": …} as JSON')
    .option(
      '--db <file>',
      'store file (default: STREAMBOT_DB or data/streambot.db; built first when missing)',
    )
    .option('--locale <en|es>', 'answer language when the question does not tell')
    .option('--conversation', 'standard input: treat the lines as one conversation (follow-ups)')
    .action(async (words: string[], options: AskOptions) => {
      const { prepareCli } = await import('../bot/cli-support.ts');
      const { core, locale } = await prepareCli(options, { buildIfMissing: true });
      const { renderText } = await import('../adapters/render/text.ts');
      const { replyJson } = await import('../adapters/render/json.ts');
      const { printJson } = await import('./_shared.ts');
      const { eachLine } = await import('../bot/cli-support.ts');

      if (words.length > 0) {
        const reply = core.ask({ text: words.join(' '), conversationId: 'cli', userId: 'cli', locale });
        if (options.json) printJson(replyJson(reply));
        else process.stdout.write(`${renderText(reply.answer)}\n`);
        return;
      }
      await eachLine(process.stdin, (line, index) => {
        const conversationId = options.conversation ? 'cli' : `cli:${index}`;
        printJson(replyJson(core.ask({ text: line, conversationId, userId: 'cli', locale })));
      });
    });
}
