import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_HEADER, predictBatch } from '../../src/recommender/batch.ts';
import { predict } from '../../src/recommender/predict.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { answerOf, DEMO_STORE_PATH, scratchDir } from './stores.ts';

function parseOutput(path: string): string[][] {
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  expect(lines[0]).toBe(OUTPUT_HEADER);
  return lines
    .slice(1)
    .map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, '')));
}

describe.skipIf(!DEMO_STORE_PATH)('batch prediction on the demo store', () => {
  const scratch = scratchDir();
  let store: Store;
  let pairs: { userId: number; titleId: string }[];
  beforeAll(() => {
    store = openStore(DEMO_STORE_PATH);
    pairs = store.sqlite
      .prepare('SELECT user_id AS userId, title_id AS titleId FROM ratings ORDER BY rowid DESC LIMIT 6')
      .all() as typeof pairs;
  });
  afterAll(() => {
    store.close();
    scratch.cleanup();
  });

  const run = (name: string, input: string) => {
    const inputPath = join(scratch.dir, `${name}.csv`);
    const outputPath = join(scratch.dir, `${name}.out.csv`);
    writeFileSync(inputPath, input);
    return { summary: answerOf(predictBatch(store, inputPath, outputPath)), rows: parseOutput(outputPath) };
  };

  it('answers every row in input order, reporting unreadable rows as errors instead of skipping them', () => {
    const [a, b, c, d] = pairs;
    const input = [
      'userId,movieId',
      `${a!.userId},${a!.titleId}`,
      `abc,${b!.titleId}`,
      `${b!.userId},${b!.titleId}`,
      `${c!.userId},ns99999999`,
      `${c!.userId}`,
      '',
      `${c!.userId},${c!.titleId},extra`,
      `"${d!.userId}", ${d!.titleId.toUpperCase()}\r`,
      `999999999,${a!.titleId}`,
    ].join('\n');
    const { summary, rows } = run('mixed', input);
    expect(rows.map((row) => [row[0], row[1], row[3]])).toEqual([
      [String(a!.userId), a!.titleId, expect.stringMatching(/^(recommend|skip)$/)],
      ['abc', b!.titleId, 'error'],
      [String(b!.userId), b!.titleId, expect.stringMatching(/^(recommend|skip)$/)],
      [String(c!.userId), 'ns99999999', 'error'],
      [String(c!.userId), '', 'error'],
      [String(c!.userId), c!.titleId, 'error'],
      [String(d!.userId), d!.titleId, expect.stringMatching(/^(recommend|skip)$/)],
      ['999999999', a!.titleId, expect.stringMatching(/^(recommend|skip)$/)],
    ]);
    for (const row of rows.filter((r) => r[3] === 'error')) {
      expect(row[2]).toBe('');
      expect(row[4]!.length).toBeGreaterThan(0);
    }
    expect(rows[1]![4]).toMatch(/user id/);
    expect(rows[3]![4]).toMatch(/not the id of a title/);
    expect(summary).toMatchObject({ rows: 8, predicted: 4, errors: 4, coldStart: 1 });
    expect(summary.firstErrors.map((e) => e.line)).toEqual([3, 5, 6, 8]);
  });

  it('writes the same estimates and verdicts as predict', () => {
    const input = pairs.map((p) => `${p.userId},${p.titleId}`).join('\n');
    const { rows } = run('plain', input);
    expect(rows).toHaveLength(pairs.length);
    rows.forEach((row, i) => {
      const p = answerOf(predict(store, pairs[i]!.userId, pairs[i]!.titleId));
      expect(Number(row[2])).toBeCloseTo(p.estimate, 3);
      expect(row[3]).toBe(p.verdict);
      expect(row[4]).toBe('');
    });
  });

  it('reads the columns by header name, in any order, ignoring others', () => {
    const [a] = pairs;
    const { rows } = run('named', `movieId,rating,userId\n${a!.titleId},4.5,${a!.userId}\n`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 2)).toEqual([String(a!.userId), a!.titleId]);
  });
  it('keeps a character that straddles two read chunks whole in the row it echoes', () => {
    // Valid rows up to one byte short of the first 1 MiB chunk, then a title id starting with "é" (two bytes),
    // so the chunk ends between its two bytes.
    const row = `${pairs[0]!.userId},${pairs[0]!.titleId}\n`;
    const head = 'userId,movieId\n';
    let input = head + row.repeat(Math.floor((2 ** 20 - 40 - head.length) / row.length));
    const prefix = '1,';
    input += `${'9'.repeat(2 ** 20 - 1 - Buffer.byteLength(input) - prefix.length - 1)}\n${prefix}`;
    expect(Buffer.byteLength(input)).toBe(2 ** 20 - 1);
    input += 'écran\n';
    const { summary, rows } = run('straddle', input);
    const last = rows.at(-1)!;
    expect(last.slice(0, 2)).toEqual(['1', 'écran']);
    expect(summary.errors).toBe(2); // the padding line has one column, the last names no title
  });
});
