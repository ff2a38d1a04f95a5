/**
 * What every state backend must do, as one suite run against each (test/state/state.test.ts).
 *
 * Expiry is checked one way only: an entry with a short ttl (150 ms) is gone after a longer sleep,
 * while entries that must still be there were given minutes. Nothing asserts how fast anything is.
 */
import { afterEach, expect, it } from 'vitest';
import { type AuditEntry, personKey, type StateStore } from '../../src/state/state.ts';
import { eventually, sleep } from './wait.ts';

export interface StateBackend {
  /** Whether `setLink` reports a link as saved (false: the memory backend keeps nothing). */
  savesLinks: boolean;
  /**
   * A fresh, empty space; each `instance()` of it is one more instance sharing its data, as another
   * process (or machine) would. The memory backend returns the same instance every time.
   */
  space(): { instance(): Promise<StateStore> };
}

const SHORT_MS = 150;
const PAST_SHORT_MS = 350;
const LONG_MS = 10 * 60_000;

export function defineStateContract(backend: () => StateBackend): void {
  const opened: StateStore[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((state) => state.close()));
  });

  /** Two instances over one fresh space (one and the same for the memory backend). */
  async function twoInstances(): Promise<[StateStore, StateStore]> {
    const space = backend().space();
    const first = await space.instance();
    opened.push(first);
    const second = await space.instance();
    opened.push(second);
    return [first, second];
  }

  it('links: set, read from another instance, overwrite, delete', async () => {
    const [state, other] = await twoInstances();
    const ana = personKey.slack('T1', 'U_ANA');
    const bo = personKey.discord('42');

    expect(await state.getLink(ana)).toBeUndefined();
    expect(await state.setLink(ana, 7)).toEqual({ saved: backend().savesLinks });
    await state.setLink(bo, 8);
    expect(await other.getLink(ana)).toBe(7);

    await other.setLink(ana, 9);
    expect(await state.getLink(ana)).toBe(9);
    expect(await state.getLink(bo)).toBe(8);

    expect(await state.deleteLink(ana)).toBe(true);
    expect(await state.deleteLink(ana)).toBe(false);
    expect(await other.getLink(ana)).toBeUndefined();
    expect(await other.getLink(bo)).toBe(8);
  });

  it('conversations: a JSON copy, shared, overwritten', async () => {
    const [state, other] = await twoInstances();
    const value = { lastCommand: 'get_actor', args: { platform: 'hulu', page: 2 }, at: new Date(0) };
    await state.setConversation('C1', value, LONG_MS);
    value.args.page = 3;

    expect(await other.getConversation('C1')).toEqual({
      lastCommand: 'get_actor',
      args: { platform: 'hulu', page: 2 },
      at: '1970-01-01T00:00:00.000Z',
    });
    expect(await state.getConversation('C2')).toBeUndefined();

    await other.setConversation('C1', ['replaced'], LONG_MS);
    expect(await state.getConversation('C1')).toEqual(['replaced']);
  });

  it('claimEvent: true for the first claim only, on any instance', async () => {
    const [state, other] = await twoInstances();
    expect(await state.claimEvent('Ev1', LONG_MS)).toBe(true);
    expect(await state.claimEvent('Ev1', LONG_MS)).toBe(false);
    expect(await other.claimEvent('Ev1', LONG_MS)).toBe(false);
    expect(await other.claimEvent('Ev2', LONG_MS)).toBe(true);
  });

  it('hit: counts per key within the window', async () => {
    const [state, other] = await twoInstances();
    const first = await state.hit('ask:U1', LONG_MS);
    expect(first.count).toBe(1);
    expect(first.resetInMs).toBeGreaterThan(0);
    expect(first.resetInMs).toBeLessThanOrEqual(LONG_MS);
    expect((await other.hit('ask:U1', LONG_MS)).count).toBe(2);
    expect((await state.hit('ask:U1', LONG_MS)).count).toBe(3);
    expect((await state.hit('ask:U2', LONG_MS)).count).toBe(1);
    // A later hit's window length does not move the open window's end.
    expect((await state.hit('ask:U1', SHORT_MS)).resetInMs).toBeGreaterThan(SHORT_MS);
  });

  it('lock: one owner at a time; only the owner renews or releases', async () => {
    const [state, other] = await twoInstances();
    expect(await state.acquireLock('refresh', 'owner-a', LONG_MS)).toBe(true);
    expect(await other.acquireLock('refresh', 'owner-b', LONG_MS)).toBe(false);
    expect(await state.acquireLock('refresh', 'owner-a', LONG_MS)).toBe(false);
    expect(await other.lockHolder('refresh')).toMatchObject({ owner: 'owner-a' });

    expect(await other.releaseLock('refresh', 'owner-b')).toBe(false);
    expect(await other.renewLock('refresh', 'owner-b', LONG_MS)).toBe(false);
    expect(await state.lockHolder('refresh')).toMatchObject({ owner: 'owner-a' });

    expect(await other.releaseLock('refresh', 'owner-a')).toBe(true);
    expect(await state.lockHolder('refresh')).toBeUndefined();
    expect(await state.releaseLock('refresh', 'owner-a')).toBe(false);
    expect(await other.acquireLock('refresh', 'owner-b', LONG_MS)).toBe(true);
    expect(await state.lockHolder('other-lock')).toBeUndefined();
  });

  it('lock: renewing moves the expiry', async () => {
    const [state, other] = await twoInstances();
    expect(await state.acquireLock('refresh', 'owner-a', 60_000)).toBe(true);
    const before = (await state.lockHolder('refresh'))!.expiresAt;
    expect(before).toBeGreaterThan(Date.now());
    expect(await state.renewLock('refresh', 'owner-a', LONG_MS)).toBe(true);
    const after = (await other.lockHolder('refresh'))!.expiresAt;
    expect(after - before).toBeGreaterThan(LONG_MS - 60_000 - 5_000);
  });

  it('misses: kept with their fields, newest first, since a time, forgotten one by one, expired', async () => {
    const [state, other] = await twoInstances();
    const miss = (id: string, at: number) =>
      ({ id, text: `question ${id}`, lang: 'en', adapter: 'slack', outcome: 'not_understood', at }) as const;
    await state.keepMiss(miss('a', 1_000), LONG_MS);
    await state.keepMiss({ ...miss('b', 2_000), outcome: 'prompt', lang: 'es' }, LONG_MS);
    await other.keepMiss(miss('c', 3_000), LONG_MS);
    await state.keepMiss(miss('gone', 4_000), SHORT_MS);
    expect(await other.misses(0, 10)).toEqual([
      miss('gone', 4_000),
      miss('c', 3_000),
      { ...miss('b', 2_000), outcome: 'prompt', lang: 'es' },
      miss('a', 1_000),
    ]);
    expect((await state.misses(2_000, 10)).map((m) => m.id)).toEqual(['gone', 'c', 'b']);
    expect((await state.misses(0, 2)).map((m) => m.id)).toEqual(['gone', 'c']);
    await other.forgetMiss('b');
    await sleep(PAST_SHORT_MS);
    expect((await state.misses(0, 10)).map((m) => m.id)).toEqual(['c', 'a']);
  });

  it('votes: one per voter and answer, a second replaces it, newest first, read from another instance', async () => {
    const [state, other] = await twoInstances();
    const vote = (answerId: string, voter: string, at: number, up: boolean) =>
      ({
        answerId,
        voter,
        vote: up ? 'up' : 'down',
        command: 'get_actor',
        lang: 'en',
        adapter: 'slack',
        at,
      }) as const;
    await state.vote(vote('A1', 'ana', 1_000, true));
    await state.vote(vote('A1', 'bo', 2_000, false));
    await other.vote({ ...vote('A1', 'ana', 3_000, false), expected: 'the top actor of 2019' });
    await state.vote(vote('A2', 'ana', 4_000, true));
    expect(await other.votes(0, 10)).toEqual([
      vote('A2', 'ana', 4_000, true),
      { ...vote('A1', 'ana', 3_000, false), expected: 'the top actor of 2019' },
      vote('A1', 'bo', 2_000, false),
    ]);
    expect((await state.votes(2_500, 10)).map((v) => v.at)).toEqual([4_000, 3_000]);
  });

  it('expiry: a conversation, a claim, a rate window and a lock end when their time is up', async () => {
    const [state, other] = await twoInstances();
    await state.setConversation('short', 'soon gone', SHORT_MS);
    await state.setConversation('long', 'still here', LONG_MS);
    expect(await state.claimEvent('retried', SHORT_MS)).toBe(true);
    expect((await state.hit('burst', SHORT_MS)).count).toBe(1);
    expect(await state.acquireLock('short', 'owner-a', SHORT_MS)).toBe(true);
    await sleep(PAST_SHORT_MS);

    expect(await other.getConversation('short')).toBeUndefined();
    expect(await other.getConversation('long')).toBe('still here');

    expect(await other.claimEvent('retried', LONG_MS)).toBe(true);
    expect(await state.claimEvent('retried', LONG_MS)).toBe(false);

    const again = await other.hit('burst', LONG_MS);
    expect(again.count).toBe(1);
    expect(again.resetInMs).toBeGreaterThan(SHORT_MS);

    expect(await other.lockHolder('short')).toBeUndefined();
    expect(await state.renewLock('short', 'owner-a', LONG_MS)).toBe(false);
    expect(await other.acquireLock('short', 'owner-b', LONG_MS)).toBe(true);
    expect(await state.releaseLock('short', 'owner-a')).toBe(false);
    expect(await state.lockHolder('short')).toMatchObject({ owner: 'owner-b' });
  });

  it('audit: kept, newest first, at most `limit`', async () => {
    const [state, other] = await twoInstances();
    const entries: AuditEntry[] = [
      {
        at: '2026-11-01T10:00:00.000Z',
        who: 'U_ANA',
        via: 'slack',
        action: 'refresh',
        outcome: 'ok',
        buildId: 'b1',
      },
      {
        at: '2026-11-01T10:05:00.000Z',
        who: 'bo',
        via: 'discord',
        action: 'refused_refresh',
        outcome: 'not admin',
      },
      {
        at: '2026-11-01T11:00:00.000Z',
        who: 'cli',
        via: 'cli',
        action: 'refresh',
        outcome: 'failed: disk full',
      },
    ];
    for (const entry of entries) await state.audit(entry);

    expect(await other.auditLog(2)).toEqual([entries[2], entries[1]]);
    const all = await other.auditLog(10);
    expect(all).toEqual([...entries].reverse());
    expect(all[1]).not.toHaveProperty('buildId');
    expect(await state.auditLog(0)).toEqual([]);
  });

  it('publishBuild: every instance hears it, the publisher too; unsubscribed listeners do not, failing ones stop nothing', async () => {
    const [state, other] = await twoInstances();
    const heard = { publisher: [] as string[], other: [] as string[], unsubscribed: [] as string[] };
    state.onBuild(() => {
      throw new Error('a broken listener');
    });
    // Vitest fails the run on an unhandled rejection: this one must be caught by the store.
    other.onBuild(async () => {
      throw new Error('a broken async listener');
    });
    state.onBuild((buildId) => heard.publisher.push(buildId));
    other.onBuild((buildId) => heard.other.push(buildId));
    const unsubscribe = other.onBuild((buildId) => heard.unsubscribed.push(buildId));

    await state.publishBuild('build-1');
    await eventually(
      'both instances to hear build-1',
      () => heard.other.length + heard.publisher.length === 2,
    );
    unsubscribe();
    await state.publishBuild('build-2');
    await eventually(
      'both instances to hear build-2',
      () => heard.other.length + heard.publisher.length === 4,
    );

    expect(heard).toEqual({
      publisher: ['build-1', 'build-2'],
      other: ['build-1', 'build-2'],
      unsubscribed: ['build-1'],
    });
  });

  it('50 concurrent claims of one event from two instances: exactly one wins', async () => {
    const [state, other] = await twoInstances();
    const claims = await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 ? other : state).claimEvent('Ev-race', LONG_MS)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('100 concurrent hits from two instances: each count from 1 to 100 exactly once', async () => {
    const [state, other] = await twoInstances();
    const hits = await Promise.all(
      Array.from({ length: 100 }, (_, i) => (i % 2 ? other : state).hit('ask:race', LONG_MS)),
    );
    expect(hits.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
  });
}
