/**
 * Dictionary forms of English words through compromise (movies → movie, appeared → appear,
 * starring → star), so single-word cues match every inflection.
 */
import nlp from 'compromise';
import type { Token } from './tokens.ts';

interface TermJson {
  normal?: string;
  root?: string;
}

/** Sets `root` on the word tokens of an English question. */
export function addEnglishRoots(tokens: Token[]): void {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length === 0) return;
  const doc = nlp(words.map((t) => t.norm).join(' '));
  doc.compute('root');
  const roots = new Map<string, string>();
  for (const sentence of doc.json({ terms: { normal: true } }) as { terms: TermJson[] }[]) {
    for (const term of sentence.terms) {
      if (term.normal && term.root) roots.set(term.normal, term.root);
    }
  }
  for (const token of words) token.root = roots.get(token.norm) ?? token.norm;
}
