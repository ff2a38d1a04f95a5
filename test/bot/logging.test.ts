/** The core logs each answer with structure, and never what the person typed. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createBotCore } from '../../src/bot/create-core.ts';
import { LiveStore } from '../../src/store/live.ts';

const live = new LiveStore(inject('stores').demo);
afterAll(() => live.close());

describe('logging', () => {
  it('logs the command, outcome and latency of every answer at debug level, without the text', () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const logger = pino({ level: 'debug' }, sink);
    const core = createBotCore({ store: live, config: { recommendThreshold: 3.5, admins: [] }, logger });

    core.ask({
      text: 'how many movies does netflix have, secret-name-123?',
      conversationId: 'c1',
      userId: 'u1',
    });
    core.ask({ text: 'top actor on hulu', conversationId: 'c2', userId: 'u1' });

    const answered = lines.filter((line) => line.event === 'answered');
    expect(answered.map((line) => [line.command, line.kind, line.conversation])).toEqual([
      ['get_count_platform', 'result', 'c1'],
      ['get_actor', 'prompt', 'c2'],
    ]);
    expect(answered.every((line) => typeof line.ms === 'number')).toBe(true);
    expect(JSON.stringify(lines)).not.toContain('secret-name-123');
  });
});
