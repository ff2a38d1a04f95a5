import { titleInfoAnswer } from '../src/bot/answers/title-info.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { MOVIE_WORDS, SHOW_WORDS, TITLE_WORDS } from '../src/bot/nl/lexicon.ts';
import { type Reading, request, type Understood } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import { bareTitleAfter, titleText } from '../src/bot/nl/titles.ts';
import { titleOption } from './options.ts';
import type { CommandModule, Localised } from './types.ts';

const cues: Localised = {
  en: String.raw`tell\s+me\s+(?:more\s+|everything\s+|all\s+)?about|what\s+(?:age\s+)?(?:rating|runtime|genre|rated)\s+is|(?:in\s+)?(?:which|what)\s+(?:country|genre|year)|what\s+kind\s+of\s+(?:show|movie|film|series)\s+is|tell\s+me\s+something\s+about|(?:runtime|run\s+time|length|duration|director|cast|synopsis|plot|summary|description|rating|age\s+rating|release\s+(?:year|date))\s+(?:of|for)|age\s+rating\s+on|what\s+year\s+(?:did|was|is)|how\s+many\s+(?:seasons|episodes|eps)(?:\s+(?:does|has|of|in|for))?|what\s+do\s+you\s+know\s+about|information(?:\s+(?:on|about|for|of))?|info(?:\s+(?:on|about|for|of))?|details?(?:\s+(?:on|about|for|of))?|describe|look\s+up|lookup|show\s+me`,
  es: String.raw`(?:dime|cuentame)\s+todo\s+(?:sobre|de)|en\s+que\s+ano\s+(?:salio|se\s+estreno|es)|de\s+que\s+(?:pais|genero)\s+es|que\s+genero\s+es|de\s+que\s+se\s+trata|sinopsis\s+de|descripcion\s+de|cuant[oa]s\s+(?:temporadas|episodios|capitulos)\s+(?:tiene|de)|cuentame\s+algo\s+(?:de|sobre)|de\s+que\s+ano\s+es|reparto\s+de|duracion\s+de|que\s+sabes\s+(?:de|sobre)|hablame\s+(?:de|sobre)|cuentame\s+(?:de|sobre)|informacion(?:\s+(?:de|sobre|del))?|info\s+(?:de|sobre)|detalles?(?:\s+(?:de|sobre|del))?|ficha(?:\s+de)?|datos\s+de|de\s+que\s+(?:trata|va)|quienes\s+(?:actuan|salen)\s+en|de\s+donde\s+es|en\s+que\s+pais\s+se\s+(?:hizo|rodo|filmo|grabo|produjo)|que\s+(?:calificacion|clasificacion|nota|puntuacion|genero|duracion)\s+tiene`,
};
const STRONG = cuePattern(cues);
/** Openings that name a title only when nothing else follows it ("what is X", "who's in X"). */
const WEAK = cuePattern({
  en: String.raw`what\s+is|what\s+are|what\s+(?:score|rating)\s+(?:does|did|do)|how\s+good\s+(?:is|are)|where\s+(?:can|could|do|should)\s+(?:i|we)\s+(?:watch|stream|find|see)|where\s+(?:to\s+)?(?:watch|stream)|which\s+(?:platform|service|app)\s+(?:has|carries|streams|is)|what|whats|who\s+(?:directed|made|created|wrote)|who\s+(?:is\s+|stars\s+|acts\s+|plays\s+)?in|who\s+is|when\s+(?:was|is|did)|how\s+long\s+(?:is|does)|where\s+(?:is|was|were)`,
  es: String.raw`quien\s+(?:dirigio|dirige|hizo|creo)|que\s+es|que\s+son|quien\s+(?:sale|actua)\s+en|que\s+tal\s+es|cuanto\s+dura|cuando\s+(?:salio|se\s+estreno)`,
});

/** Cues that ask about a title only right before a catalog title ("genre of survivor", not "genre of movies"). */
const BEFORE_A_TITLE = cuePattern({
  en: String.raw`genres?\s+(?:of|for)|what(?:s|\s+is)?\s+the\s+(?:deal\s+with|(?:age\s+)?rating\s+on|runtime\s+on|genre\s+on)|(?:the\s+)?(?:deets|lowdown)\s+on`,
  es: String.raw`genero\s+de`,
});

const TITLE_KINDS = new Set([...MOVIE_WORDS, ...SHOW_WORDS, ...TITLE_WORDS]);

/** The title-info cues, for the typo vocabulary. */
export const TITLE_INFO_CUES = [STRONG, WEAK, BEFORE_A_TITLE];

function titleInfo(reading: Reading): Understood | undefined {
  const { slots, sentence } = reading;
  const linked = slots.user === undefined ? (onLinkedTitle(reading) ?? onQuotedTitle(reading)) : undefined;
  if (linked) return linked;
  const strong = sentence.matchAll(STRONG);
  // "how long is it?", "who's in it?": about the title of the previous question (carried over), or asked for.
  if ([...strong, ...sentence.matchAll(WEAK)].some((anchor) => reading.pointsBack(anchor.to)))
    return weakly(request('title_info', {}));
  if (strong.length > 0) {
    const title = reading.titleFrom(strong.map((m) => m.to));
    return { request: request('title_info', title), evidence: EVIDENCE.titleInfoCue };
  }
  reading.weak = true;
  if (slots.titleId) return weakly(request('title_info', { title_id: slots.titleId }));
  if (slots.quoted) return weakly(request('title_info', { title: slots.quoted.toLowerCase() }));
  for (const anchor of sentence.matchAll(WEAK)) {
    if (reading.linkedRightAfter(anchor.to) && reading.onlyFramesTheLink(reading.linked!.span.to))
      return weakly(request('title_info', reading.useLink(true)));
    const span = bareTitleAfter(sentence, anchor.to, reading.locale);
    if (span) {
      reading.titleSpan = span;
      return weakly(request('title_info', { title: titleText(sentence, span) }));
    }
  }
  // A catalog title said on its own ("the irishman?", "is the count of monte cristo on netflix?").
  if (reading.linked && reading.onlyFramesTheLink())
    return { request: request('title_info', reading.useLink(false)), evidence: EVIDENCE.bareTitle };
  return undefined;
}

function weakly(asked: ReturnType<typeof request>): Understood {
  return { request: asked, evidence: EVIDENCE.weakTitleInfo };
}

/** Where every title cue ends: a title named right after one is the title asked about. */
function titleAnchors(sentence: Reading['sentence']) {
  return [...sentence.matchAll(STRONG), ...sentence.matchAll(WEAK), ...sentence.matchAll(BEFORE_A_TITLE)];
}

/** "tell me about <title>", "what is <title>?", "who directed <title>": a cue right before a catalog title. */
function onLinkedTitle(reading: Reading): Understood | undefined {
  const { linked, sentence } = reading;
  if (!linked) return undefined;
  const anchors = titleAnchors(sentence);
  // "Bird Box - who's in it?": the pronoun stands for the title named before the cue.
  if (anchors.some((anchor) => reading.pronounAfter(anchor.to)))
    return { request: request('title_info', reading.useLink(true)), evidence: EVIDENCE.titleNamedByCue };
  const anchored = anchors.some((anchor) => reading.linkedRightAfter(anchor.to));
  if (!anchored || !reading.onlyFramesTheLink(linked.span.to, undefined, true)) return undefined;
  return { request: request('title_info', reading.useLink(true)), evidence: EVIDENCE.titleNamedByCue };
}

/**
 * "what genre is 'you'", "what's \"ozark\" about": a cue right before a quoted title; not scare quotes
 * before a kind of title ("show me 'good' movies").
 */
function onQuotedTitle({ sentence, slots }: Reading): Understood | undefined {
  const quotedAt = sentence.tokens.findIndex((token) => token.slot === 'quoted');
  const after = sentence.tokens.findLastIndex((token) => token.slot === 'quoted') + 1;
  if (TITLE_KINDS.has(sentence.tokens[after]?.norm ?? '')) return undefined;
  const anchors = titleAnchors(sentence);
  if (!slots.quoted || !anchors.some((anchor) => anchor.to === quotedAt)) return undefined;
  return {
    request: request('title_info', { title: slots.quoted.toLowerCase() }),
    evidence: EVIDENCE.titleNamedByCue,
  };
}

export const title: CommandModule<'title_info'> = {
  name: 'title',
  command: 'title_info',
  description: {
    en: 'Details of a title: platform, year, duration, cast, score',
    es: 'Detalles de un título: plataforma, año, duración, reparto, nota',
  },
  options: [titleOption],
  examples: [
    { en: '/title title:the irishman', es: '/title title:the irishman' },
    { en: 'tell me about the irishman', es: 'háblame de the irishman' },
  ],
  cues,
  cue: STRONG,
  understand: titleInfo,
  pure: true,
  answer: titleInfoAnswer,
};
