import { countTypeOption, platformOption } from './options.ts';
import type { SlashCommandDefinition } from './types.ts';

export const count: SlashCommandDefinition = {
  name: 'count',
  command: 'get_count_platform',
  description: {
    en: 'How many movies (or TV shows) a platform has',
    es: 'Cuántas películas (o series) tiene una plataforma',
  },
  options: [platformOption(true), countTypeOption],
  examples: [
    { en: '/count platform:hulu', es: '/count platform:hulu' },
    { en: 'how many movies does amazon prime have', es: '¿cuántas películas tiene hulu?' },
    { en: 'how many tv shows does netflix have', es: '¿cuántas series tiene netflix?' },
  ],
};
