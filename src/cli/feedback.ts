/** `streambot feedback [--since 30d] [--json]`: approval per command and language, and the latest 👎. */
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('feedback')
    .description('what people thought of the answers: approval per command and language, the latest 👎')
    .option('--since <duration>', 'how far back: 30m, 24h, 7d …', '30d')
    .option('--json', 'print the report as JSON')
    .action(async (options: { since: string; json?: boolean }) => {
      const { printJson, readStateSince } = await import('./_shared.ts');
      const { feedbackReport } = await import('../bot/feedback-report.ts');
      await readStateSince(options.since, async (state, fromMs) => {
        const report = feedbackReport(await state.votes(fromMs, 100_000));
        if (options.json) return printJson(report);
        const lines = [`${report.votes} vote${report.votes === 1 ? '' : 's'} in the last ${options.since}.`];
        for (const row of report.approval)
          lines.push(
            `  ${row.command.padEnd(20)} ${row.lang}  ${String(Math.round(row.approval * 100)).padStart(3)}% 👍  (${row.up} 👍, ${row.down} 👎)`,
          );
        if (report.latestDown.length > 0) lines.push('Latest 👎:');
        for (const vote of report.latestDown)
          lines.push(
            `  ${new Date(vote.at).toISOString().slice(0, 16)}  ${vote.command}: “${vote.question ?? '(a command)'}”${vote.expected ? ` — expected: ${vote.expected}` : ''}`,
          );
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });
}
