/** What `streambot ask` and `streambot parse` share: the core on the configured store, and batch input. */
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { configOrFail, fail } from '../cli/_shared.ts';
import type { Config } from '../config.ts';
import type { Locale } from './answer.ts';
import type { CommandRequest } from './command.ts';
import { createBotCore, type StreambotCore } from './create-core.ts';
import { readyCore } from './setup.ts';

export interface CliCoreOptions {
  db?: string;
  locale?: string;
}

export async function prepareCli(
  options: CliCoreOptions,
  { buildIfMissing }: { buildIfMissing: boolean },
): Promise<{ core: StreambotCore; locale?: Locale; config: Config }> {
  let config = await configOrFail();
  if (options.db) config = { ...config, dbPath: options.db };
  if (options.locale !== undefined && options.locale !== 'en' && options.locale !== 'es') {
    fail(`--locale must be en or es, not "${options.locale}"`);
  }
  const locale = options.locale as Locale | undefined;
  if (!buildIfMissing && !existsSync(config.dbPath)) {
    process.stderr.write(`streambot: no store at ${config.dbPath}; titles named by text stay unresolved\n`);
    return { core: createBotCore({ store: null, config }), locale, config };
  }
  try {
    const say = (line: string) => process.stderr.write(`streambot: ${line}\n`);
    const ready = await readyCore(config, {
      onBuildStart: (source) =>
        say(
          `no store at ${source.dbPath}; building it from ${source.rawIsDemo ? 'the demo data' : 'the raw data'} in ${source.rawDir} first`,
        ),
      onTrainStart: () => say('training the recommender on it'),
      onTrainFailed: (error) => say(`training failed (${error.message}); recommendations are off`),
    });
    return { core: ready.core, locale, config };
  } catch (error) {
    fail(`cannot open the store: ${(error as Error).message}`);
  }
}

/** Calls `handle` for every line of `input` (blank lines too, so outputs line up with inputs). */
export async function eachLine(
  input: NodeJS.ReadableStream,
  handle: (line: string, index: number) => void,
): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
  let index = 0;
  for await (const line of rl) handle(line, index++);
}

/** "get_actor platform=netflix year=2019", with what is missing. */
export function describeRequest(request: CommandRequest): string {
  const args = Object.entries(request.args).map(([name, value]) => `${name}=${JSON.stringify(value)}`);
  const parts = [request.name, ...args];
  if (request.missing?.length) parts.push(`(missing: ${request.missing.join(', ')})`);
  if (request.invalid?.length)
    parts.push(`(unreadable: ${request.invalid.map((i) => `${i.arg}=${i.value}`).join(', ')})`);
  return parts.join(' ');
}
