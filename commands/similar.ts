import { similarAnswer } from '../src/bot/answers/recommender.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { request } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import { limitOption, platformOption, titleOption } from './options.ts';
import type { CommandModule, Localised } from './types.ts';

const LIKE_EN = String.raw`^like|comparable\s+to|(?:movies?|films?|shows?|series|titles?|ones|others?)\s+(?:are|is)\s+like|what\s+other|similar(?:\s+to|\s+a)?|similars|alike|(?:more|something|anything|stuff|movies?|films?|shows?|series|titles?|ones|others|things|§limit|algo|peliculas?|pelis?|titulos?|cosas|otras|otros|mas|hay)(?:\s+(?:else|mas))?\s+like|(?:what|whats|what\s+is|what\s+else\s+is)\s+like|(?:that\s+)?resembl(?:e|es|ing)|in\s+the\s+(?:same\s+)?vein\s+(?:of|as)|the\s+same\s+(?:style|kind|vibes?|feel)\s+as|(?:whats?|what\s+is|anything|something|stuff)\s+close\s+to(?!\s+(?:a\s+)?(?:\d|§))|(?:that\s+is|that|thats)\s+like|along\s+the\s+lines\s+of|reminiscent\s+of|if\s+(?:i|you)\s+(?:liked|like|loved|enjoyed)|(?:anime|cartoons?|documentar(?:y|ies)|docs?|comedies|dramas|thrillers|horror|series|shows?)\s+like`;
const LIKE_ES = String.raw`similares(?:\s+a)?|parecid[oa]s?(?:\s+a)?|(?:more|something|anything|stuff|movies?|films?|shows?|series|titles?|ones|others|things|§limit|algo|peliculas?|pelis?|titulos?|cosas|otras|otros|mas|hay)(?:\s+(?:else|mas))?\s+(?:como|tipo|del\s+estilo\s+de)|(?:se\s+)?parece(?:n)?\s+a|si\s+me\s+(?:gusto|gusta|encanto)|del\s+estilo\s+de|en\s+la\s+(?:linea|onda)\s+de|otr[oa]s(?:\s+\S+)?\s+(?:que\s+)?(?:son|sean)\s+como`;
/** Phrases after which the title a similarity question starts from is named. */
const ANCHORS = cuePattern({
  en: String.raw`${LIKE_EN}|i\s+(?:loved|liked|enjoyed)`,
  es: String.raw`${LIKE_ES}|me\s+(?:gusto|encanto)`,
});
const cues: Localised = { en: String.raw`${LIKE_EN}|what\s+else`, es: String.raw`${LIKE_ES}|que\s+mas` };

export const similar: CommandModule<'similar'> = {
  name: 'similar',
  command: 'similar',
  description: {
    en: 'Titles similar to a title (genres, cast, director, description)',
    es: 'Títulos parecidos a uno dado (géneros, reparto, director, sinopsis)',
  },
  options: [titleOption, platformOption(false), limitOption],
  examples: [
    { en: '/similar title:stranger things', es: '/similar title:stranger things' },
    { en: 'movies like stranger things', es: 'películas parecidas a stranger things' },
  ],
  cues,
  cue: cuePattern(cues),
  understand(reading) {
    if (!reading.sentence.test(this.cue!)) return undefined;
    const title = reading.titleFrom(reading.sentence.matchAll(ANCHORS).map((m) => m.to));
    const { platform, limit } = reading.slots;
    return { request: request('similar', { ...title, platform, limit }), evidence: EVIDENCE.similar };
  },
  pure: true,
  answer: similarAnswer,
};
