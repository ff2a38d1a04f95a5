import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_TITLE_MATCHES,
  findTitles,
  foldSearchText,
  type TitleMatch,
} from '../../src/catalog/index.ts';
import type { Store } from '../../src/store/open.ts';
import { answerOf, errorOf, openTestStore, STORE_PATHS } from './stores.ts';

const TIER_ORDER = ['id', 'exact', 'start', 'words'];

interface TitleRow {
  id: string;
  title: string;
}

function containsWords(title: string, words: string[], begun?: string): boolean {
  const titleWords = foldSearchText(title).split(' ');
  return (
    words.every((word) => titleWords.includes(word)) &&
    (begun === undefined || titleWords.some((word) => word.startsWith(begun)))
  );
}

for (const { name, path } of STORE_PATHS) {
  describe.skipIf(!path)(`findTitles on the ${name} store`, () => {
    let store: Store;
    let titles: TitleRow[];
    beforeAll(() => {
      store = openTestStore(path!);
      titles = store.sqlite.prepare('SELECT id, title FROM titles ORDER BY id').all() as TitleRow[];
    });
    afterAll(() => store.close());

    const sample = (predicate: (row: TitleRow) => boolean) => {
      const row = titles.find(predicate);
      if (!row) expect.fail('no title in the store fits the example');
      return row;
    };

    it('finds a title by its id, in any case', () => {
      const row = titles[Math.floor(titles.length / 2)]!;
      const value = answerOf(findTitles(store, ` ${row.id.toUpperCase()} `));
      expect(value.matches).toHaveLength(1);
      expect(value.matches[0]).toMatchObject({ id: row.id, title: row.title, match: 'id' });
      const missing = answerOf(findTitles(store, 'ns99999999'));
      expect(missing.matches).toEqual([]);
      expect(missing.summary).toBe('No title has the id ns99999999.');
    });

    it('puts every title that is exactly the text first, whatever its case and punctuation', () => {
      const row = sample((r) => foldSearchText(r.title).split(' ').length >= 2);
      const sameTitle = titles.filter((t) => foldSearchText(t.title) === foldSearchText(row.title));
      const value = answerOf(findTitles(store, row.title.toUpperCase()));
      const exact = value.matches.filter((m) => m.match === 'exact');
      expect(exact.map((m) => m.id).sort()).toEqual(sameTitle.map((t) => t.id).sort());
      expect(value.matches.slice(0, exact.length)).toEqual(exact);
    });

    it('matches every word, the last one possibly begun, ranked by tier', () => {
      const row = sample((r) => {
        const words = foldSearchText(r.title).split(' ');
        return words.length >= 3 && words.every((w) => w.length >= 3);
      });
      const words = foldSearchText(row.title).split(' ');
      const typed = `${words[2]} ${words[0]!.slice(0, 2)}`;
      const value = answerOf(findTitles(store, typed, { limit: 25 }));
      expect(value.matches.length).toBeGreaterThan(0);
      for (const match of value.matches) {
        expect(containsWords(match.title, [words[2]!], words[0]!.slice(0, 2)), match.title).toBe(true);
      }
      const tiers = value.matches.map((m) => TIER_ORDER.indexOf(m.match));
      expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
      const everyMatch = titles.filter((t) => containsWords(t.title, [words[2]!], words[0]!.slice(0, 2)));
      expect(value.matches).toHaveLength(Math.min(25, everyMatch.length));
      if (everyMatch.length <= 25) expect(value.matches.map((m) => m.id)).toContain(row.id);
    });

    it('orders word matches by fewest words first', () => {
      const value = answerOf(findTitles(store, 'the', { limit: 25 }));
      const words = value.matches
        .filter((m) => m.match === 'words')
        .map((m) => new Set(foldSearchText(m.title).split(' ')).size);
      expect(words).toEqual([...words].sort((a, b) => a - b));
    });

    it('finds titles that begin with the text', () => {
      const row = sample((r) => foldSearchText(r.title).length >= 8);
      const start = foldSearchText(row.title).slice(0, 6);
      const value = answerOf(findTitles(store, start, { limit: 25 }));
      const starting = value.matches.filter((m: TitleMatch) => m.match === 'start' || m.match === 'exact');
      expect(starting.length).toBeGreaterThan(0);
      for (const match of starting) expect(foldSearchText(match.title).startsWith(start)).toBe(true);
    });

    it('returns an explained empty answer when nothing matches', () => {
      const value = answerOf(findTitles(store, 'zzqxj wvvkq'));
      expect(value).toEqual({
        query: 'zzqxj wvvkq',
        matches: [],
        summary: 'No title matches "zzqxj wvvkq".',
      });
    });

    it('limits the matches and rejects text without letters or digits', () => {
      expect(answerOf(findTitles(store, 'the')).matches).toHaveLength(DEFAULT_TITLE_MATCHES);
      expect(answerOf(findTitles(store, 'the', { limit: 3 })).matches).toHaveLength(3);
      expect(errorOf(findTitles(store, 'the', { limit: 0 })).code).toBe('invalid_limit');
      expect(errorOf(findTitles(store, 'the', { limit: 26 })).code).toBe('invalid_limit');
      expect(errorOf(findTitles(store, ' ?! ')).code).toBe('invalid_text');
    });
  });
}
