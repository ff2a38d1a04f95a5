/**
 * `streambot chart <kind> [filters] [--title T] [--user N] [--output FILE.png|FILE.svg] [--json]`: a chart
 * drawn to a file (PNG or SVG), its numbers printed as text, or with `--json` `{"kind", "args", "data",
 * "spec"}`: the data behind the picture and its Vega-Lite spec.
 */
import type { Command } from 'commander';
import { CHART_KINDS } from '../chart/kinds.ts';
import type { ChartCliOptions } from './_chart-run.ts';
import { usageErrorsAsBadInput } from './_usage-errors.ts';
import { withFilters } from './browse.ts';

export function register(program: Command): void {
  withFilters(usageErrorsAsBadInput(program.command('chart'), () => ({})))
    .description('draw a chart of the catalog or the ratings, or print its data')
    .argument('<kind>', CHART_KINDS.join(', '))
    .option('--title <t>', 'the title, by name or id (title_ratings)')
    .option('--user <n>', 'the user id (user_ratings)')
    .option('--output <file>', 'write the chart here: .png or .svg (default: ./<kind>….png)')
    .option('--width <px>', 'image width in pixels', '960')
    .option('--height <px>', 'image height in pixels', '540')
    .option('--locale <en|es>', 'language of the labels (default en)')
    .action(async (kind: string, options: ChartCliOptions) => {
      const { runChart } = await import('./_chart-run.ts');
      await runChart(kind, options);
    });
}
