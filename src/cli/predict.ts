/**
 * `streambot predict --user N --title T [--json]`: should user N watch title T?
 * `streambot predict --input pairs.csv --output estimates.csv`: the same for every `userId,movieId` row.
 */
import type { Command } from 'commander';
import { decimal, exitWithError, storeOrFail, wholeNumber } from './_recommender.ts';
import { failCommandLine, usageErrorsAsBadInput } from './_usage-errors.ts';

interface PredictCliOptions {
  user?: number;
  title?: string;
  input?: string;
  output?: string;
  threshold?: number;
  db?: string;
  json?: boolean;
}

export function register(program: Command): void {
  usageErrorsAsBadInput(program.command('predict'))
    .description('estimate how a user would rate a title, and whether to recommend it')
    .option('--user <n>', 'user id', wholeNumber)
    .option('--title <text>', 'title id (ns123) or title text')
    .option('--input <file>', 'batch mode: CSV of userId,movieId pairs')
    .option('--output <file>', 'batch mode: where to write userId,movieId,estimate,verdict,error')
    .option(
      '--threshold <rating>',
      'recommend at or above this estimate (default STREAMBOT_RECOMMEND_THRESHOLD, 3.5)',
      decimal,
    )
    .option('--db <file>', 'store file (default: STREAMBOT_DB or data/streambot.db)')
    .option('--json', 'print one JSON object')
    .action(async (options: PredictCliOptions) => {
      const { configOrFail, fail, printJson } = await import('./_shared.ts');
      const config = await configOrFail();
      const threshold = options.threshold ?? config.recommendThreshold;
      const json = options.json === true;
      const batch = options.input !== undefined || options.output !== undefined;
      if (batch && (options.input === undefined || options.output === undefined)) {
        failCommandLine(
          'predict',
          'batch mode needs both --input pairs.csv and --output estimates.csv',
          json,
        );
      }
      if (!batch && (options.user === undefined || options.title === undefined)) {
        failCommandLine(
          'predict',
          'give --user N and --title T, or --input pairs.csv --output estimates.csv',
          json,
        );
      }
      const store = await storeOrFail(options.db);

      if (batch) {
        const { predictBatch } = await import('../recommender/batch.ts');
        const result = (() => {
          try {
            return predictBatch(store, options.input!, options.output!, { threshold });
          } catch (error) {
            return fail(`batch prediction failed: ${(error as Error).message}`);
          }
        })();
        if (!result.ok) exitWithError(result.error, options.json === true);
        const summary = result.value;
        if (options.json) printJson(summary);
        else {
          process.stderr.write(
            `${summary.rows} rows: ${summary.predicted} predicted (${summary.coldStart} cold-start), ` +
              `${summary.errors} errors, in ${(summary.ms / 1000).toFixed(1)} s → ${options.output}\n`,
          );
        }
        for (const error of summary.firstErrors)
          process.stderr.write(`  line ${error.line}: ${error.reason}\n`);
        if (summary.errors > summary.firstErrors.length) {
          process.stderr.write(`  … and ${summary.errors - summary.firstErrors.length} more error rows\n`);
        }
        process.exitCode = summary.errors > 0 ? 3 : 0;
        return;
      }

      const { predict } = await import('../recommender/predict.ts');
      const result = predict(store, options.user!, options.title!, { threshold });
      if (!result.ok) exitWithError(result.error, options.json === true);
      const p = result.value;
      if (options.json) printJson(p);
      else {
        process.stdout.write(
          `${p.verdict === 'recommend' ? 'Recommend' : 'Skip'} "${p.title.title}" (${p.title.id}) for user ${p.userId}: ` +
            `estimate ${p.estimate.toFixed(2)}${p.coldStart ? ' (cold start)' : ''}.\n${p.reason}\n`,
        );
      }
    });
}
