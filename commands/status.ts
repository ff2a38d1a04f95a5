import type { SlashCommandDefinition } from './types.ts';

export const status: SlashCommandDefinition = {
  name: 'status',
  command: 'status',
  description: {
    en: 'Which data build is serving: when, from which files, counts, model',
    es: 'Qué versión de los datos está activa: cuándo, de qué ficheros, recuentos, modelo',
  },
  options: [],
  examples: [{ en: '/status', es: '/status' }],
};
