import { platformOption } from './options.ts';
import type { SlashCommandDefinition } from './types.ts';

export const count: SlashCommandDefinition = {
  name: 'count',
  command: 'get_count_platform',
  description: { en: 'How many movies a platform has', es: 'Cuántas películas tiene una plataforma' },
  options: [platformOption(true)],
  examples: [
    { en: '/count platform:hulu', es: '/count platform:hulu' },
    { en: 'how many movies does amazon prime have', es: '¿cuántas películas tiene hulu?' },
  ],
};
