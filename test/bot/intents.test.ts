/** The command modules: every command has one, the strongest evidence wins, equal evidence asks which. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMMANDS, commandModule } from '../../commands/index.ts';
import type { CommandName } from '../../src/bot/command.ts';
import type { StreambotCore } from '../../src/bot/create-core.ts';
import { EXAMPLE_COMMANDS } from '../../src/bot/examples.ts';
import { parseQuestion } from '../../src/bot/nl/parse.ts';
import type { LiveStore } from '../../src/store/live.ts';
import { coreOn } from './helpers.ts';

const ANSWERED: CommandName[] = [...EXAMPLE_COMMANDS, 'help', 'status', 'refresh', 'link_user', 'whoami'];

describe('command modules', () => {
  it('gives every command one module that reads questions and answers them', () => {
    for (const name of ANSWERED) {
      const module = commandModule(name);
      expect(module?.understand, name).toBeTypeOf('function');
      expect(module?.answer, name).toBeTypeOf('function');
    }
    // `misses` and `feedback` are asked by name only and answered from the state service by the core (an effect).
    expect(
      COMMANDS.filter((c) => c.command !== 'ask' && c.command !== 'misses' && c.command !== 'feedback')
        .map((c) => c.command)
        .sort(),
    ).toEqual([...ANSWERED].sort());
  });

  it('lets the values decide between catalog questions that share a cue', () => {
    expect(parseQuestion('how many netflix movies from 2020 scored above 3.5').request).toEqual({
      name: 'get_score_count',
      args: { platform: 'netflix', scored: 3.5, year: 2020 },
    });
    expect(parseQuestion('how many movies does netflix have').request).toEqual({
      name: 'get_count_platform',
      args: { platform: 'netflix' },
    });
    expect(parseQuestion('hulu show with the highest number of seasons').request.name).toBe(
      'get_max_duration',
    );
  });

  it('marks two commands with equal evidence as alternatives', () => {
    const { request } = parseQuestion('longest actor on netflix 2019');
    expect([request.name, ...(request.alternatives ?? []).map((a) => a.name)].sort()).toEqual([
      'get_actor',
      'get_max_duration',
    ]);
  });

  it('takes no apostrophe or scare quotes for a quoted title', () => {
    expect(
      parseQuestion("how many kids' movies does netflix have? my sons' friends love them").request,
    ).toEqual({
      name: 'count_titles',
      args: { platform: 'netflix', type: 'movie', genre: 'kids' },
    });
    expect(parseQuestion("show me 'good' movies on netflix").request.name).toBe('list_titles');
    expect(parseQuestion("what genre is 'you', the netflix series").request).toMatchObject({
      name: 'title_info',
      args: { title: 'you' },
    });
  });

  it('reads the one sentence of a chatty message that asks something, when the whole message fails', () => {
    const chatty =
      'ok so my friend claims disney barely has anything decent, like nothing good from 2017. settle this for us: how many disney plus movies from 2017 scored above 3.7? loser buys pizza 🍕';
    expect(parseQuestion(chatty).request).toEqual({
      name: 'get_score_count',
      args: { platform: 'disney', scored: 3.7, year: 2017 },
    });
    const spanish = '¿Me podrías decir cuántas series tiene Disney+? Estoy pensando en suscribirme.';
    expect(parseQuestion(spanish)).toMatchObject({
      request: { name: 'get_count_platform', args: { platform: 'disney', type: 'tv show' } },
      locale: 'es',
    });
    // A message understood as a whole keeps its reading, a missing value and an unknown title included.
    expect(
      parseQuestion("would user 5 like oppenheimer? my sister says it's the best movie of 2023.").request,
    ).toEqual({ name: 'recommend', args: { user_id: 5, title: 'oppenheimer' } });
    expect(parseQuestion('what should I binge on disney plus? series only').request).toMatchObject({
      name: 'recommend_for_user',
      missing: ['user_id'],
    });
  });
});

describe('a clarifying choice', () => {
  let core: StreambotCore;
  let live: LiveStore;
  beforeAll(() => {
    ({ core, live } = coreOn(inject('stores').demo));
  });
  afterAll(() => live.close());

  it('asks which was meant, with a question to try for each', () => {
    const en = core.ask({ text: 'longest actor on netflix 2019', conversationId: 'c1', userId: 'u' });
    expect(en.answer.kind).toBe('prompt');
    expect(en.answer.headline).toBe('Which did you mean? Try one of these:');
    expect(en.answer.suggestions).toEqual([
      'longest movie on netflix in 2019',
      'top actor on netflix in 2019',
    ]);
    const es = core.ask({ text: 'actor más largo de netflix en 2019', conversationId: 'c2', userId: 'u' });
    expect(es.answer.locale).toBe('es');
    expect(es.answer.kind).toBe('prompt');
    expect(es.answer.suggestions).toHaveLength(2);
  });
});
