/**
 * Scores phrasing sets through the whole core on a store: parse, entity linking and title
 * resolution, so an expected title is compared as the id a person would get. Expected titles given
 * as text resolve by the catalog's rule (the exact title, most-rated first), except that a question
 * naming one platform that carries the title gets that platform's copy, as the person asking would.
 */
import { readFileSync } from 'node:fs';
import type { CommandRequest } from '../../../src/bot/command.ts';
import type { StreambotCore } from '../../../src/bot/create-core.ts';
import { findTitles } from '../../../src/catalog/index.ts';
import { PLATFORM_ALIASES } from '../../../src/catalog/platforms.ts';
import type { Platform } from '../../../src/domain.ts';
import type { Store } from '../../../src/store/open.ts';
import { canonical } from './score.ts';
import type { ExpectedRequest, PhrasingCase } from './types.ts';

export interface StoreCaseResult {
  case: PhrasingCase;
  got: CommandRequest;
  want: string;
  locale: string;
  ok: boolean;
}

export function readPhrasingSet(path: string): PhrasingCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PhrasingCase);
}

let conversationCounter = 0;

export function scoreOnStore(core: StreambotCore, store: Store, cases: PhrasingCase[]): StoreCaseResult[] {
  return cases.map((c) => {
    const conversationId = `score-${++conversationCounter}`;
    for (const earlier of c.after ?? []) core.ask({ text: earlier, conversationId, userId: 'scorer' });
    const reply = core.ask({ text: c.q, conversationId, userId: 'scorer' });
    const want = canonical(expectedOnStore(store, c.expect, c.q));
    const got = canonical(reply.command);
    return {
      case: c,
      got: reply.command,
      want,
      locale: reply.answer.locale,
      ok: (got === want || refusesService(c.expect, reply.command)) && reply.answer.locale === c.lang,
    };
  });
}

/**
 * "how many movies does hbo max have": keyed as not understood, and answered by naming the service as no
 * platform Streambot knows (the four it covers listed), which is what the key asks of a bot.
 */
function refusesService(expect: ExpectedRequest, got: CommandRequest): boolean {
  return expect.name === 'unknown' && (got.invalid ?? []).some((invalid) => invalid.arg === 'platform');
}

/** The expected request with a title given as text resolved as the catalog resolves it for `question`. */
function expectedOnStore(store: Store, expect: ExpectedRequest, question: string): CommandRequest {
  const args = { ...expect.args } as CommandRequest['args'];
  if (args.title !== undefined) {
    const found = findTitles(store, args.title, { limit: 5 });
    const exact = found.ok ? found.value.matches.filter((m) => m.match === 'exact') : [];
    const named = platformsNamed(question);
    const chosen = (named.length === 1 && exact.find((m) => m.platform === named[0])) || exact[0];
    if (chosen) {
      args.title_id = chosen.id;
      delete args.title;
    }
  }
  return { ...expect, args } as CommandRequest;
}

/** The platforms a question names, by the catalog's spellings as whole words. */
function platformsNamed(question: string): Platform[] {
  const text = ` ${question.toLowerCase().replace(/[^a-z0-9+]+/g, ' ')} `;
  const named = new Set<Platform>();
  for (const { alias, platform } of PLATFORM_ALIASES) if (text.includes(` ${alias} `)) named.add(platform);
  return [...named];
}

export function rate(results: StoreCaseResult[], lang: 'en' | 'es'): string {
  const mine = results.filter((r) => r.case.lang === lang);
  const correct = mine.filter((r) => r.ok).length;
  return `${correct}/${mine.length} (${((100 * correct) / Math.max(1, mine.length)).toFixed(1)} %)`;
}
