import { refreshAnswer } from '../src/bot/answers/refresh.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { request } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import type { CommandModule, Localised } from './types.ts';

const cues: Localised = {
  en: String.raw`refresh|reload|rebuild|update\s+(?:the\s+)?data`,
  es: 'actualiza|actualizar|recarga|recargar|refrescar|refresca',
};

export const refresh: CommandModule<'refresh'> = {
  name: 'refresh',
  command: 'refresh',
  description: {
    en: 'Admins: rebuild the data and the model, then swap them in',
    es: 'Administradores: reconstruir los datos y el modelo y ponerlos en servicio',
  },
  options: [],
  adminOnly: true,
  examples: [{ en: '/refresh', es: '/refresh' }],
  cues,
  cue: cuePattern(cues),
  understand(reading) {
    if (!reading.has(this.cue!) || reading.catalogCue()) return undefined;
    return { request: request('refresh', {}), evidence: EVIDENCE.refresh };
  },
  answer: (context, _args, extras) => refreshAnswer(context, extras.isAdmin),
};
