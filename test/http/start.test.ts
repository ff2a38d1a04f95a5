/**
 * `npm start` with STREAMBOT_HTTP_PORT set (and no chat tokens) runs the HTTP API: the real `streambot`
 * process, its JSON log (stderr) naming the port, answering over loopback, and stopping cleanly on SIGTERM.
 * With STREAMBOT_HTTP_WORKERS=2 two worker processes share the port as one server: one rate limit, one
 * set of metrics, conversations that go on whichever worker answers, a dead worker replaced.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, inject, it } from 'vitest';

describe('streambot start with STREAMBOT_HTTP_PORT', () => {
  const dir = mkdtempSync(join(tmpdir(), 'streambot-http-start-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  /** `streambot start` on a copy of the demo store; resolves with the process and the port it logs. */
  async function start(extraEnv: NodeJS.ProcessEnv, name: string) {
    copyFileSync(inject('stores').demo, join(dir, `${name}.db`));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      STREAMBOT_DB: join(dir, `${name}.db`),
      STREAMBOT_STATE: join(dir, `${name}-state.db`),
      STREAMBOT_HTTP_PORT: '0',
      STREAMBOT_LOG_LEVEL: 'info',
      ...extraEnv,
    };
    for (const key of ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'STREAMBOT_REDIS_URL'])
      delete env[key];
    const started = spawn(process.execPath, ['bin/streambot.js', 'start'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(started);
    const lines = createInterface({ input: started.stderr! });
    const log: { msg?: string; pid?: number }[] = [];
    lines.on('line', (line) => log.push(JSON.parse(line)));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no "http api listening" line within 30 s')), 30_000);
      lines.on('line', (line) => {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg === 'http api listening' && entry.port) {
          clearTimeout(timer);
          resolve(entry.port);
        }
      });
      started.once('exit', (code) => reject(new Error(`exited with ${code} before listening`)));
    });
    return { started, port, log };
  }

  it('serves the API on the port it logs, and exits 0 on SIGTERM', async () => {
    const { started, port } = await start({}, 'single');
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(((await health.json()) as { ok: boolean }).ok).toBe(true);
    const count = await fetch(`http://127.0.0.1:${port}/v1/get_count_platform?platform=netflix`);
    expect(((await count.json()) as { command: unknown }).command).toEqual({
      name: 'get_count_platform',
      args: { platform: 'netflix' },
    });

    const scraped = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(scraped).toMatch(
      /^streambot_questions_total\{command="get_count_platform",adapter="http",language="en",outcome="answered"\} 1$/m,
    );
    expect(scraped).toMatch(/^streambot_build_info\{build="\d{8}T\d{6}Z-\w+"\} 1$/m);

    const exited = new Promise<number | null>((resolve) => started.once('exit', resolve));
    started.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('runs workers that share the port, one rate limit, the metrics and the conversations', async () => {
    const { started, port, log } = await start(
      { STREAMBOT_HTTP_WORKERS: '2', STREAMBOT_HTTP_RATE_LIMIT: '8' },
      'cluster',
    );
    const workers = () => new Set(log.filter((e) => e.msg === 'http worker listening').map((e) => e.pid!));
    const origin = `http://127.0.0.1:${port}`;
    // Each request on a connection of its own: the primary hands connections to the workers in turn.
    const ask = async (text: string, conversation?: string) => {
      const response = await fetch(`${origin}/v1/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify(conversation ? { text, conversation } : { text }),
      });
      return {
        status: response.status,
        body: (await response.json()) as {
          command: { name: string; args: Record<string, unknown> };
          conversation: string;
        },
      };
    };
    const first = await ask('longest movie on netflix in 2019');
    expect(first.status).toBe(200);
    // Follow-ups land on the other worker and on this one: each continues the conversation.
    for (const platform of ['hulu', 'amazon', 'disney']) {
      const followUp = await ask(`and on ${platform}?`, first.body.conversation);
      expect(followUp.body.command).toMatchObject({
        name: 'get_max_duration',
        args: { platform, year: 2019 },
      });
    }
    const health = await fetch(`${origin}/healthz`, { headers: { connection: 'close' } });
    expect(health.status).toBe(200);

    // 4 questions so far (/healthz is not limited); the limit is 8 a minute for the client, counted
    // across both workers (each counting alone would allow all five).
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await ask('how many movies does hulu have?')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);

    const scraped = await (await fetch(`${origin}/metrics`, { headers: { connection: 'close' } })).text();
    expect(scraped).toMatch(
      /^streambot_questions_total\{command="get_max_duration",adapter="http",language="en",outcome="answered"\} 4$/m,
    );
    expect(scraped).toMatch(/^streambot_rate_limited_total\{adapter="http"\} 1$/m);
    expect(scraped).toMatch(/^streambot_build_info\{build="\d{8}T\d{6}Z-\w+"\} 1$/m);

    // A worker that dies is replaced, and the server goes on answering.
    await expect.poll(() => workers().size, { timeout: 30_000 }).toBe(2);
    process.kill([...workers()][0]!, 'SIGKILL');
    await expect.poll(() => workers().size, { timeout: 30_000 }).toBe(3);
    expect(log.some((e) => e.msg === 'an http worker died; starting another')).toBe(true);
    expect((await ask('how many movies does hulu have?')).status).toBe(429);

    const exited = new Promise<number | null>((resolve) => started.once('exit', resolve));
    started.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of workers()) expect(() => process.kill(pid, 0)).toThrow();
  }, 90_000);
});
