import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBars } from '../../etl/progress-bars.ts';

/** A stream that says it is a terminal and keeps what is written to it. */
function fakeTerminal() {
  let written = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += chunk.toString();
      done();
    },
  }) as Writable & {
    isTTY: boolean;
    columns: number;
    cursorTo(): boolean;
    clearLine(): boolean;
    moveCursor(): boolean;
  };
  Object.assign(stream, {
    isTTY: true,
    columns: 120,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => written };
}

describe('the ETL progress bars on a terminal', () => {
  it('show rows, rows/s and a readable ETA, even before the first row is done', async () => {
    const terminal = fakeTerminal();
    const bars = progressBars(terminal.stream);
    bars.update({ phase: 'ratings', done: 0, total: 1000, rows: 0 });
    await new Promise((resolve) => setTimeout(resolve, 250)); // the bars redraw on a timer
    bars.update({ phase: 'ratings', done: 500, total: 1000, rows: 500 });
    await new Promise((resolve) => setTimeout(resolve, 250));
    bars.update({ phase: 'ratings', done: 1000, total: 1000, rows: 1000 });
    bars.stop();
    const text = terminal.text();
    expect(text).toMatch(/ratings +\[/);
    expect(text).toMatch(/1,000 rows/);
    // cli-progress renders an unknown ETA as "NULL"/"INF" squeezed into two characters ("LLs", "NFs").
    expect(text).not.toMatch(/ETA (LL|NF)s/);
    expect(text).toMatch(/ETA (\d+s|\d+m\d+s|…|--)/);
  });
});
