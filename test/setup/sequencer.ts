/**
 * Longest files first, so the slow ones overlap instead of trailing at the end of the run.
 *
 * Vitest orders by the durations of the last run, kept in node_modules/.vite; after `npm ci` there are
 * none and it falls back to file size, which puts the short files that spawn `streambot` last. Files
 * without a recorded duration are ranked by the estimates below (seconds on the 2-core machine, demo
 * data, measured alone), the rest by their recorded duration.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const ESTIMATED_SECONDS: Record<string, number> = {
  'test/discord/deploy-commands.test.ts': 30,
  'test/recommender/cli.test.ts': 28,
  'test/discord/start.test.ts': 24,
  'test/admin/cli.test.ts': 23,
  'test/admin/refresh.test.ts': 19,
  'test/bot/fuzz.test.ts': 19,
  'test/slack/refresh.test.ts': 15,
  'test/bot/cli.test.ts': 15,
  'test/catalog/cli.test.ts': 12,
  'test/etl/bad-input.test.ts': 8,
  'test/slack/manifest.test.ts': 7,
  'test/etl/kill.test.ts': 7,
  'test/bot/title-linking.test.ts': 6,
  'test/etl/abort.test.ts': 6,
  'test/discord/refresh.test.ts': 5,
  'test/discord/sharding.test.ts': 5,
  'test/slack/slack.e2e.test.ts': 4,
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification, index: number) => {
      const path = relative(this.ctx.config.root, spec.moduleId);
      const recorded = this.ctx.cache.getFileTestResults(`${spec.project.name}:${path}`);
      return {
        spec,
        index,
        failed: recorded?.failed === true,
        seconds: recorded ? recorded.duration / 1000 : (ESTIMATED_SECONDS[path] ?? 1),
      };
    };
    // Files that failed last time still come first; the base order (by duration or size) breaks ties.
    return (await super.sort(files))
      .map(rank)
      .sort((a, b) => Number(b.failed) - Number(a.failed) || b.seconds - a.seconds || a.index - b.index)
      .map(({ spec }) => spec);
  }
}
