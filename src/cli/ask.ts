/**
 * `streambot ask "<question>" [--json]`: one answer, as text or `{"command", "answer"}` JSON.
 * With no question, one question per line of standard input → one JSON line each.
 */
import type { Command } from 'commander';
import type { CliQuestionOptions } from './_core-support.ts';

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
    .option('--as <user>', 'ask as this ratings user (first-person questions: "what should I watch?")')
    .option('--locale <en|es>', 'answer language when the question does not tell')
    .option('--conversation', 'standard input: treat the lines as one conversation (follow-ups)')
    .action(async (words: string[], options: CliQuestionOptions) => {
      const { prepareCli, eachQuestion } = await import('./_core-support.ts');
      const { core, locale } = await prepareCli(options, { buildIfMissing: true });
      const { renderText } = await import('../adapters/render/text.ts');
      const { replyJson } = await import('../adapters/render/json.ts');
      const { printJson } = await import('./_shared.ts');

      await eachQuestion(words, options, locale, (input, fromStdin) => {
        const reply = core.ask(input);
        if (options.json || fromStdin) printJson(replyJson(reply));
        else process.stdout.write(`${renderText(reply.answer)}\n`);
      });
    });
}
