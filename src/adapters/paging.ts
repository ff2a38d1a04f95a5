/**
 * Page buttons carry their whole state, so turning a page needs no server memory: who asked, and the
 * list request of the page as slash options (`pg:<asker>:<options>`). A token read back is checked
 * like any slash command, so a forged one is only ever a valid list or nothing.
 */
import { LIST_OPTIONS } from '../../commands/browse-options.ts';
import type { CommandRequest, RequestArgs } from '../bot/command.ts';
import { commandFromOptions } from '../bot/slash.ts';

const PREFIX = 'pg';
/** Short keys keep a token inside Discord's 100-character `custom_id`. */
const SHORT: Record<string, string> = {
  platform: 'p',
  type: 't',
  genre: 'g',
  cast: 'c',
  director: 'd',
  year: 'y',
  year_from: 'yf',
  year_to: 'yt',
  country: 'co',
  age_rating: 'ar',
  min_minutes: 'm0',
  max_minutes: 'm1',
  min_seasons: 's0',
  max_seasons: 's1',
  min_score: 'r0',
  max_score: 'r1',
  sort: 's',
  order: 'o',
  limit: 'l',
};
const LONG = new Map(Object.entries(SHORT).map(([name, short]) => [short, name]));
const OFFSET = 'of';
const MAX_OFFSET = 100_000;

/** The token of a page button, or undefined for a request that is not a list page. */
export function pageToken(askerId: string, request: CommandRequest): string {
  const query = new URLSearchParams();
  const args = request.args as Record<string, unknown>;
  for (const option of LIST_OPTIONS) {
    const value = args[option.arg];
    if (value !== undefined) query.set(SHORT[option.name] ?? option.name, String(value));
  }
  if (request.args.offset) query.set(OFFSET, String(request.args.offset));
  return `${PREFIX}:${askerId}:${query.toString()}`;
}

export function isPageToken(token: string): boolean {
  return token.startsWith(`${PREFIX}:`);
}

/** The asker and the list request a token stands for; undefined when it is not a well-formed page token. */
export function readPageToken(token: string): { askerId: string; request: CommandRequest } | undefined {
  const match = /^pg:([^:]{1,40}):(.*)$/s.exec(token);
  if (!match) return undefined;
  const query = new URLSearchParams(match[2]);
  const options: Record<string, string> = {};
  let offset: number | undefined;
  for (const [key, value] of query) {
    if (key === OFFSET) {
      offset = Number(value);
      if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) return undefined;
    } else {
      const name = LONG.get(key);
      if (!name) return undefined;
      options[name] = value;
    }
  }
  const request = commandFromOptions('titles', options);
  if (request.invalid || request.missing || !withinRanges(request.args)) return undefined;
  const args: RequestArgs = offset ? { ...request.args, offset } : request.args;
  return { askerId: match[1]!, request: { ...request, args } };
}

/** Every numeric value within its option's declared range (a button never carries anything else). */
function withinRanges(args: RequestArgs): boolean {
  return LIST_OPTIONS.every((option) => {
    const value = (args as Record<string, unknown>)[option.arg];
    if (typeof value !== 'number') return true;
    return (
      (option.min === undefined || value >= option.min) && (option.max === undefined || value <= option.max)
    );
  });
}
