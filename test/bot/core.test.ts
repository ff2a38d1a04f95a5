/** The bot core end to end on the demo store: question → Command → catalog/recommender → Answer. */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { formatCount } from '../../src/bot/format.ts';
import { commandFromOptions } from '../../src/bot/slash.ts';
import {
  findTitles,
  getActor,
  getCountPlatform,
  getMaxDuration,
  getScoreCount,
} from '../../src/catalog/index.ts';
import { servingModel } from '../../src/recommender/serving.ts';
import { readBuildInfo } from '../../src/store/build-info.ts';
import { conversation, coreOn } from './helpers.ts';

const { demo } = inject('stores');
const { core, live } = coreOn(demo, ['admin-1']);
const store = live.current();
afterAll(() => live.close());

const ask = (text: string, conversationId = `c-${Math.random()}`) =>
  core.ask({ text, conversationId, userId: 'tester' });

describe('the four catalog questions', () => {
  it('counts a platform’s movies exactly as the catalog does', () => {
    const expected = getCountPlatform(store, { platform: 'netflix' });
    if (!expected.ok) throw new Error(expected.error.message);
    const reply = ask('how many movies does netflix have');
    expect(reply.command).toEqual({ name: 'get_count_platform', args: { platform: 'netflix' } });
    expect(reply.answer.kind).toBe('result');
    expect(reply.answer.headline).toContain(formatCount(expected.value.movies, 'en'));
    expect(reply.answer.build).toBe(readBuildInfo(store.sqlite)!.buildId);
  });

  it('answers in Spanish when asked in Spanish', () => {
    const expected = getCountPlatform(store, { platform: 'hulu' });
    if (!expected.ok) throw new Error(expected.error.message);
    const reply = ask('¿cuántas películas tiene hulu?');
    expect(reply.answer.locale).toBe('es');
    expect(reply.answer.headline).toBe(
      `Hulu tiene ${formatCount(expected.value.movies, 'es')} películas (y ${formatCount(expected.value.tvShows, 'es')} series).`,
    );
  });

  it('leads with the TV-show count when asked about shows, the movie count as context', () => {
    const expected = getCountPlatform(store, { platform: 'netflix' });
    if (!expected.ok) throw new Error(expected.error.message);
    const { movies, tvShows } = expected.value;
    const [reply, followUp] = conversation(
      core,
      ['how many tv shows does netflix have', 'and on hulu?'],
      'shows-en',
    );
    expect(reply!.command).toEqual({
      name: 'get_count_platform',
      args: { platform: 'netflix', type: 'tv show' },
    });
    expect(reply!.answer.kind).toBe('result');
    expect(reply!.answer.headline).toBe(
      `Netflix has ${formatCount(tvShows, 'en')} TV shows (and ${formatCount(movies, 'en')} movies).`,
    );
    expect(followUp!.command).toEqual({
      name: 'get_count_platform',
      args: { platform: 'hulu', type: 'tv show' },
    });
    expect(followUp!.answer.headline).toMatch(/^Hulu has [\d,]+ TV shows? \(and [\d,]+ movies?\)\.$/);
    const es = ask('¿cuántas series tiene netflix?');
    expect(es.answer.headline).toBe(
      `Netflix tiene ${formatCount(tvShows, 'es')} series (y ${formatCount(movies, 'es')} películas).`,
    );
    const slash = core.ask({
      command: commandFromOptions('count', { platform: 'netflix', type: 'tv show' }),
      conversationId: 'shows-slash',
      userId: 'tester',
    });
    expect(slash.answer.headline).toBe(reply!.answer.headline);
  });

  it('names the longest title with its length written for people', () => {
    const expected = getMaxDuration(store, { platform: 'netflix', durationType: 'min' });
    if (!expected.ok || expected.value.outcome !== 'found')
      throw new Error('demo store has no netflix movies');
    const reply = ask('longest movie on netflix');
    expect(reply.answer.fields.find((f) => f.label === 'Title')?.value).toContain(expected.value.title.id);
    expect(reply.answer.headline).toMatch(/— (\d+h( \d+m)?|\d+m)\.$/);
    const shows = ask('longest show by seasons on netflix');
    expect(shows.command.args.duration_type).toBe('season');
    expect(shows.answer.headline).toMatch(/\d+ seasons?\.$/);
  });

  it('counts movies scored above a threshold, with the best of them', () => {
    const year = (
      store.sqlite
        .prepare(
          "SELECT release_year FROM titles WHERE platform='netflix' AND type='movie' GROUP BY release_year ORDER BY count(*) DESC LIMIT 1",
        )
        .get() as { release_year: number }
    ).release_year;
    const expected = getScoreCount(store, { platform: 'netflix', scored: 3, year });
    if (!expected.ok) throw new Error(expected.error.message);
    const reply = ask(`how many netflix movies from ${year} scored above 3`);
    expect(reply.command).toEqual({
      name: 'get_score_count',
      args: { platform: 'netflix', scored: 3, year },
    });
    if (expected.value.count === 0) expect(reply.answer.kind).toBe('empty');
    else {
      expect(reply.answer.headline).toMatch(
        new RegExp(`^${formatCount(expected.value.count, 'en')} Netflix movies?`),
      );
      expect(reply.answer.table?.rows.length).toBe(expected.value.best.length);
      expect(reply.answer.table?.rows[0]?.[1]).toMatch(/^\d\.\d\d ★$/);
    }
  });

  it('explains an empty result instead of naming nobody', () => {
    const expected = getActor(store, { platform: 'hulu', year: 2019 });
    if (!expected.ok) throw new Error(expected.error.message);
    const reply = ask('top actor on hulu in 2019');
    expect(reply.answer.kind).toBe(expected.value.outcome === 'found' ? 'result' : 'empty');
    expect(reply.answer.headline).toContain('Hulu');
  });
});

describe('conversations', () => {
  it('follow-ups change one thing of the previous question', () => {
    const [, second, third] = conversation(
      core,
      ['longest movie on netflix in 2020', 'and on hulu?', 'what about 2019?'],
      'f1',
    );
    expect(second!.command).toEqual({
      name: 'get_max_duration',
      args: { duration_type: 'min', platform: 'hulu', year: 2020 },
    });
    expect(third!.command).toEqual({
      name: 'get_max_duration',
      args: { duration_type: 'min', platform: 'hulu', year: 2019 },
    });
  });

  it('keeps conversations apart', () => {
    conversation(core, ['longest movie on netflix in 2020'], 'a');
    const other = conversation(core, ['and on hulu?'], 'b')[0]!;
    expect(other.command.name).toBe('unknown');
  });

  it('asks for what is missing, with an example, and takes the answer as a follow-up', () => {
    const [prompt, filled] = conversation(core, ['top actor on netflix', '2019'], 'm1');
    expect(prompt!.answer.kind).toBe('prompt');
    expect(prompt!.answer.headline).toBe('Which year? e.g. “top actor on netflix in 2019”');
    expect(prompt!.command.missing).toEqual(['year']);
    expect(filled!.command).toEqual({ name: 'get_actor', args: { platform: 'netflix', year: 2019 } });
    const [es] = conversation(core, ['¿qué actor aparece más en 2019?'], 'm2');
    expect(es!.answer.headline).toBe(
      '¿Qué plataforma: Netflix, Hulu, Disney+ o Amazon Prime? p. ej. “¿qué actor aparece más en netflix en 2019?”',
    );
  });
});

describe('bad input', () => {
  it('answers garbage with a short help and examples', () => {
    const reply = ask('qwertyuiop asdf');
    expect(reply.command).toEqual({ name: 'unknown', args: { text: 'qwertyuiop asdf' } });
    expect(reply.answer.kind).toBe('info');
    expect(reply.answer.suggestions?.length).toBeGreaterThanOrEqual(3);
  });

  it('says which value is out of range', () => {
    expect(ask('how many netflix movies from 2020 scored above 7').answer).toMatchObject({
      kind: 'error',
      headline: 'The score threshold must be a number from 0 to 5, not 7.',
    });
    expect(ask('longest movie on netflix in 1850').answer.headline).toBe(
      'The year must be a whole number from 1900 to 2026, not 1850.',
    );
    expect(ask('¿cuántas películas de netflix de 2020 tienen más de 9?').answer.headline).toBe(
      'El umbral de nota debe ser un número entre 0 y 5, no 9.',
    );
  });

  it('answers recommender and catalog errors in the language of the question', () => {
    for (const question of ['¿le gustaría al usuario 5 ns99999999?', 'películas parecidas a ns99999']) {
      const reply = ask(question);
      expect(reply.answer).toMatchObject({ kind: 'error', locale: 'es' });
      expect(reply.answer.headline).toContain('No encuentro ningún título que coincida con “ns99999');
    }
    expect(ask('movies like ns99999').answer.headline).toContain('No title matches “ns99999”');
  });

  it('names a platform it does not know instead of answering for every platform', () => {
    const reply = ask('longest movie on hbo in 2020');
    expect(reply.answer.kind).toBe('error');
    expect(reply.answer.headline).toBe(
      '“hbo” is not a platform I know: Netflix, Hulu, Disney+ or Amazon Prime Video.',
    );
    const [, followUp] = conversation(core, ['top actor on netflix in 2019', 'and on max?'], 'hbo');
    expect(followUp!.answer.headline).toContain('“max” is not a platform I know');
    const es = ask('¿cuántas películas tiene hbo max?');
    expect(es.answer).toMatchObject({ kind: 'error', locale: 'es' });
    expect(es.answer.headline).toBe(
      '“hbo max” no es una plataforma que conozca: Netflix, Hulu, Disney+ o Amazon Prime Video.',
    );
  });

  it('says when no title matches', () => {
    const reply = ask('tell me about zzqxv wqzzv');
    expect(reply.answer.kind).toBe('error');
    expect(reply.answer.headline).toContain('No title matches “zzqxv wqzzv”');
  });
});

describe('titles', () => {
  const sample = store.sqlite
    .prepare(
      "SELECT id, title FROM titles WHERE platform = 'netflix' AND title NOT LIKE '%,%' ORDER BY id LIMIT 1",
    )
    .get() as { id: string; title: string };

  it('resolves a title named by text to its id', () => {
    const reply = ask(`tell me about ${sample.title}`);
    expect(reply.command.name).toBe('title_info');
    const resolved = reply.command.args.title_id!;
    const found = findTitles(store, resolved);
    expect(found.ok && found.value.matches[0]?.title).toBe(sample.title);
    expect(reply.answer.headline).toContain(`(${resolved})`);
  });

  it('completes titles as they are typed', () => {
    const choices = core.completeTitles(sample.title.slice(0, 4));
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) expect(choice.label.length).toBeLessThanOrEqual(100);
    expect(core.completeTitles('')).toEqual([]);
  });
});

describe('slash commands', () => {
  it('answer exactly like the same question in words', () => {
    const slash = core.ask({
      command: commandFromOptions('count', { platform: 'hulu' }),
      conversationId: 's1',
      userId: 'u',
    });
    expect(slash.answer).toEqual(ask('how many movies does hulu have').answer);
    const viaAsk = core.ask({
      command: commandFromOptions('ask', { question: 'how many movies does hulu have' }),
      conversationId: 's2',
      userId: 'u',
    });
    expect(viaAsk.command).toEqual(slash.command);
  });

  it('answer in the asker’s locale', () => {
    const reply = core.ask({
      command: commandFromOptions('count', { platform: 'hulu' }),
      conversationId: 's3',
      userId: 'u',
      locale: 'es',
    });
    expect(reply.answer.locale).toBe('es');
    expect(reply.answer.headline).toMatch(/^Hulu tiene/);
  });
});

describe('help, status, refresh and recommendations', () => {
  it('help lists the commands from commands/ and shows refresh only to admins', () => {
    const help = core.ask({ text: 'help', conversationId: 'h', userId: 'tester' }).answer;
    expect(help.fields.map((f) => f.label)).toContain('/scored');
    expect(help.fields.map((f) => f.label)).not.toContain('/refresh');
    const adminHelp = core.ask({ text: 'help', conversationId: 'h', userId: 'admin-1' }).answer;
    expect(adminHelp.fields.map((f) => f.label)).toContain('/refresh');
  });

  it('status names the data build', () => {
    const reply = ask('status');
    expect(reply.answer.headline).toBe(
      `Streambot is serving data build ${readBuildInfo(store.sqlite)!.buildId}.`,
    );
  });

  it('refuses a refresh to anyone but an admin', () => {
    expect(core.ask({ text: 'refresh the data', conversationId: 'r', userId: 'tester' }).answer.kind).toBe(
      'error',
    );
    expect(core.ask({ text: 'refresh the data', conversationId: 'r', userId: 'admin-1' }).answer.kind).toBe(
      'info',
    );
  });

  it('gives a verdict when a model is trained, and says so when not', () => {
    const sample = store.sqlite.prepare('SELECT user_id, title_id FROM ratings LIMIT 1').get() as {
      user_id: number;
      title_id: string;
    };
    const reply = ask(`would user ${sample.user_id} like ${sample.title_id}?`);
    expect(reply.command).toEqual({
      name: 'recommend',
      args: { user_id: sample.user_id, title_id: sample.title_id },
    });
    if (servingModel(store)) {
      expect(reply.answer.kind).toBe('result');
      expect(reply.answer.headline).toMatch(/^(Yes|No): user \d+/);
    } else {
      expect(reply.answer.kind).toBe('error');
      expect(reply.answer.headline).toContain('streambot train');
    }
  });
});
