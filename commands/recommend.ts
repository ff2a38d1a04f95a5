import { titleOption, userOption } from './options.ts';
import type { SlashCommandDefinition } from './types.ts';

export const recommend: SlashCommandDefinition = {
  name: 'recommend',
  command: 'recommend',
  description: {
    en: 'Would this user like this title? A yes or no with the predicted score',
    es: '¿Le gustaría este título a este usuario? Sí o no, con la nota prevista',
  },
  options: [userOption, titleOption],
  examples: [
    { en: '/recommend user:42 title:ns123', es: '/recommend user:42 title:ns123' },
    { en: 'would user 42 like the irishman?', es: '¿le recomiendas ns123 al usuario 42?' },
  ],
};
