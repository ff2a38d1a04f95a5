import { describe, expect, it } from 'vitest';
import { type CatalogRow, transformTitle } from '../../etl/title.ts';

function row(overrides: Partial<CatalogRow> = {}): CatalogRow {
  return {
    show_id: 's1',
    type: 'Movie',
    title: 'The Grand Seduction',
    director: 'Don McKellar',
    cast: 'Brendan Gleeson, Taylor Kitsch',
    country: 'Canada',
    date_added: 'March 30, 2021',
    release_year: '2014',
    rating: '',
    duration: '113 min',
    listed_in: 'Comedy, Drama',
    description: 'A small fishing village must procure a local doctor.',
    ...overrides,
  };
}

function clean(platform: Parameters<typeof transformTitle>[0], overrides: Partial<CatalogRow> = {}) {
  const result = transformTitle(platform, row(overrides));
  if (!result.ok) throw new Error(`rejected: ${result.reason.message}`);
  return result.value;
}

describe('transformTitle', () => {
  it('applies the five rules to one row', () => {
    const { title, cast, genres } = clean('amazon');
    expect(title).toEqual({
      id: 'as1',
      platform: 'amazon',
      show_id: 's1',
      type: 'movie',
      title: 'the grand seduction',
      director: 'don mckellar',
      cast: 'brendan gleeson, taylor kitsch',
      country: 'canada',
      date_added: '2021-03-30',
      release_year: 2014,
      rating: 'g',
      duration: '113 min',
      duration_int: 113,
      duration_type: 'min',
      listed_in: 'comedy, drama',
      description: 'a small fishing village must procure a local doctor.',
    });
    expect(cast).toEqual(['brendan gleeson', 'taylor kitsch']);
    expect(genres).toEqual(['comedy', 'drama']);
  });

  it('moves a duration found in the rating column back and rates the title g (Hulu, Netflix)', () => {
    const { title } = clean('hulu', { type: 'TV Show', rating: '2 Seasons', duration: '' });
    expect(title).toMatchObject({
      rating: 'g',
      duration: '2 seasons',
      duration_int: 2,
      duration_type: 'season',
    });
    const movie = clean('netflix', { rating: '74 min', duration: '' }).title;
    expect(movie).toMatchObject({ rating: 'g', duration: '74 min', duration_int: 74, duration_type: 'min' });
  });

  it('keeps a Hulu row without cast, director or duration', () => {
    const { title, cast } = clean('hulu', { cast: '', director: '', duration: '' });
    expect(title).toMatchObject({
      id: 'hs1',
      cast: null,
      director: null,
      duration: null,
      duration_int: null,
    });
    expect(title.duration_type).toBeNull();
    expect(cast).toEqual([]);
  });

  it('reads a date_added with a leading space and leaves a missing one null', () => {
    expect(clean('netflix', { date_added: ' August 4, 2017' }).title.date_added).toBe('2017-08-04');
    expect(clean('amazon', { date_added: '' }).title.date_added).toBeNull();
  });

  it('drops placeholder casts and joins name suffixes', () => {
    expect(clean('amazon', { cast: '1, 2, 3' }).cast).toEqual([]);
    expect(clean('amazon', { cast: 'Johnny Simmons, Clifton Collins, Jr.' }).cast).toEqual([
      'johnny simmons',
      'clifton collins, jr.',
    ]);
  });

  it('keeps double spaces inside the title and trims its ends', () => {
    expect(clean('disney', { title: " The Little Mermaid:  Ariel's Beginning " }).title.title).toBe(
      "the little mermaid:  ariel's beginning",
    );
  });

  it.each([
    [{ show_id: '' }, 'missing_value', 'missing show_id'],
    [{ show_id: 'x1' }, 'malformed_id', 'malformed show_id "x1"'],
    [{ type: 'Podcast' }, 'unknown_type', 'unknown type "Podcast"'],
    [{ title: '  ' }, 'missing_value', 'missing title'],
    [{ release_year: '' }, 'missing_value', 'missing release_year'],
    [{ release_year: '19x9' }, 'not_a_number', 'release_year is not a number: "19x9"'],
    [{ date_added: 'Smarch 3, 2020' }, 'bad_date', 'unreadable date_added "Smarch 3, 2020"'],
    [{ duration: 'ninety min' }, 'bad_duration', 'unreadable duration "ninety min"'],
  ] as const)('rejects %j as %s', (overrides, kind, message) => {
    expect(transformTitle('amazon', row(overrides))).toEqual({ ok: false, reason: { kind, message } });
  });
});
