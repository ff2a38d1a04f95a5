import type { SlashCommandDefinition } from './types.ts';

export const ask: SlashCommandDefinition = {
  name: 'ask',
  command: 'ask',
  description: {
    en: 'Ask anything in plain English or Spanish',
    es: 'Pregunta lo que quieras en español o en inglés',
  },
  options: [
    {
      name: 'question',
      arg: 'text',
      type: 'string',
      description: { en: 'Your question', es: 'Tu pregunta' },
      required: true,
      maxLength: 500,
    },
  ],
  examples: [{ en: '/ask longest movie on netflix 2020', es: '/ask película más larga de netflix en 2020' }],
};
