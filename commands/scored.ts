import { scoreCountAnswer } from '../src/bot/answers/catalog.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { SCORE_WORDS } from '../src/bot/nl/lexicon.ts';
import { request } from '../src/bot/nl/reading.ts';
import { phrase } from '../src/bot/nl/sentence.ts';
import { COUNT_CUE } from './count.ts';
import { platformOption, scoredOption, yearOption } from './options.ts';
import type { CommandModule } from './types.ts';

/** Score words are also slot vocabulary (thresholds like "rated 3.5"), so they live in the lexicon. */
const SCORE_WORD = phrase(SCORE_WORDS);

export const scored: CommandModule<'get_score_count'> = {
  name: 'scored',
  command: 'get_score_count',
  description: {
    en: 'How many movies of a platform and year score above a threshold',
    es: 'Cuántas películas de una plataforma y año tienen nota mayor que un umbral',
  },
  options: [platformOption(true), scoredOption, yearOption(true)],
  examples: [
    {
      en: '/scored platform:netflix scored:3.5 year:2020',
      es: '/scored platform:netflix scored:3.5 year:2020',
    },
    {
      en: 'how many netflix movies from 2020 scored above 3.5',
      es: '¿cuántas películas de netflix de 2020 tienen más de 3,5?',
    },
  ],
  // No `cue`: a score word alone ("would user 5 rate it") is no catalog question; a threshold is.
  catalogQuestion: true,
  understand(reading) {
    const { slots } = reading;
    const counting = reading.has(COUNT_CUE);
    const scoreWord = reading.has(SCORE_WORD);
    if (slots.scored === undefined && !(counting && (scoreWord || slots.danglingComparator)))
      return undefined;
    // "above 4" alone is weak: after another question it only changes the threshold.
    if (!counting && !scoreWord) reading.weak = true;
    const asked = request('get_score_count', {
      platform: slots.platform,
      scored: slots.scored,
      year: slots.year,
    });
    return { request: asked, evidence: EVIDENCE.catalogQuestion + reading.fit(asked) };
  },
  pure: true,
  answer: scoreCountAnswer,
};
