/**
 * Command: the one vocabulary of the product. Slash options, natural-language questions, the CLI
 * and every adapter end as one of these. Argument names are the client's.
 */
import type { CountArgs, ListArgs } from '../catalog/browse.ts';
import type { ChartArgs, ChartKind } from '../chart/kinds.ts';
import type { DurationType, Platform, TitleId, TitleType, UserId } from '../domain.ts';

export type Command =
  | { name: 'get_max_duration'; args: { year?: number; platform?: Platform; duration_type: DurationType } }
  | { name: 'get_score_count'; args: { platform: Platform; scored: number; year: number } }
  /** Counts movies; `type: 'tv show'` makes the TV-show count the answer (the other count is context). */
  | { name: 'get_count_platform'; args: { platform: Platform; type?: TitleType } }
  | { name: 'get_actor'; args: { platform: Platform; year: number } }
  | { name: 'recommend'; args: { user_id: UserId; title_id: TitleId } }
  | {
      name: 'recommend_for_user';
      args: { user_id: UserId; platform?: Platform; type?: TitleType; limit?: number };
    }
  | { name: 'similar'; args: { title_id: TitleId; platform?: Platform; limit?: number } }
  | { name: 'title_info'; args: { title_id: TitleId } }
  /** Titles matching any combination of filters, ordered, a page at a time. */
  | { name: 'list_titles'; args: ListArgs }
  /** How many titles match the filters, optionally grouped. */
  | { name: 'count_titles'; args: CountArgs }
  /** A chart of the catalog or the ratings, drawn by the adapter; its numbers also in words. */
  | { name: 'chart'; args: ChartArgs }
  /** "I am user 42": links the asker to a ratings user; `clear` forgets the link. */
  | { name: 'link_user'; args: { user_id?: UserId; clear?: 'yes' } }
  /** "who am I?": the asker's link. */
  | { name: 'whoami'; args: Record<string, never> }
  | { name: 'status'; args: Record<string, never> }
  | { name: 'refresh'; args: Record<string, never> }
  /** Admins: the questions the bot did not answer in the last `days` (default 7), grouped. */
  | { name: 'misses'; args: { days?: number } }
  /** Admins: approval of the answers over the last `days` (default 7), and the latest 👎. */
  | { name: 'feedback'; args: { days?: number } }
  | { name: 'help'; args: { topic?: string } }
  | { name: 'unknown'; args: { text: string } };

export type CommandName = Command['name'];
export type CommandArgs<N extends CommandName> = Extract<Command, { name: N }>['args'];

/**
 * Every argument name a `Command` uses, plus `title` (a title named by text, not yet resolved to an id).
 * The browse filters, ordering and grouping are `list_titles`' and `count_titles`' (src/catalog/browse.ts).
 */
export interface RequestArgs extends ListArgs, CountArgs {
  year?: number;
  platform?: Platform;
  duration_type?: DurationType;
  scored?: number;
  user_id?: UserId;
  title_id?: TitleId;
  /** A title named by text; the core resolves it to `title_id` through the catalog's title search. */
  title?: string;
  type?: TitleType;
  limit?: number;
  topic?: string;
  text?: string;
  kind?: ChartKind;
  clear?: 'yes';
  days?: number;
}

export type ArgName = keyof RequestArgs;

/** A value a client sent that does not fit its argument (a year that is not a number, …). */
export interface InvalidArg {
  arg: ArgName;
  value: string;
}

/**
 * What a parser (slash options or natural language) understood, before it is checked against the
 * store. Every complete `Command` is a `CommandRequest`. `missing` names required arguments that were
 * not given; `invalid` lists values that could not be read.
 */
export interface CommandRequest {
  name: CommandName;
  args: RequestArgs;
  missing?: ArgName[];
  invalid?: InvalidArg[];
  /** Other commands the words point at just as strongly: the core asks which one was meant. */
  alternatives?: CommandRequest[];
}
