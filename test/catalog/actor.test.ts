import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getActor, TIED_ACTORS_SHOWN } from '../../src/catalog/index.ts';
import type { Store } from '../../src/store/open.ts';
import { Oracle } from './oracle.ts';
import { answerOf, errorOf, openTestStore, platformYears, REAL_STORE_PATH, STORE_PATHS } from './stores.ts';

for (const { name, path } of STORE_PATHS) {
  describe.skipIf(!path)(`getActor on the ${name} store`, () => {
    let store: Store;
    let oracle: Oracle;
    beforeAll(() => {
      store = openTestStore(path!);
      oracle = new Oracle(store.sqlite);
    });
    afterAll(() => store.close());

    it('agrees with a plain count over the cast table for every platform and year', () => {
      let found = 0;
      for (const { platform, year } of platformYears(store)) {
        const ranking = oracle.actorRanking(platform, year);
        const value = answerOf(getActor(store, { platform, year }));
        if (ranking.length === 0) {
          expect(value.outcome, `${platform} ${year}`).not.toBe('found');
          continue;
        }
        if (value.outcome !== 'found') return expect.fail(`no actor for ${platform} ${year}`);
        const tied = ranking.filter((r) => r.titles === ranking[0]!.titles);
        expect(value.actor, `${platform} ${year}`).toBe(tied[0]!.actor);
        expect(value.titleCount).toBe(tied[0]!.titles);
        expect(value.tieCount).toBe(tied.length);
        expect(value.tiedWith).toEqual(tied.slice(1, TIED_ACTORS_SHOWN + 1).map((r) => r.actor));
        found++;
      }
      expect(found).toBeGreaterThan(0);
    });

    it('finds each cast member at most once per title, as the derived counts assume', () => {
      const repeated = store.sqlite
        .prepare(
          'SELECT COUNT(*) AS n FROM (SELECT 1 FROM title_cast GROUP BY title_id, actor HAVING COUNT(*) > 1)',
        )
        .get() as { n: number };
      expect(repeated.n).toBe(0);
    });

    it('says when the platform has no titles that year', () => {
      const value = answerOf(getActor(store, { platform: 'netflix', year: 1900 }));
      expect(value).toEqual({
        args: { platform: 'netflix', year: 1900 },
        outcome: 'no_titles',
        summary: 'Netflix has no titles released in 1900.',
      });
    });

    it('rejects bad arguments with specific errors', () => {
      expect(errorOf(getActor(store, { platform: 'netflix' })).code).toBe('missing_argument');
      expect(errorOf(getActor(store, { platform: 'netflix', year: 'last year' })).code).toBe('invalid_year');
      expect(errorOf(getActor(store, { platform: 'netfix', year: 2020 })).suggestions).toEqual(['netflix']);
    });
  });
}

describe.skipIf(!REAL_STORE_PATH)('getActor on the real data', () => {
  let store: Store;
  let oracle: Oracle;
  beforeAll(() => {
    store = openTestStore(REAL_STORE_PATH!);
    oracle = new Oracle(store.sqlite);
  });
  afterAll(() => store.close());

  it('says that Hulu lists no cast rather than naming nobody, even in years with Hulu titles', () => {
    const year = platformYears(store).find((py) => py.platform === 'hulu')!.year;
    expect(oracle.titleCount('hulu', year)).toBeGreaterThan(0);
    const value = answerOf(getActor(store, { platform: 'Hulu', year }));
    expect(value.outcome).toBe('no_cast_data');
    expect(value.summary).toBe("Hulu's catalog lists no cast, so no actor can be named.");
  });

  it('returns a tie alphabetically, naming the others and how many share the maximum', () => {
    const tied = platformYears(store)
      .filter((py) => py.platform !== 'hulu')
      .map((py) => ({ ...py, ranking: oracle.actorRanking(py.platform, py.year) }))
      .find((c) => c.ranking.filter((r) => r.titles === c.ranking[0]!.titles).length > TIED_ACTORS_SHOWN + 1);
    if (!tied) return expect.fail('the real data has years where many cast members share the maximum');
    const value = answerOf(getActor(store, { platform: tied.platform, year: tied.year }));
    if (value.outcome !== 'found') return expect.fail('expected an actor');
    const names = [value.actor, ...value.tiedWith];
    expect(names).toEqual([...names].sort());
    expect(value.tiedWith).toHaveLength(TIED_ACTORS_SHOWN);
    expect(value.summary).toContain(
      `and ${value.tieCount - 1 - TIED_ACTORS_SHOWN} more; the first alphabetically wins.`,
    );
  });

  it('words the answer for a year with a single title that lists no cast in the singular', () => {
    const single = oracle.yearsWithoutCast().find((gap) => oracle.titleCount(gap.platform, gap.year) === 1);
    if (!single) return expect.fail('the real data has a year with one title and no cast');
    const value = answerOf(getActor(store, single));
    expect(value.summary).toMatch(/^The only title on .+ released in \d{4} lists no cast\.$/);
  });

  it('says when a platform with cast data lists none for that year', () => {
    const gap = oracle.yearsWithoutCast()[0];
    if (!gap) return expect.fail('the real data has years whose titles list no cast');
    const value = answerOf(getActor(store, gap));
    expect(value).toMatchObject({
      outcome: 'no_cast_listed',
      titlesReleased: oracle.titleCount(gap.platform, gap.year),
    });
  });
});
