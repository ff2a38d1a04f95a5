import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { similarTitles } from '../../src/recommender/similar.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { answerOf, errorOf, STORE_PATHS } from './stores.ts';

for (const { name, path } of STORE_PATHS) {
  describe.skipIf(!path)(`similarTitles on the ${name} store`, () => {
    let store: Store;
    let sampleIds: string[];
    const genresOf = (id: string) =>
      new Set(
        store.sqlite.prepare('SELECT genre FROM title_genres WHERE title_id = ?').pluck().all(id) as string[],
      );
    const castOf = (id: string) =>
      new Set(
        store.sqlite.prepare('SELECT actor FROM title_cast WHERE title_id = ?').pluck().all(id) as string[],
      );
    beforeAll(() => {
      store = openStore(path!);
      // Titles with cast and genres, spread over the catalog.
      sampleIds = store.sqlite
        .prepare(
          `SELECT id FROM titles WHERE id IN (SELECT title_id FROM title_cast) AND id IN (SELECT title_id FROM title_genres)
           ORDER BY id`,
        )
        .pluck()
        .all()
        .filter((_, i) => i % 97 === 0)
        .slice(0, 20) as string[];
    });
    afterAll(() => store.close());

    it('ranks other titles by cosine similarity, explaining what they share', () => {
      for (const id of sampleIds) {
        const r = answerOf(similarTitles(store, id, { limit: 10 }));
        expect(r.title.id).toBe(id);
        expect(r.similar.length).toBeGreaterThan(0);
        const scores = r.similar.map((s) => s.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        for (const s of r.similar) {
          expect(s.id).not.toBe(id);
          expect(s.title).not.toBe(r.title.title);
          expect(s.score).toBeGreaterThan(0);
          expect(s.score).toBeLessThanOrEqual(1 + 1e-6);
          const [mine, theirs] = [genresOf(id), genresOf(s.id)];
          for (const genre of s.shared.genres) expect(mine.has(genre) && theirs.has(genre)).toBe(true);
          const [myCast, theirCast] = [castOf(id), castOf(s.id)];
          for (const actor of s.shared.cast) expect(myCast.has(actor) && theirCast.has(actor)).toBe(true);
        }
      }
    });

    it('keeps to a platform and a limit', () => {
      const r = answerOf(similarTitles(store, sampleIds[1]!, { platform: 'hulu', limit: 4 }));
      expect(r.platform).toBe('hulu');
      expect(r.similar.length).toBeLessThanOrEqual(4);
      for (const s of r.similar) expect(s.platform).toBe('hulu');
    });

    it('rejects an unknown title, a bad platform and a bad limit', () => {
      expect(errorOf(similarTitles(store, 'ds999999')).code).toBe('unknown_title');
      expect(errorOf(similarTitles(store, sampleIds[0]!, { platform: 'hbo' })).code).toBe('unknown_platform');
      expect(errorOf(similarTitles(store, sampleIds[0]!, { limit: 0 })).code).toBe('invalid_limit');
    });
  });
}
