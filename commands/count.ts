import { countAnswer } from '../src/bot/answers/catalog.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { request } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import { countTypeOption, platformOption } from './options.ts';
import type { CommandModule, Localised } from './types.ts';

const cues: Localised = {
  en: String.raw`\#\s+of|how\s+many(?!\s+(?:seasons|episodes|eps))|how\s+big|size\s+of|how\s+much|count|counts|number\s+of(?!\s+seasons)|total|amount\s+of|get\s+count\s+platform`,
  es: String.raw`cuant[oa]s(?!\s+(?:temporadas|episodios|capitulos))|numero\s+de(?!\s+temporadas)|cantidad\s+de|cuenta|contar`,
};
/** The cue of a count, which a count of scores shares ("how many … scored above 3.5"). */
export const COUNT_CUE = cuePattern(cues);

export const count: CommandModule<'get_count_platform'> = {
  name: 'count',
  command: 'get_count_platform',
  description: {
    en: 'How many movies (or TV shows) a platform has',
    es: 'Cuántas películas (o series) tiene una plataforma',
  },
  options: [platformOption(true), countTypeOption],
  examples: [
    { en: '/count platform:hulu', es: '/count platform:hulu' },
    { en: 'how many movies does amazon prime have', es: '¿cuántas películas tiene hulu?' },
    { en: 'how many tv shows does netflix have', es: '¿cuántas series tiene netflix?' },
  ],
  cues,
  cue: COUNT_CUE,
  catalogQuestion: true,
  understand(reading) {
    if (!reading.has(COUNT_CUE)) return undefined;
    const asked = request('get_count_platform', {
      platform: reading.slots.platform,
      type: reading.countedType(),
    });
    return { request: asked, evidence: EVIDENCE.catalogQuestion + reading.fit(asked) };
  },
  pure: true,
  answer: countAnswer,
};
