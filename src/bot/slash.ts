/**
 * Slash options → `CommandRequest`, driven by the definitions in commands/: option names, types and
 * which `Command` argument each fills are read from there, never restated.
 */

import { COMMANDS, slashCommand } from '../../commands/index.ts';
import type { OptionDefinition } from '../../commands/types.ts';
import { GROUPS, ORDERS, SORTS } from '../catalog/browse.ts';
import { lookupPlatform } from '../catalog/platforms.ts';
import { CHART_KINDS } from '../chart/kinds.ts';
import { DURATION_TYPES, isTitleId, TITLE_TYPES, type TitleId } from '../domain.ts';
import { genreNamed } from '../genres.ts';
import type { ArgName, CommandName, CommandRequest, InvalidArg, RequestArgs } from './command.ts';

/** Option values as clients deliver them (Discord gives typed values, text clients give strings). */
export type SlashOptions = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** The required arguments of each command, as its slash definition declares them. */
export function requiredArgs(name: CommandName): readonly ArgName[] {
  return argsOf(name, true);
}

/** Every argument a command takes, as its slash definition declares them. */
export function acceptedArgs(name: CommandName): readonly ArgName[] {
  return argsOf(name, false);
}

// Built on first use: the command modules that declare the options use this parser themselves.
let declared: { accepted: Map<string, ArgName[]>; required: Map<string, ArgName[]> } | undefined;

function argsOf(name: CommandName, requiredOnly: boolean): readonly ArgName[] {
  declared ??= {
    accepted: new Map(COMMANDS.map((c) => [c.command, c.options.map((o) => o.arg)])),
    required: new Map(
      COMMANDS.map((c) => [c.command, c.options.filter((o) => o.required).map((o) => o.arg)]),
    ),
  };
  return (requiredOnly ? declared.required : declared.accepted).get(name) ?? [];
}

/**
 * Reads the options of the slash command `name`. `/ask` becomes `unknown` with its text, which the
 * core hands to the natural-language parser. Never throws: unreadable values are listed in `invalid`.
 */
export function commandFromOptions(name: string, options: SlashOptions): CommandRequest {
  const definition = slashCommand(name);
  if (!definition) return { name: 'unknown', args: { text: `/${name}` } };
  const args: RequestArgs = {};
  const invalid: InvalidArg[] = [];
  for (const option of definition.options) {
    const raw = options[option.name];
    if (raw === undefined || raw === null || raw === '') continue;
    if (!readOption(option, raw, args)) invalid.push({ arg: option.arg, value: String(raw).slice(0, 100) });
  }
  const commandName: CommandName = definition.command === 'ask' ? 'unknown' : definition.command;
  const request: CommandRequest = { name: commandName, args };
  const missing = requiredArgs(commandName).filter((arg) => !hasArg(args, arg));
  if (missing.length > 0) request.missing = missing;
  if (invalid.length > 0) request.invalid = invalid;
  return request;
}

/** True when the argument is present; a title named by text stands for its id. */
export function hasArg(args: RequestArgs, arg: ArgName): boolean {
  if (arg === 'title_id') return args.title_id !== undefined || args.title !== undefined;
  return args[arg] !== undefined;
}

/** Stores the option's value in `args` under its argument name; false when the value does not fit. */
function readOption(option: OptionDefinition, raw: string | number | boolean, args: RequestArgs): boolean {
  const text = String(raw).trim();
  // Discord enforces the declared length; text clients (Slack, the terminal) do not.
  if (option.maxLength !== undefined && text.length > option.maxLength) return false;
  switch (option.arg) {
    case 'year':
    case 'user_id':
    case 'limit':
    case 'offset':
    case 'days':
    case 'year_from':
    case 'year_to':
    case 'min_minutes':
    case 'max_minutes':
    case 'min_seasons':
    case 'max_seasons': {
      const value = readNumber(raw);
      if (value === undefined || !Number.isInteger(value)) return false;
      args[option.arg] = value;
      return true;
    }
    case 'scored':
    case 'min_score':
    case 'max_score': {
      const value = readNumber(raw);
      if (value === undefined) return false;
      args[option.arg] = value;
      return true;
    }
    case 'genre': {
      const genre = genreNamed(text);
      if (!genre) return false;
      args.genre = genre;
      return true;
    }
    case 'sort':
    case 'order':
    case 'group_by':
    case 'kind': {
      const allowed: readonly string[] = { sort: SORTS, order: ORDERS, group_by: GROUPS, kind: CHART_KINDS }[
        option.arg
      ];
      const value = text.toLowerCase();
      if (!allowed.includes(value)) return false;
      (args as Record<string, string>)[option.arg] = value;
      return true;
    }
    case 'clear':
      if (text.toLowerCase() !== 'yes') return false;
      args.clear = 'yes';
      return true;
    case 'cast':
    case 'director':
    case 'country':
    case 'age_rating':
      args[option.arg] = text.toLowerCase();
      return true;
    case 'platform': {
      const found = lookupPlatform(text);
      if (!found.ok) return false;
      args.platform = found.platform;
      return true;
    }
    case 'duration_type': {
      const value = DURATION_TYPES.find((t) => t === text.toLowerCase());
      if (!value) return false;
      args.duration_type = value;
      return true;
    }
    case 'type': {
      const value = TITLE_TYPES.find((t) => t === text.toLowerCase());
      if (!value) return false;
      args.type = value;
      return true;
    }
    case 'title_id':
    case 'title': {
      const lower = text.toLowerCase();
      if (isTitleId(lower)) args.title_id = lower as TitleId;
      else args.title = text;
      return true;
    }
    case 'topic':
    case 'text':
      args[option.arg] = text;
      return true;
  }
}

/** A number from a typed value or from text, accepting a decimal comma ("3,5"). */
function readNumber(raw: string | number | boolean): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/**
 * The slash options that ask `request` again (the inverse of `commandFromOptions`): what a link to the
 * same answer carries, e.g. the HTTP API's chart image URL. Arguments without an option are left out.
 */
export function optionsFromArgs(name: CommandName, args: RequestArgs): Record<string, string> {
  const definition = COMMANDS.find((module) => module.command === name);
  const options: Record<string, string> = {};
  for (const option of definition?.options ?? []) {
    const value = option.arg === 'title_id' ? (args.title_id ?? args.title) : args[option.arg];
    if (value !== undefined && value !== null) options[option.name] = String(value);
  }
  return options;
}
