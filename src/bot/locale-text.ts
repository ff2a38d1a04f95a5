/** Text in both languages, picked by the answer's locale. */
import type { Locale } from './answer.ts';

export type Bilingual<T = string> = Record<Locale, T>;

export function pick<T>(text: Bilingual<T>, locale: Locale): T {
  return text[locale];
}
