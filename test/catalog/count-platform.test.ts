import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCountPlatform } from '../../src/catalog/index.ts';
import { PLATFORMS } from '../../src/domain.ts';
import type { Store } from '../../src/store/open.ts';
import { Oracle } from './oracle.ts';
import { answerOf, errorOf, openTestStore, STORE_PATHS } from './stores.ts';

for (const { name, path } of STORE_PATHS) {
  describe.skipIf(!path)(`getCountPlatform on the ${name} store`, () => {
    let store: Store;
    beforeAll(() => {
      store = openTestStore(path!);
    });
    afterAll(() => store.close());

    it('counts the movies of each platform, with its TV shows as context', () => {
      const oracle = new Oracle(store.sqlite);
      for (const platform of PLATFORMS) {
        const value = answerOf(getCountPlatform(store, { platform }));
        expect(value.args).toEqual({ platform });
        expect({ movies: value.movies, tvShows: value.tvShows }).toEqual(oracle.countByType(platform));
      }
    });

    it('accepts the usual names of a platform', () => {
      const amazon = answerOf(getCountPlatform(store, { platform: 'amazon' }));
      for (const alias of ['Amazon Prime', ' prime  video ', 'PRIME']) {
        expect(answerOf(getCountPlatform(store, { platform: alias }))).toEqual(amazon);
      }
      expect(answerOf(getCountPlatform(store, { platform: 'disney+' })).args.platform).toBe('disney');
    });

    it('names the valid platforms for an unknown one', () => {
      const far = errorOf(getCountPlatform(store, { platform: 'hbo max' }));
      expect(far.code).toBe('unknown_platform');
      expect(far.message).toBe('Unknown platform "hbo max". Platforms: amazon, disney, hulu, netflix.');
      expect(far.suggestions).toEqual([...PLATFORMS]);
      expect(errorOf(getCountPlatform(store, { platform: 'hullu' })).suggestions).toEqual(['hulu']);
      expect(errorOf(getCountPlatform(store, {})).code).toBe('missing_argument');
    });
  });
}
