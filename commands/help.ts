import { helpAnswer } from '../src/bot/answers/help.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { request } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import { COMMANDS } from './index.ts';
import type { CommandModule, Localised } from './types.ts';

const cues: Localised = {
  en: String.raw`help|what\s+can\s+you\s+do|what\s+can\s+i\s+ask(?:\s+you)?|what\s+do\s+you\s+do|how\s+do\s+i\s+use(?:\s+(?:this|it|you))?|how\s+does\s+(?:this|it|the)(?:\s+bot)?\s+work|(?:list|show)\s+(?:me\s+)?(?:your|the)\s+(?:features|commands|options)|what\s+are\s+your\s+(?:features|commands|capabilities)|capabilities|how\s+do\s+you\s+work|how\s+to\s+use|commands|examples|usage|hi|hello|hey|hiya|howdy|greetings|how\s+are\s+you|good\s+(?:morning|afternoon|evening)|menu`,
  es: String.raw`ayuda|ayudame|que\s+(?:te\s+)?puedo\s+preguntar(?:te)?|como\s+funcionas|que\s+(?:puedes|sabes)\s+hacer|como\s+funciona|como\s+se\s+usa|comandos|ejemplos|hola|buenas|buenos\s+dias|que\s+tal(?!\s+es)`,
};

/** "good morning everyone", "buenas noches a todos": a greeting to the room, not a question for the bot. */
const TO_THE_ROOM = cuePattern({
  en: "everyone|everybody|all|folks|y'all|yall|guys|team",
  es: 'todos|todas|gente|chicos|chicas',
});
const GREETING_WORDS = new Set([
  'hi',
  'hello',
  'hey',
  'hiya',
  'howdy',
  'greetings',
  'good',
  'hola',
  'buenas',
  'buenos',
]);

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
    const onlyGreets = reading.sentence
      .matchAll(this.cue!)
      .every((m) => GREETING_WORDS.has(reading.sentence.tokens[m.from]?.norm ?? ''));
    if (onlyGreets && reading.has(TO_THE_ROOM)) return undefined;
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
