/**
 * The words and phrases the parser recognises, English and Spanish side by side (folded: lower-case,
 * no accents). Phrases are regular-expression sources over token keys; see sentence.ts.
 */
import { anyOf } from './sentence.ts';

// ── Language ───────────────────────────────────────────────────────────────────────────────────────
/** Words that only one of the two languages uses (titles aside). */
export const SPANISH_WORDS = new Set(
  `de del la las el los en que cual cuales cuanto cuanta cuantos cuantas hay tiene tienen pelicula peliculas
  peli pelis mas larga largo largas largos usuario usuaria para con por ano anos recomienda recomiendas
  recomiendale recomendarias recomendaria recomendaciones recomendacion gustaria gustara gusta gustan gustar
  le les al actriz actores aparece aparecen sale salen quien es estrenada estrenadas estrenado estrenados
  estreno nota notas puntuacion valoracion encima superior mayor temporadas temporada duracion dura
  parecidas parecidos parecida parecido como similares hablame informacion sobre detalles ayuda hola estado
  datos algo dime dame y o unos unas mejores mejor deberia ver puede puedes sabes hacer funciona esto
  actualiza ofrece numero titulos superan supera disfrutaria me tiempo manana gano mundial cuantas tambien
  lo mismo ahora series frecuente habitual apariciones usas mil dos tres cuatro cinco veinte diez estrellas
  gracias adios quiero necesito saber cuentame puedo preguntarte preguntar chiste hablame solo bien mal muy
  cae tengo tienes hace eso esta este pero porque cuando donde todo toda todos nada mucho poco hoy ayer
  buenas buenos dias tardes noches tal`.split(/\s+/),
);
SPANISH_WORDS.delete('series');
SPANISH_WORDS.delete('me');

export const ENGLISH_WORDS = new Set(
  `the of on in at what which how many much movie movies film films show shows longest most user users would
  should will does do is are was has have from for with about like scored score rated above over more
  than tell details help status who appears appeared starred best and recommend something anything give
  number count released seasons season by get got there available any some tv running runs biggest frequent
  common busiest suggest picks titles enjoy watch hi hello what's whats it this that you your me my i if else
  weather won world cup stars rating ratings higher greater better one two three four five twenty nineteen
  thousand point half data using use refresh reload thanks thank please want need know tell just only been`.split(
    /\s+/,
  ),
);

// ── Content nouns ──────────────────────────────────────────────────────────────────────────────────
export const MOVIE_WORDS = new Set(
  'movie movies film films feature features flick flicks pelicula peliculas peli pelis largometraje largometrajes minutes minute mins minutos'.split(
    ' ',
  ),
);
export const SHOW_WORDS = new Set(
  'show shows series serie season seasons temporada temporadas tv sitcom sitcoms programa programas serial seriales'.split(
    ' ',
  ),
);
export const TITLE_WORDS = new Set(
  'title titles titulo titulos thing things stuff content contenido contenidos cosa cosas one ones'.split(
    ' ',
  ),
);
/** "show" and "shows" are verbs in these phrases. */
export const NOT_A_SHOW_AFTER = new Set([
  'me',
  'up',
  'us',
  'him',
  'her',
  'them',
  'the',
  'some',
  'all',
  'my',
  'every',
]);

// ── Slots ──────────────────────────────────────────────────────────────────────────────────────────
const NUMBER = String.raw`\d+(?:\.\d+)?`;

export const USER_PATTERN = String.raw`(?:(?:the|a|el|la|al|del)\s+)?(?:user|users|usr|userid|viewer|member|customer|usuario|usuaria|usuarios|cliente)(?:\s+(?:id|number|num|no|nr|numero|n|#|con\s+(?:el\s+)?id|with\s+(?:the\s+)?id|de\s+id))?(?:\s+:)?(?:\s+#)?\s+(?<n>\d+)(?!\S*\.\d)`;

const COMPARATORS = anyOf([
  'more than',
  'greater than',
  'higher than',
  'better than',
  'bigger than',
  'larger than',
  'above',
  'over',
  'exceeding',
  'exceeds',
  'exceed',
  'beyond',
  'north of',
  'upwards of',
  'in excess of',
  'at least',
  'greater than or equal to',
  'more than or equal to',
  'mayor o igual a',
  'mayor o igual que',
  'igual o mayor que',
  'igual o mayor a',
  'no less than',
  'minimum of',
  'min of',
  'strictly above',
  'strictly over',
  'mas de',
  'mas que',
  'mayor que',
  'mayor a',
  'mayor de',
  'mayores que',
  'mayores a',
  'mayores de',
  'superior a',
  'superiores a',
  'por encima de',
  'por encima del',
  'encima de',
  'arriba de',
  'superan',
  'supera',
  'superen',
  'supere',
  'superando',
  'sobrepasan',
  'sobrepasa',
  'al menos',
  'como minimo',
  'minimo de',
  'pasan de',
  'pasa de',
]);
const COMPARATOR_SYMBOLS = '>=|>|gt';
const SCORE_FILLER = String.raw`(?:\s+(?:a|an|the|el|la|los|las|lo|un|una|score|rating|average|mean|nota|puntuacion|media|valoracion|calificacion|of|de|del|is|es|=|:)){0,3}`;
const SCORE_UNIT = String.raw`(?:\s+(?:stars?|estrellas?|puntos?|points?|★|/\s+5|out\s+of\s+5|sobre\s+5|de\s+5))?`;

export const SCORE_WORDS =
  'scored|score|scores|scoring|rated|rating|ratings|rate|nota|notas|puntuacion|puntuaciones|puntuada|puntuadas|valoracion|valoraciones|valoradas|calificacion|calificaciones|puntaje|average|media';

/** "over 3.5", "> 3.5", "more than 3.5 stars", "por encima de 3,5", "superan el 3,5". */
export const THRESHOLD_PATTERNS = [
  String.raw`(?:${COMPARATORS}|${COMPARATOR_SYMBOLS})${SCORE_FILLER}\s+(?<n>${NUMBER})${SCORE_UNIT}(?<half>\s+(?:y|and\s+a)\s+(?:media|medio|half))?`,
  String.raw`(?<n>${NUMBER})${SCORE_UNIT}\s+(?:\+|(?:or|o)\s+(?:more|higher|better|above|greater|over|mas|superior|mejor|encima))`,
  String.raw`(?:${SCORE_WORDS})(?:\s+(?:of|de|del|a|an|the|el|la|is|es|=|:|average|mean))*\s+(?<n>${NUMBER})${SCORE_UNIT}(?:\s+\+)?`,
  String.raw`(?<n>${NUMBER})\s+(?:stars?|estrellas?|★)`,
];
/** A comparator that lost its number ("scored above"). */
export const DANGLING_COMPARATOR = String.raw`(?:${COMPARATORS}|${COMPARATOR_SYMBOLS})(?:\s+(?:a|the|el|la))?(?=\s+[^\d\s]|\s*$)`;

const LIMIT_NOUNS = String.raw`(?:tv\s+)?(?:movies?|films?|shows?|series|titles?|picks?|recommendations?|suggestions?|options?|things?|ideas?|peliculas?|pelis?|titulos?|recomendaciones?|sugerencias?|opciones?|mejores|best|top|more)`;
export const LIMIT_PATTERNS = [
  String.raw`(?:top|best|first|limit|limit\s+to|mejores|primeros|primeras)\s+(?<n>\d{1,3})`,
  String.raw`(?<n>\d{1,3})\s+(?:${LIMIT_NOUNS}|parecid[oa]s|similares|similar|like)`,
];

/** Prepositions and verbs that make a misspelled word next to them likely to be a platform. */
/**
 * Streaming services Streambot does not cover, so that "longest movie on hbo" is told so instead
 * of being answered for every platform. Matched only where a platform name goes.
 */
export const OTHER_SERVICES = [
  'hbo max',
  'hbo',
  'max',
  'apple tv +',
  'apple tv plus',
  'apple tv',
  'paramount +',
  'paramount plus',
  'paramount',
  'peacock',
  'showtime',
  'starz',
  'crunchyroll',
  'youtube',
  'tubi',
  'pluto tv',
  'mubi',
  'filmin',
  'movistar +',
  'movistar plus',
  'movistar',
  'rakuten tv',
  'skyshowtime',
  'crave',
];

export const PLATFORM_NEIGHBOURS_BEFORE = new Set(
  'on in at from for to via of does do has have en de del para a al tiene hay ofrece'.split(' '),
);
export const PLATFORM_NEIGHBOURS_AFTER = new Set(
  'movie movies film films show shows series title titles catalog catalogue library have has got pelicula peliculas peli pelis serie titulos tiene'.split(
    ' ',
  ),
);

// ── Intents ────────────────────────────────────────────────────────────────────────────────────────

/** Verbs that make "user N … <verb> <title>" a yes-or-no recommendation question. */
export const RECOMMEND_VERBS = new Set(
  `like likes liked enjoy enjoys love loves watch watches see recommend recommended suggest gustaria gustara gusta
  gustar encantaria encantara ver disfrutaria disfrutara disfrutar recomiendas recomendarias recomendaria
  recomienda recomendar recomiendes`.split(/\s+/),
);

/** Openings of a follow-up ("and on hulu?", "what about 2019?", "¿y en 2018?"). */
export const FOLLOW_UP = String.raw`and(?:\s+what\s+about|\s+how\s+about|\s+for|\s+on|\s+in)?|what\s+about|how\s+about|same\s+(?:for|with|but|on|in)|same|now(?:\s+for)?|also|then|ok|okay|instead|y(?:\s+que\s+tal)?|que\s+tal|y\s+que\s+hay\s+de|lo\s+mismo(?:\s+(?:para|en|con))?|ahora(?:\s+para)?|tambien|e`;

/** Chat filler that says nothing about what is asked. */
export const CHAT_WORDS = new Set(
  `pls plz please thx thanks ty lol haha hey yo hi bot streambot quick question q quickq btw tonight today
  rn now oye che porfa gracias una pregunta pregunta hola buenas ok okay so um hmm like just real quick hoy
  noche esta ahi alli come out available streaming stream exist exists there nah yeah yes no yep nope quick q`.split(
    /\s+/,
  ),
);
/** Words that may frame a title said on its own ("is the count of monte cristo on netflix?"). */
export const BARE_TITLE_FRAME = new Set(
  `is it on in at the a there available streaming stream still any good worth watching watch show movie film
  series exists exist esta en hay tiene tienen disponible la el pelicula serie sigue what about info hey yo pls
  please bot streambot oye che y and about one rated have has got tiene trata va`.split(/\s+/),
);

// ── Titles ─────────────────────────────────────────────────────────────────────────────────────────
/** Dropped from either end of a title span. */
export const TITLE_EDGE_WORDS: Record<'en' | 'es', { leading: Set<string>; trailing: Set<string> }> = {
  en: {
    leading: new Set(
      'on in at from for to of by with about me us is are was be would will does do did should could can might what which who how i you they he she we it please some any something anything good great new other more similar called named only just but and also like'.split(
        ' ',
      ),
    ),
    trailing: new Set(
      'on in at from for to by with about is a an the and or please next now tonight today then again too also instead maybe perhaps only just but released come out made air aired premiered highly well high low'.split(
        ' ',
      ),
    ),
  },
  es: {
    leading: new Set(
      'de del en para a al sobre con por que es le les me te se lo la el los las un una algo alguna algun otra otro otras otros llamada llamado solo solamente pero y tambien ver'.split(
        ' ',
      ),
    ),
    trailing: new Set(
      'al a de del en para el la los las un una por con y o ahora hoy luego tambien solo solamente pero es'.split(
        ' ',
      ),
    ),
  },
};
/** Words after which a comma ends the title ("if i liked moana, what else…"). */
export const CLAUSE_WORDS = new Set(
  "what which would should will and or but then please what's que cual y o pero please por".split(' '),
);
/** Words that never belong to a title when the title is found without an anchor. */
export const FRAME_WORDS = new Set(
  `would will does do did should could can might is are was be what which who how i you they he she we it
  a good great pick choice recommendation recommendations recommend suggest like enjoy love watch see for to
  fit match idea option worth le les al que cual quien deberia gustaria recomiendas recomendarias ver buena
  buen opcion eleccion para es y and or but hey please right suited suitable worth into fan think crees top
  best mejores give get show tell find dame dime muestrame some any algo something anything next now`.split(
    /\s+/,
  ),
);
/** A weak anchor ("what is …") only names a title when nothing else follows; these words mean something else does. */
export const NOT_IN_BARE_TITLES = new Set(
  `like love watch recommend similar best worst good bad weather time today tomorrow news price cost
  movie movies film films show shows series title titles user users how many much most longest your my ask
  commands help you
  pelicula peliculas serie titulos mejor peor tiempo hoy manana precio`.split(/\s+/),
);
