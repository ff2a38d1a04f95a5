import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/render/text.ts';
import type { Answer } from '../../src/answer.ts';
import {
  clip,
  displayName,
  formatCount,
  formatMinutes,
  formatScore,
  formatSeasons,
  formatThreshold,
  joinList,
} from '../../src/bot/format.ts';

describe('numbers for people', () => {
  it('writes scores, durations and counts in each language', () => {
    expect(formatScore(3.4712, 'en')).toBe('3.47 ★');
    expect(formatScore(3.4712, 'es')).toBe('3,47 ★');
    expect(formatThreshold(3.5, 'es')).toBe('3,5 ★');
    expect(formatMinutes(112, 'en')).toBe('1h 52m');
    expect(formatMinutes(45, 'en')).toBe('45m');
    expect(formatMinutes(120, 'en')).toBe('2h');
    expect(formatMinutes(112, 'es')).toBe('1 h 52 min');
    expect(formatSeasons(17, 'en')).toBe('17 seasons');
    expect(formatSeasons(1, 'es')).toBe('1 temporada');
    expect(formatCount(11024289, 'en')).toBe('11,024,289');
    expect(formatCount(11024289, 'es')).toBe('11.024.289');
  });

  it('capitalises stored lower-case names', () => {
    expect(displayName('the lord of the rings: the return of the king')).toBe(
      'The Lord of the Rings: The Return of the King',
    );
    expect(displayName("grey's anatomy")).toBe("Grey's Anatomy");
    expect(displayName('tv dramas')).toBe('TV Dramas');
  });

  it('joins and clips text', () => {
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(joinList(['a', 'b'], 'es')).toBe('a y b');
    expect(clip('one two three four five', 12)).toBe('one two…');
  });
});

describe('plain text rendering', () => {
  const big: Answer = {
    kind: 'result',
    locale: 'en',
    headline: 'Top picks',
    fields: [{ label: 'User', value: '7' }],
    table: {
      columns: ['Title', 'Score'],
      rows: Array.from({ length: 400 }, (_, i) => [`Title number ${i}`, '3.50 ★']),
    },
    note: 'A note.',
    build: 'b1',
  };

  it('keeps a reply under 2,000 characters by showing fewer table rows', () => {
    const text = renderText(big);
    expect(text.length).toBeLessThan(2000);
    expect(text).toMatch(/… and \d+ more/);
    expect(text).toContain('A note.');
  });

  it('shows the data build under help and status only', () => {
    expect(renderText({ ...big, table: undefined })).not.toContain('b1');
    expect(renderText({ ...big, table: undefined, kind: 'info' })).toContain('(data build b1)');
  });
});
