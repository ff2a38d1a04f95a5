import { describe, expect, it } from 'vitest';
import { foldSearchText, searchTokens } from '../../src/catalog/index.ts';
import {
  parseDurationType,
  parseOptionalPlatform,
  parseOptionalYear,
  parsePlatform,
  parseScored,
  parseYear,
} from '../../src/catalog/validate.ts';
import { prefixUpperBound } from '../../src/search-text.ts';

const NOW = new Date('2025-06-01T00:00:00Z');

describe('parseYear', () => {
  it('accepts whole years from 1900 to next year, typed or as text', () => {
    expect(parseYear(1900, NOW)).toEqual({ ok: true, value: 1900 });
    expect(parseYear('2026', NOW)).toEqual({ ok: true, value: 2026 });
    expect(parseYear(' 1999 ', NOW)).toEqual({ ok: true, value: 1999 });
  });

  it('rejects years out of range, fractions and words', () => {
    for (const bad of [1899, 2027, 2020.5, 'soon', '', Number.NaN]) {
      const result = parseYear(bad, NOW);
      expect(result.ok ? 'ok' : result.error.code, String(bad)).toBe('invalid_year');
    }
    const result = parseYear(2027, NOW);
    if (result.ok) expect.fail('2027 is too late in 2025');
    expect(result.error.message).toBe('The year must be a whole number from 1900 to 2026, not "2027".');
  });

  it('requires a year unless it is optional', () => {
    expect(parseYear(undefined, NOW)).toMatchObject({ ok: false, error: { code: 'missing_argument' } });
    expect(parseOptionalYear(undefined)).toEqual({ ok: true, value: null });
    expect(parseOptionalYear(null)).toEqual({ ok: true, value: null });
  });
});

describe('parsePlatform', () => {
  it('resolves names and aliases case-insensitively', () => {
    expect(parsePlatform('Prime Video')).toEqual({ ok: true, value: 'amazon' });
    expect(parsePlatform('DISNEY+')).toEqual({ ok: true, value: 'disney' });
    expect(parseOptionalPlatform(undefined)).toEqual({ ok: true, value: null });
  });

  it('suggests the nearest platform for a typo', () => {
    expect(parsePlatform('netflx')).toEqual({
      ok: false,
      error: {
        code: 'unknown_platform',
        message: 'Unknown platform "netflx". Did you mean netflix? Platforms: amazon, disney, hulu, netflix.',
        suggestions: ['netflix'],
      },
    });
  });

  it('lists every platform when nothing is close or the platform is missing', () => {
    expect(parsePlatform('crunchyroll')).toMatchObject({
      ok: false,
      error: { code: 'unknown_platform', suggestions: ['amazon', 'disney', 'hulu', 'netflix'] },
    });
    expect(parsePlatform(undefined)).toMatchObject({ ok: false, error: { code: 'missing_argument' } });
    expect(parsePlatform('')).toMatchObject({ ok: false, error: { code: 'unknown_platform' } });
  });
});

describe('parseScored', () => {
  it('accepts 0 to 5, with a decimal point or comma', () => {
    expect(parseScored(0)).toEqual({ ok: true, value: 0 });
    expect(parseScored(5)).toEqual({ ok: true, value: 5 });
    expect(parseScored('3,5')).toEqual({ ok: true, value: 3.5 });
    expect(parseScored('3.25')).toEqual({ ok: true, value: 3.25 });
  });

  it('rejects anything else', () => {
    for (const bad of [-0.01, 5.01, 'good', '', Number.POSITIVE_INFINITY]) {
      const result = parseScored(bad);
      expect(result.ok ? 'ok' : result.error.code, String(bad)).toBe('invalid_scored');
    }
    expect(parseScored(null)).toMatchObject({ ok: false, error: { code: 'missing_argument' } });
  });
});

describe('parseDurationType', () => {
  it('defaults to min and accepts unit names', () => {
    expect(parseDurationType(undefined)).toEqual({ ok: true, value: 'min' });
    expect(parseDurationType('Minutes')).toEqual({ ok: true, value: 'min' });
    expect(parseDurationType('seasons')).toEqual({ ok: true, value: 'season' });
  });

  it('rejects other units, suggesting the valid ones', () => {
    expect(parseDurationType('hours')).toMatchObject({
      ok: false,
      error: { code: 'invalid_duration_type', suggestions: ['min', 'season'] },
    });
  });
});

describe('title folding for search', () => {
  it('drops case, accents and apostrophes and turns other punctuation into single spaces', () => {
    expect(foldSearchText('  Pokémon:  The Movie!! ')).toBe('pokemon the movie');
    expect(foldSearchText("Don't Look Up")).toBe('dont look up');
    expect(foldSearchText('Blood & Water')).toBe('blood water');
    expect(foldSearchText('?!')).toBe('');
  });

  it('splits folded text into distinct words', () => {
    expect(searchTokens('the best of the best')).toEqual(['the', 'best', 'of']);
    expect(searchTokens('')).toEqual([]);
  });

  it('bounds every word that starts with a prefix', () => {
    const upper = prefixUpperBound('ab');
    for (const word of ['ab', 'abc', 'abz', 'ab\u{1F600}']) expect(word < upper).toBe(true);
    expect('ac' < upper).toBe(false);
  });
});
