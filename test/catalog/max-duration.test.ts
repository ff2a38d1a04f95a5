import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMaxDuration, TIED_TITLES_SHOWN } from '../../src/catalog/index.ts';
import { DURATION_TYPES, maxYear, PLATFORMS } from '../../src/domain.ts';
import type { Store } from '../../src/store/open.ts';
import { Oracle } from './oracle.ts';
import { answerOf, errorOf, openTestStore, platformYears, REAL_STORE_PATH, STORE_PATHS } from './stores.ts';

for (const { name, path } of STORE_PATHS) {
  describe.skipIf(!path)(`getMaxDuration on the ${name} store`, () => {
    let store: Store;
    let oracle: Oracle;
    beforeAll(() => {
      store = openTestStore(path!);
      oracle = new Oracle(store.sqlite);
    });
    afterAll(() => store.close());

    it('agrees with a plain scan of the titles for every filter combination', () => {
      const combinations = [
        {},
        ...PLATFORMS.map((platform) => ({ platform })),
        ...[...new Set(platformYears(store).map((py) => py.year))].map((year) => ({ year })),
        ...platformYears(store),
      ];
      let compared = 0;
      for (const filters of combinations) {
        for (const durationType of DURATION_TYPES) {
          const expected = oracle.longest({ ...filters, durationType });
          const value = answerOf(getMaxDuration(store, { ...filters, durationType }));
          if (expected.duration === null) {
            expect(value.outcome, JSON.stringify(filters)).toBe('none');
            continue;
          }
          if (value.outcome !== 'found')
            expect.fail(`no answer for ${JSON.stringify(filters)} ${durationType}`);
          expect(value.title.duration).toBe(expected.duration);
          expect(value.title.id).toBe(expected.titles[0]!.id);
          expect(value.tieCount).toBe(expected.titles.length);
          expect(value.tiedWith.map((t) => t.id)).toEqual(
            expected.titles.slice(1, TIED_TITLES_SHOWN + 1).map((t) => t.id),
          );
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(combinations.length / 2);
    });

    it('reports the title with its platform, year and unit', () => {
      const movie = answerOf(getMaxDuration(store, { durationType: 'min' }));
      const show = answerOf(getMaxDuration(store, { durationType: 'season' }));
      if (movie.outcome !== 'found' || show.outcome !== 'found') return expect.fail('the store has titles');
      expect(movie.title.unit).toBe('minutes');
      expect(show.title.unit).toBe('seasons');
      const row = store.sqlite
        .prepare('SELECT platform, release_year, type FROM titles WHERE id = ?')
        .get(show.title.id) as { platform: string; release_year: number; type: string };
      expect(row).toEqual({ platform: show.title.platform, release_year: show.title.year, type: 'tv show' });
    });

    it('defaults to movies in minutes and accepts platform aliases and unit names', () => {
      const byDefault = answerOf(getMaxDuration(store, { platform: 'netflix' }));
      expect(byDefault.args).toEqual({ year: null, platform: 'netflix', durationType: 'min' });
      expect(answerOf(getMaxDuration(store, { platform: 'NETFLIX', durationType: 'minutes' }))).toEqual(
        byDefault,
      );
      const disney = answerOf(getMaxDuration(store, { platform: 'Disney Plus', durationType: 'Seasons' }));
      expect(disney.args).toEqual({ year: null, platform: 'disney', durationType: 'season' });
    });

    it('explains an empty answer instead of failing', () => {
      const value = answerOf(getMaxDuration(store, { platform: 'netflix', year: 1900 }));
      expect(value).toEqual({
        args: { year: 1900, platform: 'netflix', durationType: 'min' },
        outcome: 'none',
        summary: 'There are no movies on Netflix released in 1900.',
      });
    });

    it('rejects bad arguments with specific errors', () => {
      const unknown = errorOf(getMaxDuration(store, { platform: 'netflx' }));
      expect(unknown.code).toBe('unknown_platform');
      expect(unknown.suggestions).toEqual(['netflix']);
      expect(unknown.message).toContain('amazon, disney, hulu, netflix');
      expect(errorOf(getMaxDuration(store, { durationType: 'hours' })).code).toBe('invalid_duration_type');
      expect(errorOf(getMaxDuration(store, { year: 1899 })).code).toBe('invalid_year');
      expect(errorOf(getMaxDuration(store, { year: maxYear() + 1 })).code).toBe('invalid_year');
      expect(errorOf(getMaxDuration(store, { year: 2020.5 })).code).toBe('invalid_year');
      expect(answerOf(getMaxDuration(store, { year: maxYear() })).outcome).toBe('none');
    });
  });
}

describe.skipIf(!REAL_STORE_PATH)('getMaxDuration on real ties and gaps', () => {
  let store: Store;
  let oracle: Oracle;
  beforeAll(() => {
    store = openTestStore(REAL_STORE_PATH!);
    oracle = new Oracle(store.sqlite);
  });
  afterAll(() => store.close());

  it('breaks a tie by title then id and lists the other tied titles', () => {
    const tied = platformYears(store)
      .map((py) => ({ ...py, expected: oracle.longest({ ...py, durationType: 'season' }) }))
      .find((candidate) => candidate.expected.titles.length > TIED_TITLES_SHOWN + 1);
    if (!tied) return expect.fail('the real data has years where many TV shows share the most seasons');
    const value = answerOf(
      getMaxDuration(store, { platform: tied.platform, year: tied.year, durationType: 'season' }),
    );
    if (value.outcome !== 'found') return expect.fail('expected a title');
    expect(value.tieCount).toBe(tied.expected.titles.length);
    expect(value.tiedWith).toHaveLength(TIED_TITLES_SHOWN);
    const ordered = [value.title, ...value.tiedWith].map((t) => t.title);
    expect(ordered).toEqual(tied.expected.titles.slice(0, TIED_TITLES_SHOWN + 1).map((t) => t.title));
    expect(value.summary).toContain(`${tied.expected.titles.length - 1} other TV shows also last`);
  });

  it('says so when movies exist but none lists a duration in minutes', () => {
    const gap = platformYears(store).find(
      (py) =>
        oracle.movieCount(py.platform, py.year) > 0 &&
        oracle.longest({ ...py, durationType: 'min' }).duration === null,
    );
    if (!gap) return expect.fail('the real data has Hulu movies without a duration');
    const value = answerOf(getMaxDuration(store, { ...gap, durationType: 'min' }));
    const movies = oracle.movieCount(gap.platform, gap.year);
    expect(value.outcome).toBe('none');
    expect(value.summary).toMatch(
      movies === 1
        ? /^The only movie on .* lists no duration in minutes\.$/
        : new RegExp(`^None of the ${movies} movies on .* lists a duration in minutes\\.$`),
    );
  });

  it('leaves out movies whose duration is given in seasons', () => {
    const misfiled = store.sqlite
      .prepare("SELECT COUNT(*) AS n FROM titles WHERE type = 'movie' AND duration_type = 'season'")
      .get() as { n: number };
    expect(misfiled.n).toBeGreaterThan(0);
    const longestShow = answerOf(getMaxDuration(store, { durationType: 'season' }));
    if (longestShow.outcome !== 'found') return expect.fail('expected a show');
    expect(oracle.longest({ durationType: 'season' }).titles[0]!.id).toBe(longestShow.title.id);
  });
});
