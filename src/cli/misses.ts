/**
 * `streambot misses [--since 7d] [--json] [--export FILE.jsonl]`: the questions the bot did not answer
 * lately, grouped by similarity with counts, from the configured state (SQLite or Redis); `--export`
 * writes their distinct phrasings as `{"lang", "q"}` lines, ready to be labelled.
 */
import type { Command } from 'commander';

interface MissesOptions {
  since: string;
  json?: boolean;
  export?: string;
  groups: string;
}

export function register(program: Command): void {
  program
    .command('misses')
    .description('questions the bot did not understand lately, grouped by similarity')
    .option('--since <duration>', 'how far back: 30m, 24h, 7d … (kept 30 days)', '7d')
    .option('--groups <n>', 'how many groups to show', '20')
    .option('--json', 'print the groups as JSON')
    .option('--export <file>', 'write the distinct phrasings as {"lang","q"} lines (the phrasing-set format)')
    .action(async (options: MissesOptions) => {
      const { fail, printJson, readStateSince } = await import('./_shared.ts');
      const groupsShown = Number(options.groups);
      if (!Number.isInteger(groupsShown) || groupsShown < 1)
        return fail('--groups takes a whole number from 1');
      const { groupMisses, missesAsPhrasings } = await import('../bot/miss-report.ts');
      await readStateSince(options.since, async (state, from, config) => {
        const misses = await state.misses(from, 100_000);
        if (options.export) {
          const { writeFileSync } = await import('node:fs');
          writeFileSync(options.export, missesAsPhrasings(misses));
        }
        const groups = groupMisses(misses).slice(0, groupsShown);
        if (options.json)
          printJson({ since: new Date(from).toISOString(), questions: misses.length, groups });
        else process.stdout.write(describe(misses.length, groups, options, config.keepQuestions));
      });
    });
}

function describe(
  total: number,
  groups: import('../bot/miss-report.ts').MissGroup[],
  options: MissesOptions,
  keeping: boolean,
): string {
  const lines = [
    `${total} question${total === 1 ? '' : 's'} not answered in the last ${options.since}${total > 0 ? `, the most frequent first:` : '.'}`,
  ];
  for (const group of groups) {
    const outcomes = Object.entries(group.outcomes)
      .map(([outcome, count]) => `${outcome.replace('_', ' ')} ${count}`)
      .join(', ');
    lines.push(
      `${String(group.count).padStart(5)}×  ${group.example}  (${group.langs.join('/')}; ${outcomes})`,
    );
    for (const other of group.others.slice(0, 2)) lines.push(`        also: ${other}`);
  }
  if (options.export) lines.push(`Phrasings written to ${options.export}.`);
  if (!keeping) lines.push('Keeping questions is off (STREAMBOT_KEEP_QUESTIONS=0): nothing new is kept.');
  return `${lines.join('\n')}\n`;
}
