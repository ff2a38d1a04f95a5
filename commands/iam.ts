import { linkAnswer, whoamiAnswer } from '../src/bot/answers/links.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { type Reading, request } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import { userOption } from './options.ts';
import { RECOMMENDATION_CUES } from './recommend.ts';
import type { CommandModule, Localised } from './types.ts';

/** "I am user 42", "my user id is 42", "soy el usuario 42": a link, when the sentence says nothing else. */
const LINK: Localised = {
  en: String.raw`(?:i\s+am|i'm|im|i\s+m|call\s+me|link\s+me\s+(?:to|with|as)|remember\s+(?:me\s+as|that\s+i'm|that\s+i\s+am|i'm))\s+(?:the\s+)?§user|my\s+(?:user\s+)?(?:id|number)\s+is\s+§(?:user|limit)|my\s+§user`,
  es: String.raw`(?:soy|recuerda\s+que\s+soy|vinculame\s+(?:al|con))\s+(?:el\s+)?§user|mi\s+(?:id|numero|usuario)(?:\s+de\s+usuario)?\s+es\s+(?:el\s+)?§(?:user|limit)`,
};
/** "my user id is 42", "mi id es 42": the number after the cue is the id (read as a count, not a user). */
const ID_IS = cuePattern({
  en: String.raw`my\s+(?:user\s+)?(?:id|number)\s+(?:is|=)`,
  es: String.raw`mi\s+(?:id|numero|usuario)(?:\s+de\s+usuario)?\s+es(?:\s+el)?`,
});
const FORGET = cuePattern({
  en: String.raw`forget\s+(?:me|who\s+i\s+am|my\s+(?:id|user|link))|unlink\s+me`,
  es: String.raw`olvidame|olvida\s+(?:quien\s+soy|mi\s+(?:id|usuario))|desvinculame`,
});
const WHO: Localised = {
  en: String.raw`who\s+am\s+i|what(?:'s|\s+is)\s+my\s+(?:user\s+)?(?:id|number)|which\s+user\s+am\s+i`,
  es: String.raw`quien\s+soy|cual\s+es\s+mi\s+(?:id|usuario|numero)|que\s+usuario\s+soy`,
};

function idAfterCue(reading: Reading): number | undefined {
  const cue = reading.sentence.match(ID_IS);
  const token = cue ? reading.sentence.tokens[cue.to] : undefined;
  const id = token ? Number(token.text) : Number.NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

export const iam: CommandModule<'link_user'> = {
  name: 'iam',
  command: 'link_user',
  description: {
    en: 'Your user id in the ratings, so “what should I watch?” needs none',
    es: 'Tu id en las valoraciones, para preguntar «¿qué veo?» sin él',
  },
  options: [
    {
      ...userOption,
      required: false,
      description: { en: 'Your user id in the ratings', es: 'Tu id de usuario' },
    },
    {
      name: 'clear',
      arg: 'clear',
      type: 'string',
      description: { en: 'Forget my link', es: 'Olvidar mi vínculo' },
      required: false,
      choices: [{ value: 'yes', label: { en: 'Forget who I am', es: 'Olvidar quién soy' } }],
    },
  ],
  examples: [
    { en: '/iam user:42', es: '/iam user:42' },
    { en: 'I am user 42', es: 'soy el usuario 42' },
    { en: 'forget me', es: 'olvídame' },
  ],
  cues: LINK,
  cue: cuePattern(LINK),
  understand(reading) {
    if (reading.has(FORGET))
      return { request: request('link_user', { clear: 'yes' }), evidence: EVIDENCE.link };
    const user = reading.slots.user ?? idAfterCue(reading);
    if (user === undefined || !(reading.has(this.cue!) || reading.has(ID_IS))) return undefined;
    // "what can I watch? I am user 56", "I'm user 2048, give me 3 shows on hulu" ask for picks: the
    // recommendation modules answer them.
    const { platform, limit, year } = reading.slots;
    const asksMore =
      [platform, limit, year].some((value) => value !== undefined) || reading.contentType() !== undefined;
    if (asksMore || reading.catalogCue() || RECOMMENDATION_CUES.some((cue) => reading.has(cue)))
      return undefined;
    return { request: request('link_user', { user_id: user }), evidence: EVIDENCE.link };
  },
  answer: linkAnswer,
};

export const whoami: CommandModule<'whoami'> = {
  name: 'whoami',
  command: 'whoami',
  description: { en: 'Which ratings user you said you are', es: 'Qué usuario eres en las valoraciones' },
  options: [],
  instant: true,
  examples: [
    { en: '/whoami', es: '/whoami' },
    { en: 'who am I?', es: '¿quién soy?' },
  ],
  cues: WHO,
  cue: cuePattern(WHO),
  understand(reading) {
    if (!reading.has(this.cue!)) return undefined;
    return { request: request('whoami', {}), evidence: EVIDENCE.link };
  },
  answer: (context, _args, extras) => whoamiAnswer(context, extras),
};
