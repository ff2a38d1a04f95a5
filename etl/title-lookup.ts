/**
 * Resolving a rating's `movieId` to the index of a loaded title, straight from the bytes of the line:
 * `as680` → platform `a`, number 680 → one typed-array read, no string built. Ids the fast path cannot
 * read (leading zeros, odd spacing) go through a Map of the exact id strings.
 */
import type { TitleId } from '../src/domain.ts';

const LETTER_A = 0x61;
const LETTER_S = 0x73;
const DIGIT_0 = 0x30;
const NOT_FOUND = -1;
const PLATFORM_LETTERS = 'adhn';

export class TitleLookup {
  readonly ids: readonly TitleId[];
  readonly #byId: Map<string, number>;
  /** Per platform letter (indexed by char code - 'a'), title index by show number; -1 = none. */
  readonly #byNumber: (Int32Array | undefined)[] = [];

  constructor(ids: readonly TitleId[]) {
    this.ids = ids;
    this.#byId = new Map(ids.map((id, index) => [id, index]));
    const maxNumber = new Map<string, number>();
    const canonical = (id: string) => /^[adhn]s(0|[1-9]\d{0,8})$/.test(id);
    for (const id of ids) {
      if (canonical(id)) maxNumber.set(id[0]!, Math.max(maxNumber.get(id[0]!) ?? 0, Number(id.slice(2))));
    }
    for (const letter of PLATFORM_LETTERS) {
      const max = maxNumber.get(letter);
      if (max !== undefined)
        this.#byNumber[letter.charCodeAt(0) - LETTER_A] = new Int32Array(max + 1).fill(NOT_FOUND);
    }
    ids.forEach((id, index) => {
      if (canonical(id)) this.#byNumber[id.charCodeAt(0) - LETTER_A]![Number(id.slice(2))] = index;
    });
  }

  get size(): number {
    return this.ids.length;
  }

  /** The title index for the id in `bytes[start, end)`, or -1 when the fast path cannot tell. */
  fastIndexOf(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length < 3 || length > 11 || bytes[start + 1] !== LETTER_S) return NOT_FOUND;
    const table = this.#byNumber[bytes[start]! - LETTER_A];
    if (table === undefined) return NOT_FOUND;
    if (bytes[start + 2] === DIGIT_0 && length > 3) return NOT_FOUND;
    let number = 0;
    for (let i = start + 2; i < end; i++) {
      const digit = bytes[i]! - DIGIT_0;
      if (digit < 0 || digit > 9) return NOT_FOUND;
      number = number * 10 + digit;
    }
    return number < table.length ? table[number]! : NOT_FOUND;
  }

  /** The title index for an id string, or -1 when no loaded title has it. */
  indexOf(id: string): number {
    return this.#byId.get(id) ?? NOT_FOUND;
  }
}
