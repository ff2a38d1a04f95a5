/** Help: what Streambot answers, from the slash command definitions, with example questions. */
import { COMMANDS, slashCommand } from '../../../commands/index.ts';
import type { OptionDefinition } from '../../../commands/types.ts';
import type { Answer, AnswerField, Locale } from '../../answer.ts';
import { EXAMPLE_COMMANDS, exampleQuestion } from '../examples.ts';
import { type AnswerContext, makeAnswer } from './context.ts';

type Context = Pick<AnswerContext, 'locale' | 'build'>;

interface HelpText {
  intro: string;
  followUp: string;
  /** After an option that may be left out. */
  optional: string;
}

const TEXT: Record<Locale, HelpText> = {
  en: {
    intro:
      'I answer questions about the Amazon Prime, Disney+, Hulu and Netflix catalogs and 11 million user ratings, in English or Spanish. Ask in plain words or use a command:',
    followUp: 'Follow-ups work too: after a question, try “and on hulu?” or “what about 2019?”.',
    optional: 'optional',
  },
  es: {
    intro:
      'Respondo preguntas sobre los catálogos de Amazon Prime, Disney+, Hulu y Netflix y 11 millones de valoraciones, en español o en inglés. Pregunta con tus palabras o usa un comando:',
    followUp: 'También puedes seguir preguntando: tras una pregunta, prueba “¿y en hulu?” o “¿y en 2019?”.',
    optional: 'opcional',
  },
};

export function helpAnswer(context: Context, topic: string | undefined, isAdmin: boolean): Answer {
  const definition = topic ? slashCommand(topic) : undefined;
  if (definition) return topicHelp(context, definition.name);
  const { locale } = context;
  const fields: AnswerField[] = COMMANDS.filter((c) => isAdmin || !c.adminOnly).map((c) => ({
    label: `/${c.name}`,
    value: c.description[locale],
  }));
  const suggestions = EXAMPLE_COMMANDS.map((name) => exampleQuestion(name, {}, locale)).filter(
    (q): q is string => q !== undefined,
  );
  return makeAnswer(context, 'info', TEXT[locale].intro, {
    fields,
    suggestions,
    note: TEXT[locale].followUp,
  });
}

function optionText(option: OptionDefinition, locale: Locale): string {
  const parts = [option.description[locale]];
  if (option.choices) parts.push(option.choices.map((c) => c.value).join(' | '));
  else if (option.min !== undefined && option.max !== undefined) parts.push(`${option.min}–${option.max}`);
  if (!option.required) parts.push(TEXT[locale].optional);
  return parts.join(' · ');
}

function topicHelp(context: Context, name: string): Answer {
  const { locale } = context;
  const definition = slashCommand(name)!;
  const fields = definition.options.map((option) => ({
    label: option.name,
    value: optionText(option, locale),
  }));
  const example = definition.command === 'ask' ? undefined : exampleQuestion(definition.command, {}, locale);
  const suggestions = [...definition.examples.map((e) => e[locale]), ...(example ? [example] : [])];
  return makeAnswer(context, 'info', `/${definition.name}: ${definition.description[locale]}`, {
    fields,
    suggestions: [...new Set(suggestions)],
  });
}
