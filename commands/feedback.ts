import { misses } from './misses.ts';
import type { CommandModule } from './types.ts';

/** Asked by name only, like `/misses`: `/feedback`, `/streambot feedback`, `streambot feedback`. */
export const feedback: CommandModule<'feedback'> = {
  name: 'feedback',
  command: 'feedback',
  description: {
    en: 'Admins: how people rated the answers, per command and language, and the latest 👎',
    es: 'Administradores: cómo valoró la gente las respuestas, por comando e idioma, y los últimos 👎',
  },
  options: misses.options,
  adminOnly: true,
  examples: [{ en: '/feedback days:30', es: '/feedback days:30' }],
};
