/** The terminal chat driven through streams, on the demo store. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startTerminal } from '../../src/adapters/terminal.ts';
import { pngSize } from '../chart/png.ts';
import { coreOn } from './helpers.ts';

const { demo } = inject('stores');
const { core, live } = coreOn(demo);
afterAll(() => live.close());

async function chat(lines: string[], chartDir?: string): Promise<{ output: string; answered: number }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const done = startTerminal(core, { input, output, banner: 'BANNER', chartDir });
  input.end(`${lines.join('\n')}\n`);
  const answered = await done;
  return { output: text, answered };
}

describe('terminal chat', () => {
  it('answers each line in one conversation, then says goodbye on exit', async () => {
    const { output, answered } = await chat([
      'longest movie on netflix in 2020',
      '',
      'and on hulu?',
      'exit',
      'help',
    ]);
    expect(answered).toBe(2);
    expect(output.startsWith('BANNER\n')).toBe(true);
    expect(output).toContain('The longest movie on Netflix released in 2020');
    expect(output).toMatch(
      /(The longest movie on Hulu released in 2020|There are no movies on Hulu released in 2020)/,
    );
    expect(output.trimEnd().endsWith('Bye!')).toBe(true);
    expect(output).not.toContain('I answer questions about');
  });

  it('shows help, and says goodbye in the conversation’s language at the end of input', async () => {
    const { output } = await chat(['ayuda']);
    expect(output).toContain('Respondo preguntas');
    expect(output.trimEnd().endsWith('¡Hasta luego!')).toBe(true);
  });

  it('draws a chart to a PNG file, prints its path, and its numbers as bars of characters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'streambot-terminal-'));
    try {
      const { output } = await chat(['chart the ratings on netflix'], dir);
      const saved = /Chart saved to (\S+\.png)/.exec(output)?.[1];
      expect(saved?.startsWith(dir)).toBe(true);
      expect(existsSync(saved!)).toBe(true);
      expect(pngSize(readFileSync(saved!))).toEqual({ width: 960, height: 540 });
      const fives = live
        .current()
        .sqlite.prepare(
          "SELECT count(*) FROM ratings r JOIN titles t ON t.id = r.title_id WHERE t.platform = 'netflix' AND r.rating = 5",
        )
        .pluck()
        .get() as number;
      expect(output).toMatch(new RegExp(`5\\.0 ★ █+ ${fives.toLocaleString('en-US')}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
