/** The work behind `streambot list` and `streambot count`, loaded only when they run. */
import { countTitles, type ListArgs, listTitles } from '../catalog/browse.ts';
import { type CliError, exitWithError, isCliError, openCatalogStore } from './_catalog.ts';
import { printJson } from './_shared.ts';

export interface BrowseCliOptions {
  platform?: string;
  type?: string;
  year?: string;
  yearFrom?: string;
  yearTo?: string;
  genre?: string;
  cast?: string;
  director?: string;
  country?: string;
  ageRating?: string;
  minMinutes?: string;
  maxMinutes?: string;
  minSeasons?: string;
  maxSeasons?: string;
  minScore?: string;
  maxScore?: string;
  sort?: string;
  order?: string;
  limit?: string;
  offset?: string;
  groupBy?: string;
  json?: boolean;
  db?: string;
}

/** Option → argument, and whether its value is a number. */
const ARGUMENTS: [keyof BrowseCliOptions, string, boolean][] = [
  ['platform', 'platform', false],
  ['type', 'type', false],
  ['year', 'year', true],
  ['yearFrom', 'year_from', true],
  ['yearTo', 'year_to', true],
  ['genre', 'genre', false],
  ['cast', 'cast', false],
  ['director', 'director', false],
  ['country', 'country', false],
  ['ageRating', 'age_rating', false],
  ['minMinutes', 'min_minutes', true],
  ['maxMinutes', 'max_minutes', true],
  ['minSeasons', 'min_seasons', true],
  ['maxSeasons', 'max_seasons', true],
  ['minScore', 'min_score', true],
  ['maxScore', 'max_score', true],
  ['sort', 'sort', false],
  ['order', 'order', false],
  ['limit', 'limit', true],
  ['offset', 'offset', true],
  ['groupBy', 'group_by', false],
];

/** The arguments the options give, by argument name; fails (exits) on a number option that is no number. */
export function browseArgs(
  options: BrowseCliOptions,
  fail: (error: CliError) => never,
): Record<string, string | number> {
  const args: Record<string, string | number> = {};
  for (const [option, arg, numeric] of ARGUMENTS) {
    const raw = options[option];
    if (typeof raw !== 'string') continue;
    const value = numeric ? Number(raw.trim().replace(',', '.')) : raw.trim().toLowerCase();
    if (numeric && (raw.trim() === '' || !Number.isFinite(value)))
      fail({
        code: 'unexpected_argument',
        message: `--${arg.replace(/_/g, '-')} takes a number, not "${raw}".`,
      });
    args[arg] = value;
  }
  return args;
}

export function runBrowse(kind: 'list' | 'count', options: BrowseCliOptions): void {
  const json = options.json ?? false;
  const fail = (error: CliError): never => exitWithError(error, json, {});
  const args = browseArgs(options, fail);
  const opened = openCatalogStore(options.db);
  if (isCliError(opened)) fail(opened);
  const store = opened as Exclude<typeof opened, CliError>;
  try {
    const result = kind === 'list' ? listTitles(store, args as ListArgs) : countTitles(store, args);
    if (!result.ok) fail(result.error);
    const { value } = result as Extract<typeof result, { ok: true }>;
    if (json) {
      printJson(value);
      return;
    }
    const lines =
      'titles' in value
        ? [
            `${value.total} titles`,
            ...value.titles.map(
              (t, i) =>
                `${String(i + 1 + (value.args.offset ?? 0)).padStart(3)}  ${t.id.padEnd(8)} ${t.platform.padEnd(8)} ${t.release_year}  ${t.title}`,
            ),
          ]
        : [`${value.total} titles`, ...value.groups.map((g) => `${String(g.count).padStart(7)}  ${g.key}`)];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    store.close();
  }
}
