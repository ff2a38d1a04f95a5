/**
 * `npm start` with STREAMBOT_HTTP_PORT set (and no chat tokens) runs the HTTP API: the real `streambot`
 * process, its JSON log (stderr) naming the port, answering over loopback, and stopping cleanly on SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, inject, it } from 'vitest';

describe('streambot start with STREAMBOT_HTTP_PORT', () => {
  const dir = mkdtempSync(join(tmpdir(), 'streambot-http-start-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the API on the port it logs, and exits 0 on SIGTERM', async () => {
    copyFileSync(inject('stores').demo, join(dir, 'live.db'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      STREAMBOT_DB: join(dir, 'live.db'),
      STREAMBOT_STATE: join(dir, 'state.db'),
      STREAMBOT_HTTP_PORT: '0',
      STREAMBOT_LOG_LEVEL: 'info',
    };
    for (const name of ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'STREAMBOT_REDIS_URL'])
      delete env[name];
    const started = spawn(process.execPath, ['bin/streambot.js', 'start'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no "http api listening" line within 30 s')), 30_000);
      createInterface({ input: started.stderr! }).on('line', (line) => {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg === 'http api listening' && entry.port) {
          clearTimeout(timer);
          resolve(entry.port);
        }
      });
      started.once('exit', (code) => reject(new Error(`exited with ${code} before listening`)));
    });
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
});
