/**
 * Two processes on one SQLite state file at once: claims and hits stay exact (each is one atomic
 * statement), and a build one publishes is heard by an instance in another process (the builds poll).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteState } from '../../src/state/sqlite-state.ts';
import { scratchDir } from '../setup/scratch.ts';
import { killChildren, startChild } from './sqlite-child-process.ts';
import { eventually } from './wait.ts';

afterEach(killChildren);

describe('SQLite state shared by processes', () => {
  it('two processes racing on one file: one claim wins, hits count 1..100, each hears the other’s build', async () => {
    const path = join(scratchDir('state-race'), 'state.db');
    const listener = new SqliteState(path, { buildPollMs: 10 });
    const heard: string[] = [];
    listener.onBuild((buildId) => heard.push(buildId));
    try {
      const racers = [startChild('race', path), startChild('race', path)];
      await eventually('both children to open the file', () => {
        for (const racer of racers) {
          const failure = racer.failed();
          if (failure) throw failure;
        }
        return racers.every((racer) => racer.lines.includes('ready'));
      });
      for (const racer of racers) racer.child.stdin.write('go\n');
      await Promise.all(racers.map((racer) => racer.exited));
      expect(racers.map((racer) => racer.child.exitCode)).toEqual([0, 0]);

      const results = racers.map(
        (racer) => JSON.parse(racer.lines.at(-1)!) as { claims: boolean[]; counts: number[] },
      );
      expect(results.flatMap((result) => result.claims).filter(Boolean)).toHaveLength(1);
      const counts = results.flatMap((result) => result.counts).sort((a, b) => a - b);
      expect(counts).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      await eventually('both builds to be heard', () => heard.length === 2);
      expect(heard.sort()).toEqual(racers.map((racer) => `from-${racer.child.pid}`).sort());
    } finally {
      await listener.close();
    }
  });
});
