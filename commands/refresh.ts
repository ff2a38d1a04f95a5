import type { SlashCommandDefinition } from './types.ts';

export const refresh: SlashCommandDefinition = {
  name: 'refresh',
  command: 'refresh',
  description: {
    en: 'Admins: rebuild the data and the model, then swap them in',
    es: 'Administradores: reconstruir los datos y el modelo y ponerlos en servicio',
  },
  options: [],
  adminOnly: true,
  examples: [{ en: '/refresh', es: '/refresh' }],
};
