/**
 * The data report opened in a real browser: Debian's Chromium driven by playwright-core. The page loads
 * with no console error and no network request, every chart is drawn and visible, and its numbers are the
 * store's. Skipped, saying what to install, where Chromium is missing (CI installs it).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataReport } from '../../src/bot/report/report.ts';
import { readBuildInfo } from '../../src/store/build-info.ts';
import { openStore, type Store } from '../../src/store/open.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!CHROMIUM) console.log('report browser test skipped: install Chromium (apt-get install -y chromium)');

const stores = inject('stores');
const STORE = stores.real ?? stores.demo;

describe.skipIf(!CHROMIUM)('the data report in Chromium', () => {
  let browser: Browser;
  let store: Store;
  let dir: string;
  let file: string;
  let html: string;
  beforeAll(async () => {
    store = openStore(STORE);
    dir = mkdtempSync(join(tmpdir(), 'streambot-report-'));
    html = await dataReport(store, 'en', new Date('2026-11-28T12:00:00Z'));
    file = join(dir, 'report.html');
    writeFileSync(file, html);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens with no console error and no request beyond the file, every chart visible', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    expect(problems).toEqual([]);
    expect(requests).toEqual([`file://${file}`]);

    const figures = page.locator('figure');
    expect(await figures.count()).toBe(7);
    for (let i = 0; i < 7; i++) {
      const chart = figures.nth(i).locator('svg').first();
      await chart.scrollIntoViewIfNeeded();
      expect(await chart.isVisible()).toBe(true);
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(400);
      expect(box!.height).toBeGreaterThan(200);
      // Drawn: bars (paths) and text inside, and its caption carries the numbers in words.
      expect(await figures.nth(i).locator('svg path').count()).toBeGreaterThan(5);
      expect(await figures.nth(i).locator('svg text').count()).toBeGreaterThan(5);
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's rendered text: what people see.
      expect((await figures.nth(i).locator('figcaption').innerText()).length).toBeGreaterThan(20);
    }
    await page.close();
  });

  it('states the build, its sources with checksums, and the traps with the store’s numbers', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, a tab between table cells.
    const text = await page.locator('main').innerText();
    const build = readBuildInfo(store.sqlite)!;
    expect(text).toContain(build.buildId);
    for (const source of build.sources) {
      expect(text).toContain(source.name);
      expect(text).toContain(source.sha256);
    }
    const count = (sql: string) => store.sqlite.prepare(sql).pluck().get() as number;
    const withoutDuration = count('SELECT count(*) FROM titles WHERE duration_int IS NULL');
    expect(text).toMatch(
      new RegExp(`Titles without a duration[^\\n]*\\t${withoutDuration.toLocaleString('en-US')}`),
    );
    const moved = Object.values(build.cleaningCounts!.durationsMoved).reduce((a, b) => a + b, 0);
    expect(text).toMatch(new RegExp(`moved[^\\n]*\\t${moved.toLocaleString('en-US')}`));
    expect(text).toContain(count('SELECT count(*) FROM titles').toLocaleString('en-US'));
    await page.close();
  });
});
