/** Which language a question is in, from the words only one language uses. */
import type { Locale } from '../../answer.ts';
import { ENGLISH_WORDS, SPANISH_WORDS } from './lexicon.ts';
import type { Token } from './tokens.ts';

const SPANISH_MARKS = /[¿¡ñáéíóú]/i;

/** The question's language, or undefined when its words do not tell (e.g. "netflix 2020"). */
export function detectLanguage(
  tokens: readonly Token[],
  ignore?: (index: number) => boolean,
): Locale | undefined {
  let spanish = 0;
  let english = 0;
  tokens.forEach((token, index) => {
    if (ignore?.(index)) return;
    if (token.norm === '¿' || token.norm === '¡') spanish += 2;
    else if (token.kind === 'word') {
      if (SPANISH_WORDS.has(token.norm)) spanish++;
      if (ENGLISH_WORDS.has(token.norm)) english++;
      if (SPANISH_MARKS.test(token.text)) spanish += 0.5;
    }
  });
  if (spanish > english) return 'es';
  if (english > spanish) return 'en';
  return undefined;
}
