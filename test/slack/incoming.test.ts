import { describe, expect, it } from 'vitest';
import { scrubSecrets } from '../../src/adapters/slack/bolt-logger.ts';
import { RecentEvents } from '../../src/adapters/slack/dedupe.ts';
import {
  conversationIdOf,
  isDirectMessageChannel,
  questionFromSlackText,
} from '../../src/adapters/slack/incoming.ts';

describe('Slack text → question', () => {
  it.each([
    ['<@U0STREAMBOT> longest movie on netflix', 'longest movie on netflix'],
    ['<@U0STREAMBOT|streambot>   and   on hulu?', 'and on hulu?'],
    ['tom &amp; jerry &lt;3 &gt;', 'tom & jerry <3 >'],
    [
      'see <https://example.org/x|this page> and <https://example.org/y>',
      'see this page and https://example.org/y',
    ],
    ['in <#C0GENERAL|general> <!here> count netflix', 'in #general count netflix'],
    ['', ''],
  ])('%j → %j', (text, question) => {
    expect(questionFromSlackText(text)).toBe(question);
  });

  it('reads a missing text as empty', () => {
    expect(questionFromSlackText(undefined)).toBe('');
  });
});

describe('conversation ids', () => {
  it('separate threads and people, and keep a thread’s follow-ups together', () => {
    const base = { teamId: 'T1', channelId: 'C1', userId: 'U1' };
    const inThread = conversationIdOf({ ...base, threadTs: '1.1' });
    expect(conversationIdOf({ ...base, threadTs: '1.1' })).toBe(inThread);
    expect(conversationIdOf({ ...base, threadTs: '2.2' })).not.toBe(inThread);
    expect(conversationIdOf({ ...base, threadTs: '1.1', userId: 'U2' })).not.toBe(inThread);
    expect(conversationIdOf(base)).not.toBe(inThread);
    expect(conversationIdOf(base)).toMatch(/^slack:/);
  });

  it('tells DM channels from others', () => {
    expect(isDirectMessageChannel('D0123')).toBe(true);
    expect(isDirectMessageChannel('C0123')).toBe(false);
  });
});

describe('RecentEvents', () => {
  it('accepts an event id once, and again only after it expired', () => {
    let now = 0;
    const recent = new RecentEvents(1000, 100, () => now);
    expect(recent.firstTime('Ev1')).toBe(true);
    expect(recent.firstTime('Ev1')).toBe(false);
    expect(recent.firstTime('Ev2')).toBe(true);
    now = 1500;
    expect(recent.firstTime('Ev1')).toBe(true);
  });

  it('stays bounded, forgetting the oldest first', () => {
    const recent = new RecentEvents(60_000, 3, () => 0);
    for (const id of ['a', 'b', 'c', 'd']) expect(recent.firstTime(id)).toBe(true);
    expect(recent.firstTime('a')).toBe(true);
    expect(recent.firstTime('d')).toBe(false);
  });
});

describe('log scrubbing', () => {
  it('removes Slack tokens and token fields from free-text log lines', () => {
    const line = scrubSecrets(
      'POST chat.postMessage Bearer xoxb-123-456-abc {"token":"verif123","text":"hi"} token=legacy&x=1 xapp-1-A1-2-ff',
    );
    expect(line).not.toMatch(/xoxb-123|verif123|legacy|xapp-1/);
    expect(line).toContain('"text":"hi"');
    expect(line).toContain('x=1');
  });
});
