/** What `streambot ask`, `parse` and `status` share: the core on the configured store, and batch input. */
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Locale } from '../answer.ts';
import { readyServing } from '../app/setup.ts';
import type { CommandRequest } from '../bot/command.ts';
import type { BotInput } from '../bot/core.ts';
import { createBotCore, type StreambotCore } from '../bot/create-core.ts';
import { MemoryLinks, personOf } from '../bot/links.ts';
import type { Config } from '../config.ts';
import { configOrFail, fail } from './_shared.ts';

export interface CliCoreOptions {
  db?: string;
  locale?: string;
  /** Ask as this ratings user: first-person questions ("what should I watch?") are theirs. */
  as?: string;
}

/** The person every command-line question comes from (`BotInput.userId`, no `via`). */
const CLI_PERSON = personOf({ userId: 'cli' });

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
  const links = new MemoryLinks();
  if (options.as !== undefined) {
    const user = Number(options.as);
    if (!Number.isSafeInteger(user) || user < 1)
      fail(`--as takes a user id (a whole number from 1), not "${options.as}"`, 2);
    links.set(CLI_PERSON, user);
  }
  if (!buildIfMissing && !existsSync(config.dbPath)) {
    process.stderr.write(`streambot: no store at ${config.dbPath}; titles named by text stay unresolved\n`);
    return { core: createBotCore({ store: null, config, links }), locale, config };
  }
  try {
    const say = (line: string) => process.stderr.write(`streambot: ${line}\n`);
    const ready = await readyServing(
      config,
      {
        onBuildStart: (source) =>
          say(
            `no store at ${source.dbPath}; building it from ${source.rawIsDemo ? 'the demo data' : 'the raw data'} in ${source.rawDir} first`,
          ),
        onTrainStart: () => say('training the recommender on it'),
        onTrainFailed: (error) => say(`training failed (${error.message}); recommendations are off`),
      },
      { links },
    );
    return { core: ready.core, locale, config };
  } catch (error) {
    fail(`cannot open the store: ${(error as Error).message}`);
  }
}

/** What `ask` and `parse` take besides the store and language. */
export interface CliQuestionOptions extends CliCoreOptions {
  json?: boolean;
  /** Standard input: the lines are one conversation (follow-ups) rather than one each. */
  conversation?: boolean;
}

/**
 * The questions of one `ask` or `parse` run: the words as one question, else every line of standard
 * input (blank lines too, so outputs line up with inputs), `fromStdin` telling which.
 */
export async function eachQuestion(
  words: string[],
  options: CliQuestionOptions,
  locale: Locale | undefined,
  handle: (input: BotInput, fromStdin: boolean) => void,
): Promise<void> {
  const question = (text: string, conversationId: string): BotInput => ({
    text,
    conversationId,
    userId: 'cli',
    locale,
  });
  if (words.length > 0) return handle(question(words.join(' '), 'cli'), false);
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
  let index = 0;
  for await (const line of rl) {
    handle(question(line, options.conversation ? 'cli' : `cli:${index}`), true);
    index++;
  }
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
