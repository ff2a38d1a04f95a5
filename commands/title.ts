import { titleOption } from './options.ts';
import type { SlashCommandDefinition } from './types.ts';

export const title: SlashCommandDefinition = {
  name: 'title',
  command: 'title_info',
  description: {
    en: 'Details of a title: platform, year, duration, cast, score',
    es: 'Detalles de un título: plataforma, año, duración, reparto, nota',
  },
  options: [titleOption],
  examples: [
    { en: '/title title:the irishman', es: '/title title:the irishman' },
    { en: 'tell me about the irishman', es: 'háblame de the irishman' },
  ],
};
