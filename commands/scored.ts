import { platformOption, scoredOption, yearOption } from './options.ts';
import type { SlashCommandDefinition } from './types.ts';

export const scored: SlashCommandDefinition = {
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
};
