/**
 * Questions as tokens: each keeps the text as typed (titles are cut from the original), a folded
 * form for matching, and its offsets. Slot extraction later marks tokens as consumed.
 */

export type TokenKind = 'word' | 'number' | 'symbol' | 'other';

export type SlotName =
  | 'title_id'
  | 'user'
  | 'threshold'
  | 'year'
  | 'limit'
  | 'platform'
  | 'quoted'
  | 'title'
  // browsing values (browse-slots.ts)
  | 'bound'
  | 'range'
  | 'age_rating'
  | 'person'
  | 'country'
  | 'genre'
  | 'sort'
  | 'group';

export interface Token {
  /** As typed. */
  text: string;
  /** Lower-case, accents removed, typographic apostrophes straightened, possessive "'s" dropped. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** The value of a number token. */
  value?: number;
  /** A two-digit year written with an apostrophe ('98). */
  shortYear?: boolean;
  /** Set once an extractor has used the token. */
  slot?: SlotName;
}

/** The longest question the parser reads; the rest of a very long message is ignored. */
const MAX_QUESTION_CHARS = 400;

const TOKEN =
  /(?<num>\d+(?:[.,]\d+)?)|(?<yy>['’‘]\d{2}(?!\d))|(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*)|(?<sym>>=|<=|=>|[<>≥≤+#★?¿!¡,;:"“”«»()/=])|(?<other>[^\s\-_.])/gu;

/** Lower-case without accents; "ñ" becomes "n", as people often type it anyway. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'");
}

export function tokenize(input: string): Token[] {
  const text = input.slice(0, MAX_QUESTION_CHARS);
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const groups = match.groups!;
    if (groups.num !== undefined) {
      const value = Number(raw.replace(',', '.'));
      tokens.push({ text: raw, norm: String(value), start, end, kind: 'number', value });
    } else if (groups.yy !== undefined) {
      const value = Number(raw.slice(1));
      tokens.push({
        text: raw,
        norm: raw.slice(1),
        start,
        end,
        kind: 'number',
        value,
        shortYear: true,
      });
    } else if (groups.word !== undefined) {
      const norm = fold(raw).replace(/'s$/, '');
      tokens.push({ text: raw, norm, start, end, kind: 'word' });
    } else if (groups.sym !== undefined) {
      const norm = raw === '≥' || raw === '=>' ? '>=' : raw === '≤' ? '<=' : raw;
      tokens.push({ text: raw, norm, start, end, kind: 'symbol' });
    } else {
      tokens.push({ text: raw, norm: raw, start, end, kind: 'other' });
    }
  }
  return tokens;
}

/** Characters that make no sense in a question and are dropped before anything else. */
export function stripControl(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, ' ');
}
