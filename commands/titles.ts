import { listAnswer } from '../src/bot/answers/browse.ts';
import { browseFilters, pluralOrdered, speaksInPlural } from '../src/bot/nl/browse-reading.ts';
import { browseFilterCount } from '../src/bot/nl/browse-slots.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { request } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import { LIST_OPTIONS } from './browse-options.ts';
import { COUNT_CUE } from './count.ts';
import { RECOMMENDATION_CUES } from './recommend.ts';
import { similar } from './similar.ts';

/** "tell me about …": a title is asked about, whatever else the words name ("Dark, the german series"). */
const TELL_ABOUT = cuePattern({
  en: String.raw`tell\s+me\s+(?:more\s+|everything\s+|all\s+)?about`,
  es: String.raw`hablame\s+(?:de|sobre)|cuentame\s+(?:todo\s+)?(?:de|sobre)|dime\s+todo\s+(?:de|sobre)`,
});

import type { CommandModule } from './types.ts';

/** Titles in the plural count for a list over a single title's question ("longest movies" vs "longest movie"). */
const PLURAL_FIT = 2;

export const titles: CommandModule<'list_titles'> = {
  name: 'titles',
  command: 'list_titles',
  description: {
    en: 'List titles by any filter (platform, genre, years, people, length, score), sorted as you like',
    es: 'Lista títulos con cualquier filtro (plataforma, género, años, personas, duración, nota)',
  },
  options: LIST_OPTIONS,
  examples: [
    {
      en: '/titles platform:netflix genre:comedy year_from:1990 year_to:1999',
      es: '/titles platform:netflix genre:comedy year_from:1990 year_to:1999',
    },
    { en: 'top 5 longest movies on netflix', es: 'las 3 series con más temporadas de hulu' },
    { en: 'movies with keanu reeves', es: 'películas con ricardo darín' },
  ],
  catalogQuestion: true,
  understand(reading) {
    const { browse, year, scored, platform, limit } = reading.slots;
    const filters = browseFilterCount(browse) + (scored !== undefined ? 1 : 0);
    const plural = speaksInPlural(reading);
    const framed =
      filters > 0 || platform !== undefined || year !== undefined || reading.contentType() !== undefined;
    // "movies rated above 4 on netflix" is a list; with a year, "… scored above 3.5 in 2020" stays the client's count.
    const pluralCue =
      plural && (browseFilterCount(browse) > 0 || (scored !== undefined && year === undefined));
    // An ordering alone is a list only when something else says titles are meant: "you're the best!" is not.
    const sorted =
      browse.sort !== undefined &&
      (framed || plural || browse.listCue || limit !== undefined || browse.count !== undefined);
    const cued = sorted || (browse.listCue && framed) || pluralCue || browse.roleSaid === true;
    if (reading.has(COUNT_CUE) || browse.group_by !== undefined) return undefined;
    // "films like X", "something to watch": similar titles and recommendations are asked, not a list.
    if ([similar.cue!, TELL_ABOUT, ...RECOMMENDATION_CUES].some((cue) => reading.has(cue))) return undefined;
    // "which disney+ movie is the longest?": one title by length is the client's question, not a list.
    if (browse.sort === 'duration' && !plural && limit === undefined && browse.count === undefined)
      return undefined;
    const framing = filters + (platform !== undefined ? 1 : 0) + (year !== undefined ? 1 : 0);
    // Without a cue, one value said alone ("translate to french", "pon música") is no list.
    if (!cued && !(plural && framed) && (filters === 0 || framing < 2)) return undefined;
    const asked = request('list_titles', {
      ...browseFilters(reading),
      sort: browse.sort,
      order: browse.order,
      limit: limit ?? browse.count,
    });
    // Little of its own ("sort by newest", "comedies"): after a list, it refines that list.
    // A fragment with little of its own ("sort by newest", "de terror") refines the list before it;
    // "películas con X" names what it lists and is a new question.
    const fragment = framing === 0 || (framing === 1 && reading.contentType() === undefined);
    // Without words of its own ("just tv shows on netflix"), it may only change the question before.
    if ((fragment && !browse.listCue) || (!cued && browseFilterCount(browse) === 0)) reading.weak = true;
    const evidence = cued ? EVIDENCE.browse : EVIDENCE.browseFilters;
    const plurality = pluralOrdered(reading) ? PLURAL_FIT : pluralCue ? 1 : 0;
    return { request: asked, evidence: evidence + reading.fit(asked) + plurality };
  },
  pure: true,
  answer: listAnswer,
};
