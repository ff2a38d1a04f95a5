/**
 * Finding where a question names a title: after an anchor ("like", "similar to", "tell me about",
 * "would user 7 enjoy"), cut at the next extracted value or clause, with filler words trimmed.
 */
import type { Locale } from '../../answer.ts';
import {
  CHAT_WORDS,
  CLAUSE_WORDS,
  FRAME_WORDS,
  MOVIE_WORDS,
  NOT_IN_BARE_TITLES,
  SHOW_WORDS,
  TITLE_EDGE_WORDS,
  TITLE_WORDS,
} from './lexicon.ts';
import type { Sentence, Span } from './sentence.ts';

const HARD_STOPS = new Set(['?', '!', ';', '¿', '¡', '(', ')']);
const EDGE_SYMBOLS = new Set([',', ':', '-', '#', '+', '=', '/', '"', '>', '<', '>=', '<=']);

function isContentNoun(norm: string): boolean {
  return MOVIE_WORDS.has(norm) || SHOW_WORDS.has(norm) || TITLE_WORDS.has(norm);
}

/** Words that describe what is wanted without naming it ("a few films", "something good", "unas series"). */
const GENERIC = new Set(
  `a an few couple of some any something anything good great nice cool fun new decent solid fresh other more
  library catalog catalogue lineup selection only just solo solamente catalogo that what which these those whom whose them idea ideas suggestion suggestions recommendation recommendations tonight
  cosa cosas algo alguna algunas alguno algunos unas unos una un buena buenas bueno buenos nueva nuevas otra otras`.split(
    /\s+/,
  ),
);

/** A span that names no title: no letters or digits at all, or only generic words and content nouns. */
function namesNothing(sentence: Sentence, span: Span): boolean {
  const words = sentence.tokens
    .slice(span.from, span.to)
    .filter((t) => t.kind === 'word' || t.kind === 'number');
  return words.every((t) => GENERIC.has(t.norm) || CHAT_WORDS.has(t.norm) || isContentNoun(t.norm));
}

/** Runs of free tokens starting at `from`; `splitAtFrame` also cuts at words that frame a question. */
function runs(sentence: Sentence, from: number, splitAtFrame: boolean): Span[] {
  const found: Span[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && end > start) found.push({ from: start, to: end });
    start = -1;
  };
  for (let i = from; i < sentence.tokens.length; i++) {
    const token = sentence.tokens[i]!;
    const next = sentence.tokens[i + 1];
    const endsClause =
      !sentence.isFree(i) ||
      HARD_STOPS.has(token.norm) ||
      (token.norm === ',' &&
        (next === undefined || CLAUSE_WORDS.has(next.norm) || !sentence.isFree(i + 1))) ||
      (splitAtFrame && FRAME_WORDS.has(token.norm));
    if (endsClause) close(i);
    else if (start < 0) start = i;
  }
  close(sentence.tokens.length);
  return found;
}

/** Drops fillers, content nouns and punctuation from the ends of a span. */
function trim(sentence: Sentence, span: Span, locale: Locale): Span {
  const edges = TITLE_EDGE_WORDS[locale];
  let { from, to } = span;
  const norm = (i: number) => sentence.tokens[i]!.norm;
  while (
    from < to &&
    (edges.leading.has(norm(from)) || isContentNoun(norm(from)) || EDGE_SYMBOLS.has(norm(from)))
  ) {
    from++;
  }
  while (to > from && (edges.trailing.has(norm(to - 1)) || EDGE_SYMBOLS.has(norm(to - 1)))) to--;
  return { from, to };
}

/** The title text of a span: as typed, lower-case, single spaces. */
export function titleText(sentence: Sentence, span: Span): string {
  return sentence.original(span).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The first title-like run after `from`. */
export function titleAfter(sentence: Sentence, from: number, locale: Locale): Span | undefined {
  for (const run of runs(sentence, from, false)) {
    const trimmed = trim(sentence, run, locale);
    if (trimmed.to > trimmed.from && !namesNothing(sentence, trimmed)) return trimmed;
  }
  return undefined;
}

/** After a weak anchor ("what is …"), a title only when it runs to the end of the question. */
export function bareTitleAfter(sentence: Sentence, from: number, locale: Locale): Span | undefined {
  const all = runs(sentence, from, false);
  if (all.length !== 1) return undefined;
  const trimmed = trim(sentence, all[0]!, locale);
  if (trimmed.to <= trimmed.from || namesNothing(sentence, trimmed)) return undefined;
  for (let i = trimmed.from; i < trimmed.to; i++) {
    if (NOT_IN_BARE_TITLES.has(sentence.tokens[i]!.norm)) return undefined;
  }
  const rest = sentence.tokens.slice(all[0]!.to);
  if (rest.some((t) => t.kind !== 'symbol')) return undefined;
  return trimmed;
}

/** Without an anchor: the longest run of words that frame nothing ("is <the irishman> a good pick"). */
export function looseTitle(sentence: Sentence, locale: Locale): Span | undefined {
  let best: Span | undefined;
  for (const run of runs(sentence, 0, true)) {
    const trimmed = trim(sentence, run, locale);
    const words = sentence.tokens.slice(trimmed.from, trimmed.to).filter((t) => t.kind === 'word');
    if (words.length === 0 || namesNothing(sentence, trimmed)) continue;
    if (!best || trimmed.to - trimmed.from > best.to - best.from) best = trimmed;
  }
  return best;
}
