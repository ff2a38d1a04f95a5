/**
 * Another process using a SQLite state file, for test/state/sqlite-processes.test.ts.
 *
 *   node --import tsx test/state/sqlite-child.ts links DB_PATH
 *     sets links terminal:p0, p1, … as fast as it can, printing each number once `setLink` resolved,
 *     until it is killed.
 *   node --import tsx test/state/sqlite-child.ts race DB_PATH
 *     opens the file, prints `ready`, waits for a line on stdin, then claims `Ev-race` 25 times and
 *     hits `ask:race` 50 times, all at once, publishes the build `from-<pid>` and prints
 *     `{"claims": [...], "counts": [...]}`.
 */

import { once } from 'node:events';
import { writeSync } from 'node:fs';
import { SqliteState } from '../../src/state/sqlite-state.ts';
import { personKey } from '../../src/state/state.ts';

const [mode, path] = process.argv.slice(2);
const state = new SqliteState(path!);

if (mode === 'links') {
  for (let i = 0; ; i++) {
    await state.setLink(personKey.terminal(`p${i}`), i);
    // Not writeSync: the pipe fills when the parent reads slowly, and a non-blocking write would fail.
    if (!process.stdout.write(`${i}\n`)) await once(process.stdout, 'drain');
  }
} else if (mode === 'race') {
  writeSync(1, 'ready\n');
  await once(process.stdin, 'data');
  const [claims, hits] = await Promise.all([
    Promise.all(Array.from({ length: 25 }, () => state.claimEvent('Ev-race', 60_000))),
    Promise.all(Array.from({ length: 50 }, () => state.hit('ask:race', 60_000))),
  ]);
  await state.publishBuild(`from-${process.pid}`);
  writeSync(1, `${JSON.stringify({ claims, counts: hits.map((hit) => hit.count) })}\n`);
  await state.close();
  process.exit(0);
} else {
  throw new Error(`unknown mode ${mode}`);
}
