/**
 * Browsing in chat (issue 12): questions become `list_titles` / `count_titles`, answers show the
 * catalog's own results a page at a time, follow-ups refine a list, and nothing matching says why.
 * Runs on the demo store, whose people and genres are read from the store itself.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageToken, readPageToken } from '../../src/adapters/paging.ts';
import type { StreambotCore } from '../../src/bot/create-core.ts';
import { parseQuestion } from '../../src/bot/nl/parse.ts';
import { commandFromOptions } from '../../src/bot/slash.ts';
import { countTitles, listTitles } from '../../src/catalog/browse.ts';
import type { LiveStore } from '../../src/store/live.ts';
import { conversation, coreOn } from './helpers.ts';

const { demo } = inject('stores');

describe('browse questions', () => {
  it('reads the issue’s examples as the contract says', () => {
    const read = (q: string) => parseQuestion(q, { now: new Date('2025-06-01') }).request;
    expect(read('top 5 longest movies on netflix')).toEqual({
      name: 'list_titles',
      args: { platform: 'netflix', type: 'movie', sort: 'duration', order: 'desc', limit: 5 },
    });
    expect(read('comedias de netflix de los 90')).toEqual({
      name: 'list_titles',
      args: { platform: 'netflix', genre: 'comedy', year_from: 1990, year_to: 1999 },
    });
    expect(read('las 3 series con más temporadas de hulu')).toEqual({
      name: 'list_titles',
      args: { platform: 'hulu', type: 'tv show', sort: 'duration', order: 'desc', limit: 3 },
    });
    expect(read('which platform has the most documentaries')).toEqual({
      name: 'count_titles',
      args: { genre: 'documentary', group_by: 'platform' },
    });
    expect(read('how many horror movies on hulu since 2018')).toEqual({
      name: 'count_titles',
      args: { platform: 'hulu', type: 'movie', genre: 'horror', year_from: 2018 },
    });
    expect(read('netflix shows with more than 3 seasons, oldest first').args).toMatchObject({
      min_seasons: 4,
      sort: 'year',
      order: 'asc',
    });
    expect(read('movies under 90 minutes rated above 4').args).toMatchObject({
      max_minutes: 89,
      min_score: 4,
    });
    expect(read('shorter than 2 hours').name).not.toBe('list_titles');
  });

  it('keeps the client’s four questions as they were', () => {
    const read = (q: string) => parseQuestion(q, { now: new Date('2025-06-01') }).request.name;
    expect(read('longest movie on netflix 2020')).toBe('get_max_duration');
    expect(read('how many movies does hulu have')).toBe('get_count_platform');
    expect(read('how many netflix movies from 2020 scored above 3.5')).toBe('get_score_count');
    expect(read('top actor on netflix in 2019')).toBe('get_actor');
  });

  it('reads slash options through the same definitions, refusing values outside them', () => {
    expect(
      commandFromOptions('titles', { genre: 'Comedia', year_from: 1990, year_to: '1999', sort: 'score' }),
    ).toEqual({
      name: 'list_titles',
      args: { genre: 'comedy', year_from: 1990, year_to: 1999, sort: 'score' },
    });
    expect(commandFromOptions('howmany', { group_by: 'planet' }).invalid).toEqual([
      { arg: 'group_by', value: 'planet' },
    ]);
    expect(commandFromOptions('titles', { genre: 'polka' }).invalid?.[0]?.arg).toBe('genre');
  });

  it('round-trips a page token and refuses forged ones', () => {
    const request = {
      name: 'list_titles' as const,
      args: {
        platform: 'netflix' as const,
        cast: 'ricardo darín',
        sort: 'year' as const,
        limit: 5,
        offset: 10,
      },
    };
    expect(readPageToken(pageToken('123456789012345678', request))).toEqual({
      askerId: '123456789012345678',
      request,
    });
    for (const forged of ['pg:1:p=hbo', 'pg:1:of=-3', 'pg:1:zz=1', 'pg:1:l=500', 'nonsense', 'pg::']) {
      expect(readPageToken(forged), forged).toBeUndefined();
    }
  });
});

describe('browse answers on the demo store', () => {
  let core: StreambotCore;
  let live: LiveStore;
  let person: string;

  beforeAll(() => {
    ({ core, live } = coreOn(demo));
    person = (
      live
        .current()
        .sqlite.prepare('SELECT actor FROM title_cast GROUP BY actor ORDER BY count(*) DESC, actor LIMIT 1')
        .get() as { actor: string }
    ).actor;
  });
  afterAll(() => live.close());

  it('lists exactly what the catalog lists, with the total, and pages on with "next page" and "más"', () => {
    const [first, second] = conversation(core, ['top 5 longest movies on netflix', 'next page'], 'pages');
    const args = { platform: 'netflix', type: 'movie', sort: 'duration', order: 'desc', limit: 5 } as const;
    const page1 = listTitles(live.current(), args);
    const page2 = listTitles(live.current(), { ...args, offset: 5 });
    if (!page1.ok || !page2.ok) throw new Error('list failed');
    expect(first!.answer.table?.rows.map((r) => r.at(-1))).toEqual(page1.value.titles.map((t) => t.id));
    expect(first!.answer.headline).toContain(`5 of ${page1.value.total.toLocaleString('en-US')}`);
    expect(second!.answer.table?.rows.map((r) => r.at(-1))).toEqual(page2.value.titles.map((t) => t.id));
    expect(second!.answer.paging?.previous?.args).toEqual(args);

    const spanish = conversation(core, ['las 3 películas más largas de netflix', 'más'], 'más');
    expect(spanish[1]!.command.args.offset).toBe(3);
    expect(spanish[1]!.answer.locale).toBe('es');
  });

  it('refines a list with follow-ups: another platform, only movies, a year', () => {
    const replies = conversation(
      core,
      ['comedies on netflix', 'and on hulu?', 'only movies', 'from 2019'],
      'refine',
    );
    expect(replies.map((r) => r.command.args)).toEqual([
      { platform: 'netflix', genre: 'comedy' },
      { platform: 'hulu', genre: 'comedy' },
      { platform: 'hulu', genre: 'comedy', type: 'movie' },
      { platform: 'hulu', genre: 'comedy', type: 'movie', year: 2019 },
    ]);
  });

  it('finds people through the catalog, forgiving a typo, and says who it understood', () => {
    const typo = person.replace(/(\w)(\w)(?=\w*$)/, '$2$1');
    for (const q of [`movies with ${person}`, `titles with ${typo}`]) {
      const reply = core.ask({ text: q, conversationId: q, userId: 'tester' });
      expect(reply.command.args.cast, q).toBe(person);
      const counted = countTitles(live.current(), reply.command.args);
      if (!counted.ok) throw new Error('count failed');
      expect(reply.answer.headline).toContain(counted.value.total.toLocaleString('en-US'));
      expect(reply.answer.fields.some((f) => f.value.toLowerCase() === person)).toBe(true);
    }
  });

  it('counts by platform from the catalog', () => {
    const reply = core.ask({
      text: 'which platform has the most comedies',
      conversationId: 'c',
      userId: 't',
    });
    const counted = countTitles(live.current(), { genre: 'comedy', group_by: 'platform' });
    if (!counted.ok) throw new Error('count failed');
    expect(reply.answer.table?.rows.map((r) => r[1])).toEqual(
      counted.value.groups.map((g) => g.count.toLocaleString('en-US')),
    );
  });

  it('says why nothing matches and suggests the nearest filter that has results', () => {
    const nobody = core.ask({
      command: commandFromOptions('titles', { cast: 'nobody at all' }),
      conversationId: 'n',
      userId: 't',
    });
    expect(nobody.answer.kind).toBe('empty');
    expect(nobody.answer.headline).toMatch(/No one called “Nobody at All”/);

    const hulu = core.ask({
      command: commandFromOptions('titles', { cast: person, platform: 'hulu' }),
      conversationId: 'h',
      userId: 't',
    });
    expect(hulu.answer.headline).toMatch(/Hulu’s catalog lists no cast/);
    const anywhere = countTitles(live.current(), { cast: person });
    if (!anywhere.ok) throw new Error('count failed');
    expect(hulu.answer.suggestions?.[0]).toContain(`: ${anywhere.value.total}.`);
  });
});
