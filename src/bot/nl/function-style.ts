/**
 * Function-style input, as the client's analysts and Slack's usage hint write it: a slash command
 * name or a client function name first, then values by position or as `key:value`
 * ("get_score_count hulu 3.4 2019", "scored platform:hulu scored:3.4 year:2019", "foryou 12",
 * "similar the office"). Read only when every word is a value of that command; anything else is
 * left to the natural-language parser ("count amazon movies from 2020 scoring over 3.5").
 */
import { COMMANDS } from '../../../commands/index.ts';
import type { OptionDefinition, SlashCommandDefinition } from '../../../commands/types.ts';
import { isPlatformName } from '../../catalog/platforms.ts';
import { isTitleId } from '../../domain.ts';
import { foldSearchText } from '../../search-text.ts';
import type { CommandRequest } from '../command.ts';
import { commandFromOptions } from '../slash.ts';
import type { Gazetteer } from './gazetteer.ts';
import { CHAT_WORDS } from './lexicon.ts';

/**
 * Commands read this way: those that take values (help, status and refresh read fine as words). Admin
 * commands are among them: who may run one is decided when it is answered.
 */
const BY_FIRST_WORD = new Map<string, SlashCommandDefinition>(
  COMMANDS.filter((c) => c.command !== 'ask' && c.options.length > 0).flatMap((c) => [
    [c.name, c] as const,
    [c.command, c] as const,
  ]),
);
// `streambot predict --user 42 --title ns123` on the command line: the same verdict.
BY_FIRST_WORD.set('predict', BY_FIRST_WORD.get('recommend')!);

const DURATION_WORDS = new Map([
  ['min', 'min'],
  ['mins', 'min'],
  ['minutes', 'min'],
  ['season', 'season'],
  ['seasons', 'season'],
]);
const TYPE_WORDS = new Map([
  ['movie', 'movie'],
  ['movies', 'movie'],
  ['film', 'movie'],
  ['films', 'movie'],
  ['show', 'tv show'],
  ['shows', 'tv show'],
  ['series', 'tv show'],
  ['tv', 'tv show'],
]);
const NUMBER = /^\d+(?:[.,]\d+)?$/;

type Options = Record<string, string>;

export function readFunctionStyle(text: string, gazetteer?: Gazetteer): CommandRequest | undefined {
  const match = /^\s*\/?([a-z_]+)(?:\s+([\s\S]*))?$/i.exec(asWords(text));
  const definition = match && BY_FIRST_WORD.get(match[1]!.toLowerCase());
  if (!definition) return undefined;
  const options: Options = {};
  const positional = readKeyValues(definition, match[2] ?? '', options);
  if (positional === undefined || !readPositional(definition, positional, options, gazetteer))
    return undefined;
  // As the natural-language reading does: minutes unless seasons are asked for.
  if (definition.command === 'get_max_duration') options.duration_type ??= 'min';
  return commandFromOptions(definition.name, options);
}

/**
 * A call as the client's analysts write it, `get_score_count('hulu', 3.4, 2019)` or `similar(title="Monsters,
 * Inc.", limit=5)`, as the words the command line takes: `get_score_count hulu 3.4 2019`.
 */
function asWords(text: string): string {
  const call = /^\s*([a-z_]+)\s*\(([\s\S]*)\)\s*;?\s*$/i.exec(text);
  if (!call) return text;
  const args = [
    ...call[2]!.matchAll(/\s*(?:([a-z_]+)\s*[=:]\s*)?(?:"([^"]*)"|'([^']*)'|([^,]*))\s*(?:,|$)/gi),
  ]
    .filter((m) => m[0].trim() !== '')
    .map(([, key, double, single, bare]) => {
      const value = (double ?? single ?? bare ?? '').trim();
      return key ? `${key}=${value}` : value;
    });
  return [call[1], ...args].join(' ');
}

function optionByKey(definition: SlashCommandDefinition, key: string): OptionDefinition | undefined {
  const k = key.toLowerCase();
  return definition.options.find(
    (o) => o.name === k || o.arg === k || (k === 'title' && o.arg === 'title_id'),
  );
}

/**
 * Takes `key:value` pairs (a value runs to the next key; a number's or a choice's, one word) into `options`; returns
 * the rest ("foryou user:12 hulu": hulu is read by position). A word before a colon that names no option
 * is text ("el camino: a breaking bad movie").
 */
function readKeyValues(
  definition: SlashCommandDefinition,
  rest: string,
  options: Options,
): string | undefined {
  const keys = [...rest.matchAll(/(?:^|\s)([a-z_]+)\s*[:=]\s*/gi)].filter((k) =>
    optionByKey(definition, k[1]!),
  );
  if (keys.length === 0) return rest;
  const positional = [rest.slice(0, keys[0]!.index)];
  keys.forEach((key, i) => {
    const end = i + 1 < keys.length ? keys[i + 1]!.index : rest.length;
    const option = optionByKey(definition, key[1]!)!;
    const value = rest.slice(key.index + key[0].length, end).trim();
    const oneWord = option.type !== 'string' || option.choices !== undefined;
    const [first = '', ...others] = oneWord ? value.split(/\s+/) : [value];
    options[option.name] = first;
    positional.push(others.join(' '));
  });
  return positional.join(' ');
}

/** Assigns positional values to the options they fit; false when a word fits none. */
function readPositional(
  definition: SlashCommandDefinition,
  rest: string,
  options: Options,
  gazetteer?: Gazetteer,
): boolean {
  const has = (arg: string) => definition.options.find((o) => o.arg === arg && options[o.name] === undefined);
  const leftover: string[] = [];
  const words = rest.split(/\s+/).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    const platform = has('platform');
    const type = has('type');
    const duration = has('duration_type');
    if (platform && isPlatformName(lower)) options[platform.name] = lower;
    else if (platform && i + 1 < words.length && isPlatformName(`${lower} ${words[i + 1]!.toLowerCase()}`)) {
      options[platform.name] = `${lower} ${words[++i]!.toLowerCase()}`;
    } else if (duration && DURATION_WORDS.has(lower)) options[duration.name] = DURATION_WORDS.get(lower)!;
    else if (type && TYPE_WORDS.has(lower)) {
      options[type.name] = TYPE_WORDS.get(lower)!;
      if (lower === 'tv' && /^shows?$/i.test(words[i + 1] ?? '')) i++;
    } else {
      const option = NUMBER.test(word) && numberOption(definition, options, Number(word.replace(',', '.')));
      if (option) options[option.name] = word.replace(',', '.');
      else leftover.push(word);
    }
  }
  // "foryou 77 netflix porfa": politeness is no value, unless it belongs to the title ("knives out").
  const title = has('title_id');
  const named = (words: string[]) =>
    title !== undefined &&
    words.length > 0 &&
    (isTitleId(words.join(' ').toLowerCase()) ||
      gazetteer?.titles(foldSearchText(words.join(' '))) !== undefined);
  const meaningful = leftover.filter((w) => !CHAT_WORDS.has(w.toLowerCase()));
  const text = named(leftover) ? leftover : named(meaningful) ? meaningful : undefined;
  if (text && title) options[title.name] = text.join(' ');
  return text !== undefined || meaningful.length === 0;
}

/** The option a bare number fills: a year when it looks like one, else the next numeric option in order. */
function numberOption(definition: SlashCommandDefinition, options: Options, value: number) {
  const open = definition.options.filter(
    (o) => (o.type === 'integer' || o.type === 'number') && options[o.name] === undefined,
  );
  const year = open.find((o) => o.arg === 'year');
  if (year && Number.isInteger(value) && value >= 1800 && value <= 2199) return year;
  return open.find((o) => o.arg !== 'year' && (o.arg !== 'scored' || value <= 5));
}
