/** The parser's Spanish words (folded: lower-case, no accents); `lexicon.ts` joins them with English. */
import type { LanguageWords } from './words.ts';

export const SPANISH: LanguageWords = {
  // "series" and "me" are English too, so they tell no language apart.
  markers: `de del la las el los en que cual cuales cuanto cuanta cuantos cuantas hay tiene tienen pelicula
    recomiendame recomendame sugiereme crees guste gusten quiero quieres podrias
    peliculas peli pelis mas larga largo largas largos usuario usuaria para con por ano anos recomienda
    recomiendas recomiendale recomendarias recomendaria recomendaciones recomendacion gustaria gustara gusta
    gustan gustar le les al actriz actores aparece aparecen sale salen quien es estrenada estrenadas estrenado
    estrenados estreno nota notas puntuacion valoracion encima superior mayor temporadas temporada duracion dura
    parecidas parecidos parecida parecido como similares hablame informacion sobre detalles ayuda hola estado
    datos algo dime dame y o unos unas mejores mejor deberia ver puede puedes sabes hacer funciona esto
    actualiza ofrece numero titulos superan supera disfrutaria tiempo manana gano mundial cuantas tambien lo
    mismo ahora frecuente habitual apariciones usas mil dos tres cuatro cinco veinte diez estrellas gracias
    adios quiero necesito saber cuentame puedo preguntarte preguntar chiste hablame solo bien mal muy cae tengo
    tienes hace eso esta este pero porque cuando donde todo toda todos nada mucho poco hoy ayer buenas buenos
    dias tardes noches tal porfa suscripcion cancelar cancelo precio cuesta pagar eres soy jaja jajaja jeje oye un
    una sugieres tipo veria`,
  movieWords: 'pelicula peliculas peli pelis largometraje largometrajes minutos',
  showWords: 'series serie temporada temporadas programa programas serial seriales',
  titleWords: 'titulo titulos contenido contenidos cosa cosas',
  userWords: 'usuario usuaria usuarios cliente',
  comparators: [
    'mayor o igual a',
    'mayor o igual que',
    'igual o mayor que',
    'igual o mayor a',
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
  ],
  scoreWords:
    'nota notas puntuacion puntuaciones puntuada puntuadas valoracion valoraciones valoradas calificacion calificaciones puntaje media',
  limitNouns: '(?:peliculas?|pelis?|titulos?|recomendaciones?|sugerencias?|opciones?|mejores)',
  limitOpenings: 'que\\s+sean|mejores|primeros|primeras|unas|unos|solo|dame|maximo|hasta',
  similarCounted: 'parecidos parecidas similares porfa',
  platformBefore: 'en de del para a al tiene hay ofrece',
  platformAfter: 'pelicula peliculas peli pelis serie titulos tiene',
  recommendVerbs: `gustaria gustara gusta gustar encantaria encantara ver disfrutaria disfrutara disfrutar recomiendas
    recomendarias recomendaria recomienda recomendar recomiendes recomiendale recomiendele mola mole molaria veria veras vera engancharia enganchara guste gusten encante`,
  followUp: String.raw`solo|solamente|y(?:\s+que\s+tal)?|que\s+tal|y\s+que\s+hay\s+de|lo\s+mismo(?:\s+(?:para|en|con))?|ahora(?:\s+para)?|tambien|e`,
  chat: 'oye che porfa gracias una pregunta hola buenas hoy noche esta ahi alli uy ay ey jaja guau finde',
  bareTitleFrame:
    'esta en de del hay tiene tienen disponible la el pelicula serie sigue oye che y tiene trata va',
  titleLeading: `de del en para a al sobre con por que es le les me te se lo la el los las un una algo alguna algun
    otra otro otras otros llamada llamado solo solamente pero y tambien ver`,
  titleTrailing:
    'al a de del en para el la los las un una por con y o ahora hoy luego tambien solo solamente pero es finde ayudale ayudame',
  clauseWords: 'que cual y o pero por',
  frameWords: `le les al que cual quien deberia gustaria recomiendas recomendarias ver buena buen opcion eleccion
    para es y crees mejores dame dime muestrame algo`,
  notInBareTitles: 'pelicula peliculas serie titulos mejor peor tiempo hoy manana precio',
  showVerbFollowers: '',
  shorthand: {
    xq: 'porque',
    pq: 'porque',
    tb: 'tambien',
    tmb: 'tambien',
    pa: 'para',
    xfa: 'porfa',
  },
  outOfScope: String.raw`contrasena|(?:mi|tu|la|una)\s+cuenta|suscripcion|suscribirme|cancelar|reembolso|factura|cobraron|cobrado|cobran|cobro|precio|precios|cuesta|cuestan|costo|coste|pagar|al\s+mes|por\s+mes|descargar|internet|wifi|casad[oa]|esposa|esposo|novia|novio|que\s+edad|cuantos\s+anos\s+tiene|clima|lluvia|llover|llueve|calorias|no\s+(?:me\s+)?(?:carga|funciona)|recetas?\s+de|traduce(?:me)?|traducir|pizza\s+(?:a\s+domicilio|cerca)|restaurantes?\s+cerca|cerca\s+de\s+mi|los\s+oscar(?:es)?|premios?\s+oscar|gano\s+(?:el|un)\s+oscar`,
};
