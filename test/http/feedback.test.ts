/**
 * Feedback on answers over HTTP with the real core and a real SQLite state: an answer carries an id, a 👍
 * then a 👎 from the same conversation leave one vote (the 👎, with what was expected, masked); an unknown
 * id is 404; `/feedback` (admins) and `streambot feedback` sum the votes up.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createBotCore } from '../../src/bot/create-core.ts';
import { SqliteState } from '../../src/state/sqlite-state.ts';
import { scratchDir } from '../setup/scratch.ts';
import { type ApiHarness, quiet, startApi } from './harness.ts';

describe('feedback on answers', () => {
  let dir: string;
  let state: SqliteState;
  let api: ApiHarness;
  beforeAll(async () => {
    dir = scratchDir('feedback');
    state = new SqliteState(join(dir, 'state.db'), { logger: quiet });
    api = await startApi(inject('stores').demo, {}, { state });
  });
  afterAll(async () => {
    await api?.close();
    await state?.close();
  });

  const post = (url: string, payload: object) => api.app.inject({ method: 'POST', url, payload });

  it('keeps one vote per person per answer: a second click changes it', async () => {
    const asked = (await post('/v1/ask', { text: 'top actor on hulu in 2019' })).json();
    const { conversation } = asked;
    const answerId = asked.answer.id;
    expect(answerId).toMatch(/^[\w-]{36}$/);

    const up = await post('/v1/feedback', { answer: answerId, vote: 'up', conversation });
    expect(up.statusCode).toBe(200);
    expect(up.json().answer.headline).toBe('Thanks for the 👍!');
    const down = await post('/v1/feedback', {
      answer: answerId,
      vote: 'down',
      expected: 'the actor with most shows, mail me at ana@example.com',
      conversation,
    });
    expect(down.json().answer.headline).toBe('Thanks, we will look at it.');

    const votes = await state.votes(0, 10);
    expect(votes).toEqual([
      expect.objectContaining({
        answerId,
        vote: 'down',
        expected: 'the actor with most shows, mail me at <email>',
        command: 'get_actor',
        lang: 'en',
        adapter: 'http',
        question: 'top actor on hulu in 2019',
        build: asked.answer.build,
      }),
    ]);
    expect(votes[0]!.voter).not.toContain(conversation);

    const unknown = await post('/v1/feedback', { answer: 'no-such-answer', vote: 'up' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('unknown_answer');
  });

  it('sums the votes up for admins (/feedback) and on the command line; others are refused', async () => {
    const second = (await post('/v1/ask', { text: 'how many movies does hulu have' })).json();
    await post('/v1/feedback', { answer: second.answer.id, vote: 'up', conversation: second.conversation });

    const core = createBotCore({
      store: api.live,
      config: { recommendThreshold: 3.5, admins: ['U_ADMIN'] },
      logger: quiet,
      state,
    });
    const refused = core.ask({ text: 'feedback', conversationId: 'x', userId: 'U_OTHER', via: 'slack' });
    expect(refused.answer).toMatchObject({ kind: 'error', problem: 'forbidden' });
    const report = core.ask({
      text: 'feedback days:1',
      conversationId: 'y',
      userId: 'U_ADMIN',
      via: 'slack',
    });
    const shown = await report.effect!(() => {});
    expect(shown.headline).toBe('2 votes on answers in the last 1 days.');
    expect(shown.table?.rows).toEqual([
      ['get_actor', 'en', '0%', '0', '1'],
      ['get_count_platform', 'en', '100%', '1', '0'],
    ]);
    expect(shown.note).toContain('expected: the actor with most shows');

    const run = spawnSync(process.execPath, ['bin/streambot.js', 'feedback', '--json'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        STREAMBOT_STATE: join(dir, 'state.db'),
        STREAMBOT_LOG_LEVEL: 'silent',
        STREAMBOT_REDIS_URL: '',
      },
    });
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.votes).toBe(2);
    expect(printed.latestDown[0]).toMatchObject({
      command: 'get_actor',
      question: 'top actor on hulu in 2019',
    });
  });
});
