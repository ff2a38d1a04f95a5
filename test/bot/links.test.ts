/**
 * People linking themselves to a ratings user ("I am user 42", /iam), through the real core on the demo
 * store: first-person questions then use the link, only the person can change it, and it can be forgotten.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { commandFromOptions } from '../../src/bot/slash.ts';
import { coreOn } from './helpers.ts';

const { core, live } = coreOn(inject('stores').demo);
afterAll(() => live.close());

const ask = (text: string, userId: string, via: 'discord' | 'slack' = 'discord') =>
  core.ask({ text, conversationId: `${via}:${userId}`, userId, via });

function busiestUser(): { user_id: number; rating_count: number } {
  return live
    .current()
    .sqlite.prepare('SELECT user_id, rating_count FROM model_users ORDER BY rating_count DESC LIMIT 1')
    .get() as { user_id: number; rating_count: number };
}

describe('linking a person to a ratings user', () => {
  it('uses the link for first-person questions, in English and Spanish', () => {
    const { user_id: user, rating_count: ratings } = busiestUser();
    const linked = ask(`I am user ${user}`, 'ana');
    expect(linked.command).toEqual({ name: 'link_user', args: { user_id: user } });
    expect(linked.answer.headline).toContain(`you are user ${user}`);

    const picks = ask('what should I watch on netflix?', 'ana');
    expect(picks.command).toMatchObject({
      name: 'recommend_for_user',
      args: { user_id: user, platform: 'netflix' },
    });
    expect(picks.answer.kind).toBe('result');
    expect(ask('would I like bird box?', 'ana').command).toMatchObject({
      name: 'recommend',
      args: { user_id: user },
    });
    expect(ask('who am I?', 'ana').answer.headline).toBe(
      `You are user ${user} (${ratings.toLocaleString('en-US')} ratings).`,
    );

    expect(ask('soy el usuario 7', 'bea').answer.headline).toContain('eres el usuario 7');
    expect(ask('¿qué me recomiendas?', 'bea').command).toMatchObject({
      name: 'recommend_for_user',
      args: { user_id: 7 },
    });
  });

  it('asks an unlinked person for the id once, saying how to be remembered', () => {
    const reply = ask('what should I watch?', 'carl');
    expect(reply.answer.kind).toBe('prompt');
    expect(reply.answer.headline).toContain('I am user 42');
    expect(ask('who am I?', 'carl').answer.headline).toContain('tell me “I am user 42”');
  });

  it('is each person’s own: another person cannot forget it, the person can', () => {
    ask('I am user 12', 'dora');
    expect(ask('forget me', 'eli').answer.headline).toContain('nothing to forget');
    expect(ask('what should I watch?', 'dora').command.args.user_id).toBe(12);
    // The same chat id on another platform is another person.
    expect(ask('what should I watch?', 'dora', 'slack').command.missing).toEqual(['user_id']);
    expect(ask('forget me', 'dora').answer.headline).toContain('I forgot who you are');
    expect(ask('what should I watch?', 'dora').command.missing).toEqual(['user_id']);
  });

  it('takes /iam user:N and /iam clear:yes, and accepts an id the ratings have not seen, saying so', () => {
    const slash = (options: Record<string, string | number>) =>
      core.ask({
        command: commandFromOptions('iam', options),
        conversationId: 'c',
        userId: 'finn',
        via: 'discord',
      });
    const unseen = slash({ user: 999_999_999 });
    expect(unseen.answer.headline).toContain('you are user 999999999');
    expect(unseen.answer.note).toContain('popular ones');
    expect(
      core.ask({
        command: commandFromOptions('whoami', {}),
        conversationId: 'c',
        userId: 'finn',
        via: 'discord',
      }).answer.headline,
    ).toBe('You are user 999999999.');
    expect(slash({ clear: 'yes' }).answer.headline).toContain('I forgot');
  });
});
