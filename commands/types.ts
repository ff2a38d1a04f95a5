/**
 * The neutral shape of a slash command definition. Discord registration JSON, the Slack manifest, the
 * help text and the slash-option parser (`commandFromOptions` in src/bot/) are all derived from these
 * objects; nothing restates them.
 */
import type { Answer } from '../src/answer.ts';
import type { AnswerContext } from '../src/bot/answers/context.ts';
import type { ArgName, CommandArgs, CommandName } from '../src/bot/command.ts';
import type { DispatchExtras } from '../src/bot/dispatch.ts';
import type { Understander } from '../src/bot/nl/reading.ts';

export type CompletionKind = 'title' | 'person' | 'genre' | 'country';

/** Text in English (the default) with its Spanish localisation. */
export interface Localised {
  en: string;
  es: string;
}

export type OptionType = 'string' | 'integer' | 'number';

export interface OptionChoice {
  label: Localised;
  value: string;
}

export interface OptionDefinition {
  /** The option as people see it in the client (lower-case, no spaces). */
  name: string;
  /**
   * The `Command` argument it fills. A `title_id` option accepts a title id (what autocomplete
   * returns) or the title's text, resolved through the catalog's title search. `text` is free text
   * for the natural-language parser (`/ask`).
   */
  arg: ArgName;
  type: OptionType;
  description: Localised;
  required: boolean;
  /** Inclusive range of a numeric option. */
  min?: number;
  max?: number;
  /** Length limit of a string option. */
  maxLength?: number;
  /** A closed set of values; the client shows the labels. */
  choices?: readonly OptionChoice[];
  /** The client should complete this option as the person types: title names, people, genres or countries. */
  autocomplete?: CompletionKind;
}

export interface SlashCommandDefinition {
  /** The slash command name, without the slash. */
  name: string;
  /** The `Command` it becomes; `ask` hands its text to the natural-language parser. */
  command: CommandName | 'ask';
  description: Localised;
  options: readonly OptionDefinition[];
  /** Only administrators may run it (registered with admin-only default permissions, checked again). */
  adminOnly?: boolean;
  /** Answered from the request alone, without the store: chat clients may reply at once. */
  instant?: boolean;
  /** Example invocations for help text, in the form people type them. */
  examples: Localised[];
}

/**
 * One command, whole: its slash definition, the cue phrases and slot rules that recognise it in a
 * question (`understand`, scored against every other command's), and the answer it gives.
 */
export interface CommandModule<N extends CommandName | 'ask' = CommandName | 'ask'>
  extends SlashCommandDefinition,
    Understander {
  command: N;
  /** Phrases that say this command is asked, as regular-expression sources over folded words. */
  cues?: Localised;
  /**
   * Its answer depends only on the store, its arguments and the language (not on who asks, the clock
   * or the state), so the core may give the same answer again for the same build.
   */
  pure?: true;
  answer?(
    context: AnswerContext,
    args: N extends CommandName ? CommandArgs<N> : never,
    extras: DispatchExtras,
  ): Answer;
}
