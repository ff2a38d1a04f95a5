/**
 * A question being read: its tokens, which ones extractors have consumed, and phrase matching with
 * regular expressions over the tokens' keys (one space between tokens, `§slot` for consumed ones).
 */
import type { SlotName, Token } from './tokens.ts';

export interface Span {
  /** First token index. */
  from: number;
  /** One past the last token index. */
  to: number;
}

export interface PhraseMatch extends Span {
  groups: Record<string, Span | undefined>;
}

/** A pattern over token keys, anchored on whole tokens. */
export function phrase(source: string): RegExp {
  return new RegExp(`(?<!\\S)(?:${source})(?!\\S)`, 'dg');
}

/** Alternation of literal phrases (spaces between words), longest first. */
export function anyOf(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

export class Sentence {
  #keys: { text: string; tokenAt: Int32Array } | undefined;
  /** Matches already found, per pattern: every command module tests its cues on the same words. */
  readonly #matches = new Map<RegExp, PhraseMatch[]>();

  constructor(
    /** The question as typed (after control characters were removed). */
    readonly source: string,
    readonly tokens: Token[],
  ) {}

  key(index: number): string {
    const token = this.tokens[index]!;
    return token.slot ? `§${token.slot}` : token.norm;
  }

  isFree(index: number): boolean {
    return this.tokens[index]?.slot === undefined;
  }

  consume(span: Span, slot: SlotName): void {
    for (let i = span.from; i < span.to; i++) this.tokens[i]!.slot = slot;
    this.#keys = undefined;
    this.#matches.clear();
  }

  /** Every non-overlapping match of `pattern` (made with `phrase`). */
  matchAll(pattern: RegExp): PhraseMatch[] {
    let found = this.#matches.get(pattern);
    if (!found) {
      found = this.#findAll(pattern);
      this.#matches.set(pattern, found);
    }
    return found;
  }

  #findAll(pattern: RegExp): PhraseMatch[] {
    const { text, tokenAt } = this.#view();
    const matches: PhraseMatch[] = [];
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const [start, end] = match.indices![0]!;
      if (end === start) continue;
      const groups: Record<string, Span | undefined> = {};
      for (const [name, range] of Object.entries(match.indices!.groups ?? {})) {
        groups[name] = range && range[1] > range[0] ? toSpan(tokenAt, range[0], range[1]) : undefined;
      }
      matches.push({ ...toSpan(tokenAt, start, end), groups });
    }
    return matches;
  }

  match(pattern: RegExp): PhraseMatch | undefined {
    return this.matchAll(pattern)[0];
  }

  test(pattern: RegExp): boolean {
    return this.match(pattern) !== undefined;
  }

  /** The original text of a span, as typed. */
  original(span: Span): string {
    const first = this.tokens[span.from];
    const last = this.tokens[span.to - 1];
    if (!first || !last) return '';
    return this.source.slice(first.start, last.end);
  }

  #view() {
    let cached = this.#keys;
    if (!cached) {
      const keys = this.tokens.map((_, i) => this.key(i));
      const text = keys.join(' ');
      const tokenAt = new Int32Array(text.length).fill(-1);
      let offset = 0;
      keys.forEach((key, i) => {
        tokenAt.fill(i, offset, offset + key.length);
        offset += key.length + 1;
      });
      cached = { text, tokenAt };
      this.#keys = cached;
    }
    return cached;
  }
}

function toSpan(tokenAt: Int32Array, start: number, end: number): Span {
  let from = tokenAt[start]!;
  for (let c = start; from < 0 && c < end; c++) from = tokenAt[c]!;
  let last = tokenAt[end - 1]!;
  for (let c = end - 1; last < 0 && c >= start; c--) last = tokenAt[c]!;
  return { from, to: last + 1 };
}

/** A command's cue phrases, English and Spanish, as one pattern over token keys. */
export function cuePattern(cues: { en: string; es: string }): RegExp {
  return phrase(`${cues.en}|${cues.es}`);
}
