/** The core on the client's full dataset (skipped unless STREAMBOT_RAW_DIR is set). */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { renderText } from '../../src/adapters/render/text.ts';
import type { StreambotCore } from '../../src/bot/create-core.ts';
import { formatCount } from '../../src/bot/format.ts';
import { getCountPlatform, getMaxDuration } from '../../src/catalog/index.ts';
import { recommendFor } from '../../src/recommender/recommend.ts';
import type { LiveStore } from '../../src/store/live.ts';
import type { Store } from '../../src/store/open.ts';
import { conversation, coreOn } from './helpers.ts';

const { real } = inject('stores');

describe.skipIf(real === null)('the bot on the real data', () => {
  let core: StreambotCore;
  let live: LiveStore;
  let store: Store;
  beforeAll(() => {
    ({ core, live } = coreOn(real!));
    store = live.current();
  });
  afterAll(() => live.close());
  const ask = (text: string) => core.ask({ text, conversationId: `r-${text}`, userId: 'tester' });

  it('answers the issue’s example questions with the catalog’s numbers', () => {
    const amazon = getCountPlatform(store, { platform: 'amazon' });
    if (!amazon.ok) throw new Error(amazon.error.message);
    expect(ask('how many movies does amazon prime have').answer.headline).toBe(
      `Amazon Prime Video has ${formatCount(amazon.value.movies, 'en')} movies (and ${formatCount(amazon.value.tvShows, 'en')} TV shows).`,
    );
    const longest = getMaxDuration(store, { platform: 'netflix', year: 2020, durationType: 'min' });
    if (!longest.ok || longest.value.outcome !== 'found') throw new Error('no longest netflix movie of 2020');
    const es = ask('película más larga de netflix en 2020');
    expect(es.answer.locale).toBe('es');
    expect(es.answer.headline).toMatch(
      /^La película más larga de Netflix de 2020 es “.+”: \d+ h( \d+ min)?\.$/,
    );
    expect(es.answer.fields[0]!.value).toContain(longest.value.title.id);
  });

  it('says Hulu lists no cast rather than naming nobody', () => {
    const reply = ask('most frequent actor on hulu in 2019');
    expect(reply.answer.kind).toBe('empty');
    expect(reply.answer.headline).toBe(
      'Hulu’s catalog lists no cast for its titles, so there is no top actor to name.',
    );
  });

  it('resolves a famous title named by text', () => {
    const reply = ask('movies like stranger things');
    const id = reply.command.args.title_id;
    const row = store.sqlite.prepare('SELECT title, platform FROM titles WHERE id = ?').get(id) as {
      title: string;
      platform: string;
    };
    expect(row).toEqual({ title: 'stranger things', platform: 'netflix' });
  });

  it('follows a conversation in Spanish and keeps replies short', () => {
    const replies = conversation(
      core,
      ['¿qué actor aparece más en amazon en 2014?', '¿y en 2018?', '¿y en disney?'],
      'es-real',
    );
    expect(replies.map((r) => r.command.args)).toEqual([
      { platform: 'amazon', year: 2014 },
      { platform: 'amazon', year: 2018 },
      { platform: 'disney', year: 2018 },
    ]);
    for (const reply of replies) {
      expect(reply.answer.locale).toBe('es');
      expect(renderText(reply.answer).length).toBeLessThan(2000);
    }
  });

  it('says when the model predicts a user’s top picks alike, and not when it does not', () => {
    for (const userId of [42, 7, 1]) {
      const picks = recommendFor(store, userId, { limit: 10, threshold: 3.5 });
      if (!picks.ok) throw new Error(picks.error.message);
      const estimates = picks.value.titles.map((t) => t.estimate);
      const alike = Math.max(...estimates) - Math.min(...estimates) < 0.01;
      const { answer } = ask(`recommend something for user ${userId}`);
      expect(answer.table?.rows).toHaveLength(estimates.length);
      expect(
        answer.note?.includes('ordered by how much they are like the titles this user rated highest'),
      ).toBe(alike);
    }
  });
});
