/** `streambot chart`, `streambot parse` of a chart question and `streambot report`, as scripts run them. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { pngSize } from './png.ts';

const db = inject('stores').demo;
const dir = mkdtempSync(join(tmpdir(), 'streambot-chart-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const streambot = (args: string[]) =>
  spawnSync(process.execPath, ['bin/streambot.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, STREAMBOT_LOG_LEVEL: 'silent', STREAMBOT_DB: db },
  });

describe('the chart and report commands', () => {
  it('chart --json prints the kind, the resolved args and the data behind the picture, and --output draws it', () => {
    const png = join(dir, 'platforms.png');
    const run = streambot([
      'chart',
      'platforms',
      '--type',
      'movie',
      '--json',
      '--output',
      png,
      '--width',
      '640',
      '--height',
      '400',
      '--db',
      db,
    ]);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({ kind: 'platforms', args: { kind: 'platforms', type: 'movie' } });
    const store = new BetterSqlite3(db, { readonly: true });
    const recount = store
      .prepare(
        "SELECT platform, type, count(*) AS count FROM titles WHERE type = 'movie' GROUP BY 1, 2 ORDER BY 1",
      )
      .all();
    store.close();
    expect(printed.data).toEqual(recount);
    expect(printed.spec.title.text).toBe('Movies and TV shows per platform');
    expect(pngSize(readFileSync(png))).toEqual({ width: 640, height: 400 });
  });

  it('chart --output writes an SVG, and prints the numbers as bars and where the file is', () => {
    const svg = join(dir, 'ratings.svg');
    const run = streambot(['chart', 'title_ratings', '--title', 'ns1', '--output', svg, '--db', db]);
    expect(run.status).toBe(0);
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg[^>]* width="960" height="540"/);
    expect(run.stdout).toContain(`Chart saved to ${svg}`);
    expect(run.stdout).toMatch(/5\.0 ★ █*▏? ?[\d,]+/);
  });

  it('says what is wrong, with exit 2: an unknown kind, a title_ratings chart without a title, a bad file type', () => {
    const unknown = streambot(['chart', 'pie', '--db', db]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/No chart is called "pie".*titles_per_year/);
    const noTitle = streambot(['chart', 'title_ratings', '--db', db]);
    expect(noTitle.status).toBe(2);
    expect(noTitle.stderr).toContain('Which title?');
    const badFile = streambot(['chart', 'genres', '--output', join(dir, 'x.gif'), '--db', db]);
    expect(badFile.status).toBe(2);
    expect(badFile.stderr).toContain('.png or .svg');
  });

  it('parse --json reads a chart question as the chart command with its kind', () => {
    const run = streambot(['parse', '--json', 'gráfico de valoraciones de disney+']);
    expect(JSON.parse(run.stdout)).toEqual({
      name: 'chart',
      args: { kind: 'ratings', platform: 'disney' },
    });
  });

  it('report writes one HTML page naming the build', () => {
    const file = join(dir, 'report.html');
    const run = streambot(['report', '--output', file, '--db', db]);
    expect(run.status).toBe(0);
    const html = readFileSync(file, 'utf8');
    const store = new BetterSqlite3(db, { readonly: true });
    const build = store.prepare('SELECT build_id FROM etl_runs ORDER BY id DESC LIMIT 1').pluck().get();
    store.close();
    expect(html).toContain(build);
    expect(html.match(/<figure>/g)).toHaveLength(7);
  });
});
