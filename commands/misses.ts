import type { CommandModule } from './types.ts';

/** No words in a question ask for it (no `understand`): admins ask with `/misses` or `streambot misses`. */
export const misses: CommandModule<'misses'> = {
  name: 'misses',
  command: 'misses',
  description: {
    en: 'Admins: the questions Streambot did not answer lately, most frequent first',
    es: 'Administradores: las preguntas que Streambot no supo responder, las más frecuentes primero',
  },
  options: [
    {
      name: 'days',
      arg: 'days',
      type: 'integer',
      description: {
        en: 'How many days back (1–30, default 7)',
        es: 'Cuántos días atrás (1–30, 7 por defecto)',
      },
      required: false,
      min: 1,
      max: 30,
    },
  ],
  adminOnly: true,
  examples: [{ en: '/misses days:7', es: '/misses days:7' }],
};
