import { chartAnswer } from '../src/bot/answers/chart.ts';
import type { RequestArgs } from '../src/bot/command.ts';
import { browseFilters } from '../src/bot/nl/browse-reading.ts';
import { EVIDENCE } from '../src/bot/nl/evidence.ts';
import { type Reading, request } from '../src/bot/nl/reading.ts';
import { cuePattern } from '../src/bot/nl/sentence.ts';
import { CHART_KINDS, type ChartKind } from '../src/chart/kinds.ts';
import { FILTER_OPTIONS } from './browse-options.ts';
import { titleOption, userOption } from './options.ts';
import type { CommandModule, Localised, OptionDefinition } from './types.ts';

const cues: Localised = {
  en: String.raw`charts?|charted|charting|graphs?|graphed|graphing|plots?|plotted|plotting|histograms?|visuali[sz]e|visuali[sz]ation|visuali[sz]ed|diagrams?|infographic`,
  es: String.raw`graficos?|graficas?|graficar|grafica(?:me|lo|la|los|las)?|histogramas?|diagramas?|visualiza(?:r|me)?|dibuja(?:me|r)?`,
};
const CHART_CUE = cuePattern(cues);

/** Words that say which chart, most specific first: the first kind whose words appear is the chart asked. */
const KIND_WORDS: [ChartKind, RegExp][] = [
  [
    'titles_per_year',
    cuePattern({
      en: String.raw`(?:per|by|each|every|a|an|over\s+the|across\s+the)\s+(?:release\s+)?(?:year|years|yr|yrs)|yearly|annual|annually|over\s+time|release\s+years?|released\s+each|year\s+by\s+year`,
      es: String.raw`(?:por|cada|al|según)\s+(?:el\s+)?(?:ano|anos|año|años)|anual(?:es|mente)?|a\s+lo\s+largo\s+de\s+los\s+anos|ano\s+(?:a|tras)\s+ano|anos\s+de\s+estreno`,
    }),
  ],
  [
    'durations',
    cuePattern({
      en: String.raw`durations?|runtimes?|run\s+times?|lengths?|how\s+long|minutes|mins|seasons|long\s+(?:are|is)`,
      es: String.raw`duracion(?:es)?|duran|dura|minutos|temporadas|cuanto\s+duran|largas?|largos?`,
    }),
  ],
  [
    'genres',
    cuePattern({
      en: String.raw`genres?|categories|category|kinds?\s+of`,
      es: String.raw`generos?|categorias?|tipos\s+de\s+(?:contenido|peliculas|series)`,
    }),
  ],
  [
    'scores',
    cuePattern({
      en: String.raw`scores?|scored|scoring|(?:mean|average|avg)\s+(?:ratings?|stars?)|averages?|means?`,
      es: String.raw`notas?|nota\s+media|puntuacion(?:es)?\s+medias?|medias?|promedios?|puntajes?`,
    }),
  ],
  [
    'platforms',
    cuePattern({
      en: String.raw`platforms|services|streamers|side\s+by\s+side|compare|comparison|comparing|(?:movies|films)\s+(?:vs|versus|and|or)\s+(?:tv\s+)?(?:shows|series)|per\s+(?:platform|service)|each\s+(?:platform|service)|which\s+(?:service|platform)`,
      es: String.raw`plataformas|servicios|compara(?:r|cion)?|por\s+plataforma|cada\s+plataforma|frente\s+a`,
    }),
  ],
  [
    'ratings',
    cuePattern({
      en: String.raw`ratings?|rated|stars?|votes?|reviews?`,
      es: String.raw`valoraciones|valoracion|calificaciones|calificacion|estrellas|votos|puntuaciones|puntuacion|resenas`,
    }),
  ],
];

/** Titles and users the ratings charts can be about: "the ratings of <title>", "user 42's ratings". */
const TITLE_ANCHORS = cuePattern({
  en: String.raw`(?:ratings?|stars?|reviews?|votes?)\s+(?:of|for|on|given\s+to)|scores?\s+(?:of|for)|(?:people|users|viewers)\s+(?:rated|gave)|(?:rated|got)`,
  es: String.raw`(?:valoraciones|calificaciones|estrellas|puntuaciones|notas|votos)\s+(?:de|del|para|a)|(?:le\s+)?dieron\s+a|de\s+la\s+(?:serie|pelicula)`,
});

function kindOf(reading: Reading): ChartKind | undefined {
  return KIND_WORDS.find(([, words]) => reading.has(words))?.[0];
}

function understandChart(reading: Reading) {
  if (!reading.has(CHART_CUE)) return undefined;
  const { user } = reading.slots;
  const kind = kindOf(reading);
  if (user !== undefined) return request('chart', { kind: 'user_ratings', user_id: user });
  if (kind === undefined || kind === 'ratings') {
    const title = reading.titleFrom(reading.sentence.matchAll(TITLE_ANCHORS).map((m) => m.to));
    if ('title' in title || 'title_id' in title)
      return request('chart', { kind: 'title_ratings', ...title, platform: reading.slots.platform });
  }
  // On a chart of ratings or scores "5 stars" is a bar, not a filter; several platforms named are all of them.
  const filters = browseFilters(reading);
  if (kind === undefined || kind === 'ratings' || kind === 'scores') delete filters.min_score;
  if (reading.slots.severalPlatforms) delete filters.platform;
  const args: RequestArgs = { kind, ...filters };
  if (kind === 'durations') {
    const seasons = reading.has(SEASON_WORDS);
    args.type = filters.type ?? (seasons ? 'tv show' : 'movie');
  }
  return request('chart', args);
}

const SEASON_WORDS = cuePattern({ en: String.raw`seasons`, es: String.raw`temporadas` });

const KIND_LABELS: Record<ChartKind, Localised> = {
  titles_per_year: { en: 'Titles per release year', es: 'Títulos por año de estreno' },
  durations: { en: 'Durations (minutes or seasons)', es: 'Duraciones (minutos o temporadas)' },
  ratings: { en: 'Ratings by star value', es: 'Valoraciones por estrellas' },
  scores: { en: 'Title scores (histogram)', es: 'Notas de los títulos (histograma)' },
  genres: { en: 'Top genres per platform', es: 'Géneros principales por plataforma' },
  platforms: { en: 'Platforms side by side', es: 'Plataformas comparadas' },
  title_ratings: { en: 'One title’s ratings', es: 'Valoraciones de un título' },
  user_ratings: { en: 'One user’s ratings', es: 'Valoraciones de un usuario' },
};

const kindOption: OptionDefinition = {
  name: 'kind',
  arg: 'kind',
  type: 'string',
  description: { en: 'What to chart', es: 'Qué dibujar' },
  required: true,
  choices: CHART_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
};

export const chart: CommandModule<'chart'> = {
  name: 'chart',
  command: 'chart',
  description: {
    en: 'Charts: titles per year, durations, ratings, scores, genres, platforms',
    es: 'Gráficos: títulos por año, duraciones, valoraciones, notas, géneros',
  },
  options: [
    kindOption,
    ...FILTER_OPTIONS,
    {
      ...titleOption,
      required: false,
      description: { en: 'The title (for a title’s ratings)', es: 'El título (para sus valoraciones)' },
    },
    {
      ...userOption,
      required: false,
      description: {
        en: 'The user id (for a user’s ratings)',
        es: 'El id de usuario (para sus valoraciones)',
      },
    },
  ],
  examples: [
    {
      en: '/chart kind:titles_per_year platform:netflix',
      es: '/chart kind:titles_per_year platform:netflix',
    },
    { en: 'histogram of movie durations on hulu', es: 'gráfico de valoraciones de disney+' },
    { en: 'chart the ratings of the irishman', es: 'gráfico de títulos por año en netflix' },
  ],
  cues,
  cue: CHART_CUE,
  understand(reading) {
    const asked = understandChart(reading);
    if (!asked) return undefined;
    if (asked.args.kind === undefined) asked.missing = [...(asked.missing ?? []), 'kind'];
    else if (asked.args.kind === 'title_ratings' && !('title' in asked.args) && !('title_id' in asked.args))
      asked.missing = [...(asked.missing ?? []), 'title_id'];
    return { request: asked, evidence: EVIDENCE.chart + reading.fit(asked) };
  },
  pure: true,
  answer: chartAnswer,
};
