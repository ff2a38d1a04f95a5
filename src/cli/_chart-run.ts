/** The work behind `streambot chart`, loaded only when it runs. */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { renderText } from '../adapters/render/text.ts';
import { CHART_TEXT } from '../bot/answers/chart-text.ts';
import type { RequestArgs } from '../bot/command.ts';
import { isChartKind } from '../chart/kinds.ts';
import { type BrowseCliOptions, browseArgs } from './_browse-run.ts';
import type { CliError } from './_catalog.ts';
import { exitWithError } from './_catalog.ts';
import { prepareCli } from './_core-support.ts';
import { EXIT_BAD_INPUT, printJson } from './_shared.ts';

export interface ChartCliOptions extends BrowseCliOptions {
  title?: string;
  user?: string;
  output?: string;
  width: string;
  height: string;
  locale?: string;
}

export async function runChart(kind: string, options: ChartCliOptions): Promise<void> {
  const json = options.json ?? false;
  const fail = (error: CliError): never => exitWithError(error, json, {});
  const bad = (message: string) => fail({ code: 'unexpected_argument', message });
  if (!isChartKind(kind))
    bad(
      `No chart is called "${kind}": try titles_per_year, durations, ratings, scores, genres, platforms, title_ratings or user_ratings.`,
    );
  const size = { width: Number(options.width), height: Number(options.height) };
  const format = options.output ? extname(options.output).toLowerCase() : '.png';
  if (format !== '.png' && format !== '.svg')
    bad(`--output must end in .png or .svg, not "${options.output}".`);
  const args: RequestArgs = { ...browseArgs(options, fail), kind: kind as RequestArgs['kind'] };
  if (options.title !== undefined) args.title = options.title;
  if (options.user !== undefined) {
    const user = Number(options.user);
    if (!Number.isSafeInteger(user)) bad(`--user takes a user id (a whole number), not "${options.user}".`);
    args.user_id = user;
  }

  const { core, locale } = await prepareCli(options, { buildIfMissing: true });
  const reply = core.ask({ command: { name: 'chart', args }, conversationId: 'cli', userId: 'cli', locale });
  const { answer } = reply;
  const chart = answer.chart;
  if (!chart) {
    if (json)
      printJson({ kind, args: reply.command.args, error: { kind: answer.kind, message: answer.headline } });
    else process.stderr.write(`streambot: ${renderText(answer)}\n`);
    process.exit(answer.kind === 'empty' ? 0 : EXIT_BAD_INPUT);
  }

  const path = options.output ?? (json ? undefined : chart.fileName);
  if (path) {
    const { renderPng, renderSvg } = await import('../chart/render.ts');
    const request = { spec: chart.spec, size, locale: answer.locale, footnote: chart.footnote };
    try {
      writeFileSync(path, format === '.svg' ? await renderSvg(request) : await renderPng(request));
    } catch (error) {
      bad(`The chart could not be written to ${path}: ${(error as Error).message}`);
    }
  }
  if (json) printJson({ kind, args: reply.command.args, data: chart.data, spec: chart.spec });
  else {
    process.stdout.write(`${renderText(answer, { maxChars: 10_000 })}\n`);
    if (path) process.stdout.write(`${CHART_TEXT[answer.locale].saved(path)}\n`);
  }
}
