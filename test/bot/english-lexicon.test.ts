/** The English lexicon the parser keeps beside its dependencies is compromise's, word for word. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishLexicon } from '../../src/bot/nl/english-lexicon.ts';

describe('the English lexicon', () => {
  it('reads from its cache the same words compromise unpacks', () => {
    const compromise: typeof import('compromise').default = createRequire(import.meta.url)('compromise');
    const unpacked = Object.keys(
      (compromise.world() as { model: { one: { lexicon: object } } }).model.one.lexicon,
    );
    const first = englishLexicon();
    const cached = englishLexicon();
    expect(unpacked.length).toBeGreaterThan(20_000);
    expect(first).toEqual(unpacked);
    expect(cached).toEqual(unpacked);
  });
});
