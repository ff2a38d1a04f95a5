/**
 * Folding of titles and queries for search, shared by the ETL (which stores the folded words) and
 * `findTitles` (which folds what a person types) so both sides always agree.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Lower-case, accents and apostrophes dropped ("don't" → "dont"), other punctuation a space, single spaces. */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

/** The distinct words of an already folded text, in order of first appearance. */
export function searchTokens(folded: string): string[] {
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}

/**
 * The exclusive upper bound of the strings starting with `prefix` under binary (code point) order:
 * U+10FFFF sorts after every character a folded word can contain.
 */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
