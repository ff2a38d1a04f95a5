import type { SlashCommandDefinition } from './types.ts';

export const help: SlashCommandDefinition = {
  name: 'help',
  command: 'help',
  description: {
    en: 'What Streambot can answer, with examples',
    es: 'Qué puede responder Streambot, con ejemplos',
  },
  options: [
    {
      name: 'topic',
      arg: 'topic',
      type: 'string',
      description: { en: 'A command to explain, e.g. scored', es: 'Un comando a explicar, p. ej. scored' },
      required: false,
      maxLength: 32,
    },
  ],
  examples: [{ en: '/help topic:scored', es: '/help topic:scored' }],
};
