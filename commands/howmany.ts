import { countTitlesAnswer } from '../src/bot/answers/browse.ts';
import { browseFilters, speaksInPlural } from '../src/bot/nl/browse-reading.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { request } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import { COUNT_OPTIONS } from './browse-options.ts';
import { COUNT_CUE } from './count.ts';
import type { CommandModule } from './types.ts';

/** "which platform has the most documentaries": a grouping and a superlative ask for a count. */
const MOST = cuePattern({
  en: String.raw`most|more|the\s+most|biggest|largest|greatest\s+number|fewest|least|breakdown|split|distribution|counts?`,
  es: String.raw`mas|mayor\s+(?:cantidad|numero)|menos|desglose|reparto|distribucion|cuenta`,
});

/** "movies vs shows", "movies or shows", "by type": the two kinds set against each other. */
const KINDS_COMPARED = cuePattern({
  en: String.raw`vs|versus|(?:by|per)\s+type|breakdown|split|(?:movies?|films?)\s+or\s+(?:tv\s+)?(?:shows?|series)`,
  es: String.raw`vs|por\s+tipo|desglose|(?:peliculas?|pelis?)\s+o\s+series`,
});

export const howmany: CommandModule<'count_titles'> = {
  name: 'howmany',
  command: 'count_titles',
  description: {
    en: 'How many titles match any filter, optionally per platform, year, genre or type',
    es: 'Cuántos títulos cumplen cualquier filtro, agrupados si quieres',
  },
  options: COUNT_OPTIONS,
  examples: [
    {
      en: '/howmany genre:documentary group_by:platform',
      es: '/howmany genre:documentary group_by:platform',
    },
    { en: 'how many horror movies on hulu from the 90s', es: '¿cuántas comedias hay en netflix?' },
    { en: 'which platform has the most documentaries', es: '¿qué plataforma tiene más documentales?' },
  ],
  catalogQuestion: true,
  understand(reading) {
    const { group_by: groupBy } = reading.slots.browse;
    // "which actor appears the most in netflix movies and shows": both kinds named, no count of each asked
    // (unlike "movies vs shows on hulu").
    const groupingCounts = groupBy !== undefined && (groupBy !== 'type' || reading.has(KINDS_COMPARED));
    const counted =
      reading.has(COUNT_CUE) || (groupingCounts && (reading.has(MOST) || speaksInPlural(reading)));
    if (!counted) return undefined;
    const asked = request('count_titles', { ...browseFilters(reading), group_by: groupBy });
    return { request: asked, evidence: EVIDENCE.browse + reading.fit(asked) };
  },
  pure: true,
  answer: countTitlesAnswer,
};
