import { statusAnswer } from '../src/bot/answers/status.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { request } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import type { CommandModule, Localised } from './types.ts';

const cues: Localised = {
  en: String.raw`status|last\s+updated|last\s+update|data\s+build|build|which\s+data|what\s+data|version|uptime`,
  es: String.raw`estado|que\s+datos`,
};

export const status: CommandModule<'status'> = {
  name: 'status',
  command: 'status',
  description: {
    en: 'Which data build is serving: when, from which files, counts, model',
    es: 'Qué versión de los datos está activa: cuándo, ficheros, recuentos, modelo',
  },
  options: [],
  examples: [{ en: '/status', es: '/status' }],
  cues,
  cue: cuePattern(cues),
  understand(reading) {
    if (!reading.has(this.cue!)) return undefined;
    const alone = !reading.catalogCue() && reading.slots.user === undefined;
    return { request: request('status', {}), evidence: alone ? EVIDENCE.status : EVIDENCE.statusWord };
  },
  answer: (context, _args, extras) => statusAnswer(context, extras.buildInfo),
};
