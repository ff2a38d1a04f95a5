/**
 * Every slash command Streambot offers, in the order help lists them. Adapters derive their
 * registrations from this list (see types.ts for the format).
 */

import type { CommandName } from '../src/bot/command.ts';
import { actor } from './actor.ts';
import { ask } from './ask.ts';
import { chart } from './chart.ts';
import { count } from './count.ts';
import { feedback } from './feedback.ts';
import { foryou } from './foryou.ts';
import { help } from './help.ts';
import { howmany } from './howmany.ts';
import { iam, whoami } from './iam.ts';
import { longest } from './longest.ts';
import { misses } from './misses.ts';
import { recommend } from './recommend.ts';
import { refresh } from './refresh.ts';
import { scored } from './scored.ts';
import { similar } from './similar.ts';
import { status } from './status.ts';
import { title } from './title.ts';
import { titles } from './titles.ts';
import type { CommandModule, SlashCommandDefinition } from './types.ts';

export const COMMANDS: readonly CommandModule[] = [
  longest,
  scored,
  count,
  actor,
  titles,
  howmany,
  chart,
  recommend,
  foryou,
  similar,
  title,
  iam,
  whoami,
  ask,
  help,
  status,
  refresh,
  misses,
  feedback,
];

const BY_NAME = new Map(COMMANDS.map((definition) => [definition.name, definition]));
const BY_COMMAND = new Map<string, CommandModule>(COMMANDS.map((module) => [module.command, module]));

/** The module of a command by its `Command` name (`get_max_duration`, …). */
export function commandModule(name: CommandName): CommandModule | undefined {
  return BY_COMMAND.get(name);
}

/** The definition of a slash command by its name (with or without the leading slash). */
export function slashCommand(name: string): SlashCommandDefinition | undefined {
  return BY_NAME.get(name.replace(/^\//, '').toLowerCase());
}
