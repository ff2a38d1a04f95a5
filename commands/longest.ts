import { longestAnswer } from '../src/bot/answers/catalog.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { request } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import { durationTypeOption, platformOption, yearOption } from './options.ts';
import type { CommandModule, Localised } from './types.ts';

const cues: Localised = {
  en: String.raw`(?:more|most)\s+long|longest|lengthiest|longer|long\s+running|most\s+seasons|max(?:imum)?\s+(?:duration|length|runtime|run\s+time|seasons)|(?:biggest|highest|greatest|largest|maximum|max|longest)\s+(?:runtime|run\s+time|running\s+time|duration|length|number\s+of\s+seasons)|runs?\s+the\s+longest|get\s+max\s+duration|most\s+minutes|(?:highest|biggest|largest|most)\s+(?:season|seasons)\s+count|(?:more\s+seasons|longer)\s+than\s+any(?:\s+other)?`,
  es: String.raw`mas\s+larg[oa]s?|mas\s+extens[oa]s?|mas\s+durader[oa]s?|mayor\s+duracion|duracion\s+maxima|maxima\s+duracion|mas\s+temporadas|mayor\s+numero\s+de\s+temporadas|dura\s+mas|duran\s+mas|mas\s+dura|mas\s+minutos`,
};

export const longest: CommandModule<'get_max_duration'> = {
  name: 'longest',
  command: 'get_max_duration',
  description: {
    en: 'The longest movie (minutes) or TV show (seasons), optionally by platform and year',
    es: 'La película (minutos) o serie (temporadas) más larga, por plataforma y año si quieres',
  },
  options: [durationTypeOption, platformOption(false), yearOption(false)],
  examples: [
    { en: '/longest platform:netflix year:2020', es: '/longest platform:netflix year:2020' },
    { en: 'longest show by seasons on hulu', es: 'serie con más temporadas en hulu' },
  ],
  cues,
  cue: cuePattern(cues),
  catalogQuestion: true,
  understand(reading) {
    if (!reading.has(this.cue!)) return undefined;
    const asked = request('get_max_duration', {
      duration_type: reading.contentType() === 'tv show' ? 'season' : 'min',
      platform: reading.slots.platform,
      year: reading.slots.year,
    });
    return { request: asked, evidence: EVIDENCE.catalogQuestion + reading.fit(asked) };
  },
  pure: true,
  answer: longestAnswer,
};
