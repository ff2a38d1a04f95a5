import { actorAnswer } from '../src/bot/answers/catalog.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { request } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import { platformOption, yearOption } from './options.ts';
import type { CommandModule, Localised } from './types.ts';

const VERBS_EN = String.raw`been|appear|appears|appeared|appearing|star|stars|starred|starring|act|acts|acted|acting|feature|featured|features|shows?\s+up|showed\s+up|turns?\s+up|turned\s+up`;
const VERBS_ES = 'aparece|aparecen|aparecio|sale|salen|salio|participa|participan|actua|actuan|trabaja';
const cues: Localised = {
  en: String.raw`(?:whos|who(?:\s+(?:is|s|was|appears|shows\s+up|stars|acts))?)\s+in\s+(?:like\s+)?(?:the\s+)?most|most\s+roles|actor|actors|actress|actresses|performer|performers|cast|casts|cast\s+member|(?:${VERBS_EN}|${VERBS_ES})(?:\s+(?:in|on|the|en|de|a))*\s+(?:most|more)|most\s+(?:${VERBS_EN}|appearances)`,
  es: String.raw`actriz|actrices|actores|interprete|interpretes|reparto|(?:${VERBS_EN}|${VERBS_ES})(?:\s+(?:in|on|the|en|de|a))*\s+mas|mas\s+(?:${VERBS_ES}|apariciones)`,
};

export const actor: CommandModule<'get_actor'> = {
  name: 'actor',
  command: 'get_actor',
  description: {
    en: 'The actor in the most titles of a platform and release year',
    es: 'El actor con más títulos en una plataforma y año de estreno',
  },
  options: [platformOption(true), yearOption(true)],
  examples: [
    { en: '/actor platform:disney year:2019', es: '/actor platform:disney year:2019' },
    { en: 'most frequent actor on disney+ in 2019', es: '¿qué actor aparece más en amazon en 2014?' },
  ],
  cues,
  cue: cuePattern(cues),
  catalogQuestion: true,
  understand(reading) {
    if (!reading.has(this.cue!)) return undefined;
    const asked = request('get_actor', { platform: reading.slots.platform, year: reading.slots.year });
    return { request: asked, evidence: EVIDENCE.catalogQuestion + reading.fit(asked) };
  },
  pure: true,
  answer: actorAnswer,
};
