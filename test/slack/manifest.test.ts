import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import {
  buildSlackManifest,
  SLACK_BOT_EVENTS,
  SLACK_BOT_SCOPES,
  SLACK_COMMAND,
} from '../../src/adapters/slack/manifest.ts';
import { toYaml } from '../../src/adapters/slack/yaml.ts';

const run = promisify(execFile);

type Json = Record<string, unknown>;
const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Json | undefined)?.[key as string], value);

describe('Slack app manifest', () => {
  it('declares one slash command whose hint lists every subcommand in commands/', () => {
    const manifest = buildSlackManifest({ baseUrl: 'https://bot.example.org/' });
    const commands = at(manifest, 'features', 'slash_commands') as Json[];
    expect(commands).toHaveLength(1);
    expect(commands[0]?.command).toBe(SLACK_COMMAND);
    expect(commands[0]?.url).toBe('https://bot.example.org/slack/events');
    const hint = String(commands[0]?.usage_hint);
    for (const definition of COMMANDS.filter((c) => c.command !== 'ask'))
      expect(hint).toContain(definition.name);
    const about = String(at(manifest, 'display_information', 'long_description'));
    for (const definition of COMMANDS.filter((c) => c.command !== 'ask')) {
      expect(about).toContain(`${SLACK_COMMAND} ${definition.name}: ${definition.description.en}`);
    }
    expect(about.length).toBeGreaterThanOrEqual(175);
    expect(about.length).toBeLessThanOrEqual(4000);
  });

  it('asks for exactly the scopes and events the adapter uses', () => {
    const manifest = buildSlackManifest();
    expect(at(manifest, 'oauth_config', 'scopes', 'bot')).toEqual(Object.keys(SLACK_BOT_SCOPES));
    expect(at(manifest, 'settings', 'event_subscriptions', 'bot_events')).toEqual([...SLACK_BOT_EVENTS]);
    expect(at(manifest, 'features', 'app_home', 'messages_tab_enabled')).toBe(true);
  });

  it('needs no public URL in Socket Mode', () => {
    const manifest = buildSlackManifest({ socketMode: true });
    expect(at(manifest, 'settings', 'socket_mode_enabled')).toBe(true);
    expect(at(manifest, 'settings', 'event_subscriptions', 'request_url')).toBeUndefined();
    expect(at(manifest, 'features', 'slash_commands', 0, 'url')).toBeUndefined();
  });
});

describe('toYaml', () => {
  it('writes block mappings and sequences with JSON-quoted strings', () => {
    const yaml = toYaml({
      a: { b: 1, 'c d': true, e: [] },
      list: ['x: y', { name: 'n', tags: ['t1'] }],
      text: 'line "one"\nline two',
    });
    expect(yaml).toBe(
      [
        'a:',
        '  b: 1',
        '  "c d": true',
        '  e: []',
        'list:',
        '  - "x: y"',
        '  - name: "n"',
        '    tags:',
        '      - "t1"',
        'text: "line \\"one\\"\\nline two"',
        '',
      ].join('\n'),
    );
  });
});

describe('streambot slack manifest', () => {
  it('prints the manifest, or writes it with --output', async () => {
    const printed = await run('node', [
      'bin/streambot.js',
      'slack',
      'manifest',
      '--url',
      'https://bot.example.org',
    ]);
    expect(printed.stdout).toBe(toYaml(buildSlackManifest({ baseUrl: 'https://bot.example.org' })));

    const dir = mkdtempSync(join(tmpdir(), 'streambot-manifest-'));
    try {
      const file = join(dir, 'slack', 'manifest.yml');
      await run('node', ['bin/streambot.js', 'slack', 'manifest', '--socket-mode', '--output', file]);
      expect(readFileSync(file, 'utf8')).toBe(toYaml(buildSlackManifest({ socketMode: true })));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a URL that Slack would not call', async () => {
    const failed = await run('node', [
      'bin/streambot.js',
      'slack',
      'manifest',
      '--url',
      'http://insecure',
    ]).catch((error: { code: number; stderr: string }) => error);
    expect('code' in failed ? failed.code : 0).toBe(1);
    expect('stderr' in failed ? failed.stderr : '').toContain('--url must be an https:// URL');
  });
});
