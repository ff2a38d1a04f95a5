import { helpAnswer } from '../src/bot/answers/help.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { request } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import { COMMANDS } from './index.ts';
import type { CommandModule, Localised } from './types.ts';

/** Greetings: a help request when said to the bot, not when said to the room. */
const GREETINGS: Localised = {
  en: String.raw`hi|hello|hey|hiya|howdy|greetings|good\s+(?:morning|afternoon|evening)`,
  es: String.raw`hola|buenas|buenos\s+dias|que\s+tal(?!\s+es)`,
};
const ASKS_FOR_HELP: Localised = {
  en: String.raw`help|what\s+can\s+you\s+do|what\s+can\s+i\s+ask(?:\s+you)?|what\s+do\s+you\s+do|how\s+do\s+i\s+use(?:\s+(?:this|it|you))?|how\s+does\s+(?:this|it|the)(?:\s+bot)?\s+work|(?:list|show)\s+(?:me\s+)?(?:your|the)\s+(?:features|commands|options)|what\s+are\s+your\s+(?:features|commands|capabilities)|capabilities|how\s+do\s+you\s+work|how\s+to\s+use|commands|examples|usage|menu`,
  es: String.raw`ayuda|ayudame|que\s+(?:te\s+)?puedo\s+preguntar(?:te)?|como\s+funcionas|que\s+(?:puedes|sabes)\s+hacer|como\s+funciona|como\s+se\s+usa|comandos|ejemplos`,
};
const cues: Localised = {
  en: `${ASKS_FOR_HELP.en}|${GREETINGS.en}`,
  es: `${ASKS_FOR_HELP.es}|${GREETINGS.es}`,
};
const HELP_ASKED = cuePattern(ASKS_FOR_HELP);

/** "good morning everyone", "buenas noches a todos": a greeting to the room, not a question for the bot. */
const TO_THE_ROOM = cuePattern({
  en: "everyone|everybody|all|folks|y'all|yall|guys|team",
  es: 'todos|todas|gente|chicos|chicas',
});

/** "how are you?", "¿cómo estás?": small talk, which Streambot leaves unanswered (a greeting alone gets help). */
const SMALL_TALK = cuePattern({
  en: String.raw`how\s+(?:are|r)\s+(?:you|u|ya)|how\s+(?:is\s+)?(?:your|ur)\s+day|how\s+(?:is\s+)?it\s+going`,
  es: String.raw`como\s+(?:estas|andas|te\s+va)|que\s+tal\s+(?:estas|andas|te\s+va)`,
});

const COMMAND_WORDS = new Set(['command', 'commands', 'comando', 'comandos', 'work', 'works', 'funciona']);

/** A command named after the cue ("help scored", "ayuda get_actor"), by slash or client name. */
function helpTopic(word: string): string | undefined {
  // "what can i ask you" is no question about /ask.
  if (word === 'ask') return undefined;
  return COMMANDS.find((c) => c.name === word || c.command === word)?.name;
}

export const help: CommandModule<'help'> = {
  name: 'help',
  command: 'help',
  instant: true,
  description: {
    en: 'What Streambot can answer, with examples',
    es: 'Qué puede responder Streambot, con ejemplos',
  },
  options: [
    {
      name: 'topic',
      arg: 'topic',
      type: 'string',
      description: { en: 'A command to explain, e.g. scored', es: 'Un comando a explicar, p. ej. scored' },
      required: false,
      maxLength: 32,
    },
  ],
  examples: [{ en: '/help topic:scored', es: '/help topic:scored' }],
  cues,
  cue: cuePattern(cues),
  understand(reading) {
    const cue = reading.sentence.match(this.cue!);
    if (!cue) return undefined;
    if (!reading.has(HELP_ASKED) && (reading.has(TO_THE_ROOM) || reading.has(SMALL_TALK))) return undefined;
    const topic = reading.sentence.tokens
      .slice(cue.to)
      .map((t) => helpTopic(t.norm))
      .find((name) => name !== undefined);
    // "how do i use the similar command": the help is about a command, not a question for it.
    const aboutCommand =
      topic !== undefined && reading.sentence.tokens.some((t) => COMMAND_WORDS.has(t.norm));
    return {
      request: request('help', topic ? { topic } : {}),
      evidence: aboutCommand ? EVIDENCE.helpOnCommand : EVIDENCE.help,
    };
  },
  answer: (context, args, extras) => helpAnswer(context, args.topic, extras.isAdmin),
};
