import { platformOption, yearOption } from './options.ts';
import type { SlashCommandDefinition } from './types.ts';

export const actor: SlashCommandDefinition = {
  name: 'actor',
  command: 'get_actor',
  description: {
    en: 'The actor in the most titles of a platform and release year',
    es: 'El actor con más títulos en una plataforma y año de estreno',
  },
  options: [platformOption(true), yearOption(true)],
  examples: [
    { en: '/actor platform:disney year:2019', es: '/actor platform:disney year:2019' },
    { en: 'most frequent actor on disney+ in 2019', es: '¿qué actor aparece más en amazon en 2014?' },
  ],
};
