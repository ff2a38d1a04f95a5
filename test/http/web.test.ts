/**
 * The web chat page in a real browser (Debian's Chromium driven by playwright-core) against the HTTP
 * server listening on loopback with the real core: type a question, read the answer, ask a follow-up,
 * click an example, use it with the keyboard alone, read it at a phone's width; no console error, and
 * nothing loaded from anywhere else. Screenshots go to the test's temporary folder. Skipped, saying what
 * to install, where Chromium is missing (CI installs it).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type HttpHandle, startHttp } from '../../src/adapters/http.ts';
import { createBotCore } from '../../src/bot/create-core.ts';
import { MemoryState } from '../../src/state/memory-state.ts';
import { LiveStore } from '../../src/store/live.ts';
import { quiet } from './harness.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!CHROMIUM) console.log('web chat browser test skipped: install Chromium (apt-get install -y chromium)');

describe.skipIf(!CHROMIUM)('the web chat page in Chromium', () => {
  let browser: Browser;
  let live: LiveStore;
  let server: HttpHandle;
  let dir: string;
  let origin: string;
  let state: MemoryState;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'streambot-web-'));
    live = new LiveStore(inject('stores').demo);
    state = new MemoryState();
    const core = createBotCore({
      store: live,
      config: { recommendThreshold: 3.5, admins: [] },
      logger: quiet,
      state,
    });
    server = await startHttp({
      core,
      live,
      settings: { corsOrigins: [], rateLimitPerMinute: 10_000 },
      recommendThreshold: 3.5,
      logger: quiet,
      port: 0,
      host: '127.0.0.1',
    });
    origin = `http://127.0.0.1:${server.port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    live?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A page that records console errors and any request leaving this server. */
  async function openChat(viewport = { width: 1100, height: 900 }) {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    const elsewhere: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) elsewhere.push(request.url());
    });
    await page.goto(origin, { waitUntil: 'load' });
    return { page, problems, elsewhere };
  }

  const answers = (page: Page) => page.locator('.message.bot');

  async function askAndRead(page: Page, question: string, expectedCount: number) {
    await page.locator('#question').fill(question);
    await page.locator('#question').press('Enter');
    await answers(page)
      .nth(expectedCount - 1)
      .waitFor();
    const answer = answers(page).nth(expectedCount - 1);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, what people read.
    return answer.innerText();
  }

  it('answers a question, follows up in the same conversation, shows tables, and clicks an example', async () => {
    const { page, problems, elsewhere } = await openChat();
    const first = await askAndRead(page, 'longest movie on netflix in 2020', 1);
    expect(first).toMatch(/The longest movie on Netflix released in 2020 is/);
    const followUp = await askAndRead(page, 'and on hulu?', 2);
    expect(followUp).toMatch(/Hulu released in 2020/);

    const list = await askAndRead(page, 'top 5 longest movies on netflix', 3);
    expect(list).toContain('Netflix');
    expect(await answers(page).nth(2).locator('table tbody tr').count()).toBe(5);
    expect(await answers(page).nth(2).locator('th').count()).toBeGreaterThan(1);

    await page.locator('button.example', { hasText: 'chart of titles per year on netflix' }).click();
    await answers(page).nth(3).waitFor();
    const chart = answers(page).nth(3).locator('img.chart');
    await chart.waitFor();
    await page.waitForFunction(
      "(() => { const image = document.querySelector('img.chart'); return image !== null && image.complete && image.naturalWidth > 0; })()",
    );
    expect(await chart.getAttribute('alt')).toMatch(/Titles per release year/);

    const spanish = await askAndRead(page, '¿cuántas películas tiene hulu?', 5);
    expect(spanish).toMatch(/Hulu tiene/);
    expect(await answers(page).nth(4).getAttribute('lang')).toBe('es');

    const shot = join(dir, 'chat.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.close();
  });

  it('takes a 👍 or 👎 on an answer, and what was expected after a 👎; a second click changes the vote', async () => {
    const { page, problems } = await openChat();
    await askAndRead(page, 'top actor on hulu in 2019', 1);
    const answer = answers(page).first();
    await answer.getByRole('button', { name: 'Good answer' }).click();
    await answer.locator('.thanks', { hasText: 'Thanks for the 👍!' }).waitFor();
    await answer.getByRole('button', { name: 'Bad answer' }).click();
    expect(await answer.getByRole('button', { name: 'Bad answer' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await answer.getByLabel('What did you expect?').fill('the actor in most shows');
    await answer.getByRole('button', { name: 'Send' }).click();
    await answer.locator('.thanks', { hasText: 'Thanks, we will look at it.' }).waitFor();
    const votes = await state.votes(0, 10);
    expect(votes).toEqual([
      expect.objectContaining({ vote: 'down', expected: 'the actor in most shows', command: 'get_actor' }),
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works with the keyboard alone, and fits a phone’s width', async () => {
    const { page, problems } = await openChat({ width: 375, height: 740 });
    // The question box has focus on arrival; Tab reaches the examples in order.
    expect(await page.evaluate('document.activeElement?.id')).toBe('question');
    await page.keyboard.type('how many movies does hulu have?');
    await page.keyboard.press('Enter');
    await answers(page).first().waitFor();
    expect(await page.evaluate('document.activeElement?.id')).toBe('question');

    await page.locator('button.example').first().focus();
    await page.keyboard.press('Enter');
    await answers(page).nth(1).waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, what people read.
    expect(await answers(page).nth(1).innerText()).toMatch(/longest movie on Netflix/i);

    const suggestion = answers(page).locator('button.suggestion').first();
    if ((await suggestion.count()) > 0) {
      await suggestion.focus();
      await page.keyboard.press('Enter');
      await answers(page).nth(2).waitFor();
    }
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(dir, 'chat-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
