import { limitOption, platformOption, titleOption } from './options.ts';
import type { SlashCommandDefinition } from './types.ts';

export const similar: SlashCommandDefinition = {
  name: 'similar',
  command: 'similar',
  description: {
    en: 'Titles similar to a title (genres, cast, director, description)',
    es: 'Títulos parecidos a uno dado (géneros, reparto, director, sinopsis)',
  },
  options: [titleOption, platformOption(false), limitOption],
  examples: [
    { en: '/similar title:stranger things', es: '/similar title:stranger things' },
    { en: 'movies like stranger things', es: 'películas parecidas a stranger things' },
  ],
};
