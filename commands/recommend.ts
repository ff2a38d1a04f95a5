import { verdictAnswer } from '../src/bot/answers/recommender.ts';
import type { CommandRequest } from '../src/bot/command.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { RECOMMEND_VERBS } from '../src/bot/nl/lexicon.ts';
import { type Reading, request, type Understood } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import { titleOption, userOption } from './options.ts';
import type { CommandModule } from './types.ts';

/** "find something user 205 would like", "suggest something user 57 hasn't seen": any title for a user. */
const SOMETHING_FOR_USER = String.raw`(?:find|suggest|recommend|pick|get|give|show)\s+(?:me\s+)?(?:something|anything|stuff|things)\s+(?:that\s+)?§user\s+(?:(?:would|will|might|could|may)\s+(?:like|enjoy|love)|(?:hasnt|has\s+not|havent|hasn't)\s+(?:seen|watched))`;
/** Words that ask for suggestions, for the asker or for a user. */
const REQUEST = cuePattern({
  en: String.raw`recommend|recommends|recommendation|recommendations|recs?|suggest|suggestion|suggestions|picks|what\s+should\s+(?:i|we|he|she|they|§user)\s+watch|${SOMETHING_FOR_USER}|(?:something|anything)\s+for\s+§user\s+to\s+watch`,
  es: String.raw`recomienda|recomiendas|recomiendale|recomiendame|recomendaciones|recomendacion|recomendarias|recomendaria|recomendar|sugiere|sugieres|sugerencias|sugiereme|sugerir|que\s+(?:veo|ver|puedo\s+ver|deberia\s+ver)`,
});
/** Anchors after which the recommendation's title is named. */
const ANCHORS = cuePattern({
  en: String.raw`${[...RECOMMEND_VERBS].join('|')}|(?:predicted\s+)?(?:rating|score)\s+for|vibe\s+(?:with|w)|dig|recommendation|pick|choice|fit|match|be\s+into|fan\s+of|check\s+out|try|rate|give\s+a\s+(?:chance|try)`,
  es: String.raw`vale\s+la\s+pena`,
});
/** Phrases that make a question a yes-or-no verdict on a title, wherever the title sits. */
const YES_NO = cuePattern({
  en: String.raw`(?:good|great|right|bad)\s+(?:idea|pick|choice|fit|match|recommendation)|right\s+for|worth\s+(?:it|watching)|yes\s+or\s+no`,
  es: String.raw`(?:buena|buen|mala|mal)\s+(?:idea|opcion|eleccion|recomendacion)|vale\s+la\s+pena`,
});
/** "would i like X?", "¿me gustaría X?": a verdict for the asker, who has given no user id. */
const FIRST_PERSON_VERDICT = cuePattern({
  en: String.raw`(?<!(?:where|what)\s)(?:would|will|do|should|might|could|can)\s+(?:i|me)\s+(?:like|enjoy|love|watch|dig|be\s+into)|(?:i'd|i\s+would)\s+(?:like|enjoy|love)(?!\s+to\b)|am\s+i\s+(?:going\s+to|gonna)\s+(?:like|enjoy|love)|(?:is|would)\s+(?:it|that)\s+(?:be\s+)?(?:good|right)\s+for\s+me`,
  es: String.raw`(?:me\s+)?(?:gustaria|gustara|encantaria|encantara)|(?:crees|piensas)\s+que\s+me\s+(?:guste|encante)|me\s+va\s+a\s+(?:gustar|encantar)|deberia\s+ver|(?:me\s+)?(?:la|lo)\s+recomiendas`,
});
/** "movies for me", "what should i watch": suggestions for the asker. */
const FIRST_PERSON_PICKS = cuePattern({
  en: String.raw`(?:something|anything|movies?|films?|shows?|series|titles?|picks?|recommendations?)\s+for\s+me|(?:something|anything|a\s+(?:show|movie|film|series))\s+(?:good\s+)?to\s+(?:watch|binge)|what\s+(?:should|can|could|do)\s+i\s+(?:watch|binge|stream)|recommend\s+me|suggest\s+me|what\s+to\s+watch|what(?:s|\s+is)?\s+good(?:\s+\S+){0,3}\s+for\s+me|find\s+me\s+(?:something|anything)|what\s+should\s+i\s+put\s+on`,
  es: String.raw`(?:algo|peliculas?|pelis?|series|titulos?|recomendaciones?)\s+para\s+mi|que\s+me\s+(?:recomiendas|sugieres)|recomiendame|recomendame|que\s+(?:veo|puedo\s+ver|deberia\s+ver)|que\s+(?:(?:peli|pelicula|serie|cosa)\s+)?me\s+pongo|dame\s+algo|algo\s+(?:bueno\s+)?para\s+ver`,
});
/** Openings of a yes-or-no question ("would user 7 like …?"), as opposed to "what would user 7 like?". */
const YES_NO_OPENINGS = new Set(
  'would will does do did should could can is are might may deberia le al el recomendarias recomiendas'.split(
    ' ',
  ),
);

/** Words that ask for any title rather than name one. */
const SOMETHING = cuePattern({ en: 'something|anything|stuff|things', es: 'algo|cosas' });

/** Words that make a question ask "what", not "whether". */
const WHAT_WORDS = new Set(['what', 'whats', 'which']);

/** Every phrase that asks for a recommendation, for the typo vocabulary. */
export const RECOMMENDATION_CUES = [REQUEST, ANCHORS, YES_NO, FIRST_PERSON_VERDICT, FIRST_PERSON_PICKS];

const read = new WeakMap<Reading, Understood | undefined>();

/**
 * A recommendation question, verdict or suggestions: the two commands share their cues, so this
 * decides between them once per reading.
 */
export function readRecommendation(reading: Reading, hasContext: boolean): Understood | undefined {
  if (!read.has(reading)) read.set(reading, recommendation(reading, hasContext));
  return read.get(reading);
}

function recommendation(reading: Reading, hasContext: boolean): Understood | undefined {
  const user = reading.slots.user;
  if (user !== undefined) {
    const asked = aboutUser(reading, user, hasContext);
    if (asked) return { request: asked, evidence: EVIDENCE.addressedToUser };
  } else {
    const asked = forTheAsker(reading);
    if (asked) return { request: asked, evidence: EVIDENCE.firstPerson };
  }
  if (!reading.has(REQUEST)) return undefined;
  const title = reading.titleFrom(reading.sentence.matchAll(ANCHORS).map((m) => m.to));
  const asked =
    'title' in title || 'title_id' in title ? request('recommend', { ...title }) : suggestions(reading, {});
  return { request: asked, evidence: EVIDENCE.recommendation };
}

function suggestions(reading: Reading, args: { user_id?: number }): CommandRequest {
  return request('recommend_for_user', {
    ...args,
    platform: reading.slots.platform,
    type: reading.contentType(),
    limit: reading.slots.limit,
  });
}

/** A question naming a user: a verdict on a title, or suggestions for them. */
function aboutUser(reading: Reading, user: number, hasContext: boolean): CommandRequest | undefined {
  const { sentence } = reading;
  const firstWord = sentence.tokens.find((t) => t.kind === 'word')?.norm;
  const verdictCue = sentence.test(YES_NO);
  const yesNoQuestion = (firstWord !== undefined && YES_NO_OPENINGS.has(firstWord)) || verdictCue;
  const anchors = sentence.matchAll(ANCHORS);
  const asksForSuggestions = reading.has(REQUEST);
  // "what should user 11 watch this weekend", "not sure what user 73 should watch next": a wh-question
  // asks for picks; words after its verb are a title only when the catalog knows them.
  const firstAnchor = anchors[0]?.from ?? sentence.tokens.length;
  const asksWhat = sentence.tokens.slice(0, firstAnchor).some((t) => WHAT_WORDS.has(t.norm));
  // "would you kindly recommend five titles for user 204?": words left over in a question asking for
  // recommendations are no title unless the catalog knows them or a cue points at them.
  // "suggest something user 57 hasn't seen yet": asking for something names no title either.
  const asksForSomething = asksForSuggestions && sentence.test(SOMETHING);
  const title =
    (asksWhat || asksForSomething) && !reading.linked && !reading.slots.titleId && !reading.slots.quoted
      ? {}
      : reading.titleFrom(
          anchors.map((m) => m.to),
          yesNoQuestion && (verdictCue || !asksForSuggestions),
        );
  if ('title' in title || 'title_id' in title) return request('recommend', { user_id: user, ...title });
  if (reading.catalogCue()) return undefined;
  // "user 10: ozark?": a user and a catalog title with nothing else asks the verdict.
  if (reading.onlyFramesTheLink(0, 'user'))
    return request('recommend', { user_id: user, ...reading.useLink(false) });
  const yesNoVerb = sentence.tokens.some((t, i) => sentence.isFree(i) && RECOMMEND_VERBS.has(t.norm));
  if (yesNoVerb && !asksForSuggestions && yesNoQuestion) return request('recommend', { user_id: user });
  if (hasContext && !asksForSuggestions && !yesNoVerb) return undefined;
  return suggestions(reading, { user_id: user });
}

/** "would i like <title>?", "what should i watch on hulu": the asker has given no user id. */
function forTheAsker(reading: Reading): CommandRequest | undefined {
  const verdict = reading.sentence.matchAll(FIRST_PERSON_VERDICT);
  if (verdict.length > 0) {
    const title = reading.titleFrom(verdict.map((m) => m.to));
    if ('title' in title || 'title_id' in title) return request('recommend', { ...title });
  }
  if (verdict.length > 0 || reading.has(FIRST_PERSON_PICKS)) return suggestions(reading, {});
  return undefined;
}

export const recommend: CommandModule<'recommend'> = {
  name: 'recommend',
  command: 'recommend',
  description: {
    en: 'Would this user like this title? A yes or no with the predicted score',
    es: '¿Le gustaría este título a este usuario? Sí o no, con la nota prevista',
  },
  options: [userOption, titleOption],
  examples: [
    { en: '/recommend user:42 title:ns123', es: '/recommend user:42 title:ns123' },
    { en: 'would user 42 like the irishman?', es: '¿le recomiendas ns123 al usuario 42?' },
  ],
  understand(reading, hasContext) {
    const found = readRecommendation(reading, hasContext);
    return found?.request.name === 'recommend' ? found : undefined;
  },
  pure: true,
  answer: verdictAnswer,
};
