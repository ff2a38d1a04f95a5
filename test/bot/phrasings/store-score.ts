/**
 * Scores phrasing sets through the whole core on a store: parse, entity linking and title
 * resolution, so an expected title is compared as the id a person would get. Expected titles given
 * as text resolve by the catalog's rule (the exact title, most-rated first).
 */
import { readFileSync } from 'node:fs';
import type { CommandRequest } from '../../../src/bot/command.ts';
import type { StreambotCore } from '../../../src/bot/create-core.ts';
import { findTitles } from '../../../src/catalog/index.ts';
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
    const want = canonical(expectedOnStore(store, c.expect));
    const got = canonical(reply.command);
    return {
      case: c,
      got: reply.command,
      want,
      locale: reply.answer.locale,
      ok: got === want && reply.answer.locale === c.lang,
    };
  });
}

/** The expected request with a title given as text resolved as the catalog resolves it. */
function expectedOnStore(store: Store, expect: ExpectedRequest): CommandRequest {
  const args = { ...expect.args } as CommandRequest['args'];
  if (args.title !== undefined) {
    const found = findTitles(store, args.title, { limit: 5 });
    const exact = found.ok ? found.value.matches.filter((m) => m.match === 'exact') : [];
    if (exact[0]) {
      args.title_id = exact[0].id;
      delete args.title;
    }
  }
  return { ...expect, args } as CommandRequest;
}

export function rate(results: StoreCaseResult[], lang: 'en' | 'es'): string {
  const mine = results.filter((r) => r.case.lang === lang);
  const correct = mine.filter((r) => r.ok).length;
  return `${correct}/${mine.length} (${((100 * correct) / Math.max(1, mine.length)).toFixed(1)} %)`;
}
