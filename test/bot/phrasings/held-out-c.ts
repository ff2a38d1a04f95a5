/**
 * HELD-OUT C: written blind after the third tuning round, before held-out B's failures were looked
 * at (B was then used for tuning). Only its accuracy is looked at.
 */
import type { PhrasingCase } from './types.ts';

type Expect = PhrasingCase['expect'];
const en = (q: string, expect: Expect, after?: string[]): PhrasingCase => ({ q, lang: 'en', expect, after });
const es = (q: string, expect: Expect, after?: string[]): PhrasingCase => ({ q, lang: 'es', expect, after });
const longest = (args: Expect['args'], duration_type: 'min' | 'season' = 'min'): Expect => ({
  name: 'get_max_duration',
  args: { duration_type, ...args },
});
const count = (platform: 'amazon' | 'disney' | 'hulu' | 'netflix'): Expect => ({
  name: 'get_count_platform',
  args: { platform },
});
const scored = (args: Expect['args']): Expect => ({ name: 'get_score_count', args });
const actor = (args: Expect['args']): Expect => ({ name: 'get_actor', args });

export const HELD_OUT_C: PhrasingCase[] = [
  en('longest film netflix has from 2004', longest({ platform: 'netflix', year: 2004 })),
  en('out of all disney+ movies which one is the longest', longest({ platform: 'disney' })),
  en(
    'show on amazon with the most seasons released in 2012',
    longest({ platform: 'amazon', year: 2012 }, 'season'),
  ),
  en('max runtime movie on hulu', longest({ platform: 'hulu' })),
  en('longest movie ever made in 1977', longest({ year: 1977 })),
  en('how many movies are in the hulu library', count('hulu')),
  en('total movies on prime', count('amazon')),
  en('does netflix have many movies? how many?', count('netflix')),
  en(
    'how many movies released in 2013 on netflix are scored higher than 3.55',
    scored({ platform: 'netflix', scored: 3.55, year: 2013 }),
  ),
  en(
    '2019 disney movies rated above 3.2 — how many?',
    scored({ platform: 'disney', scored: 3.2, year: 2019 }),
  ),
  en(
    'count amazon prime movies from 2016 scoring over 3.6',
    scored({ platform: 'amazon', scored: 3.6, year: 2016 }),
  ),
  en(
    'how many hulu movies from twenty eighteen scored above three',
    scored({ platform: 'hulu', scored: 3, year: 2018 }),
  ),
  en('actor with the most credits on netflix in 2017', actor({ platform: 'netflix', year: 2017 })),
  en('who appeared in the most amazon titles released in 2020', actor({ platform: 'amazon', year: 2020 })),
  en('top cast member disney plus 2018', actor({ platform: 'disney', year: 2018 })),
  en('would user 808 like moana', { name: 'recommend', args: { user_id: 808, title: 'moana' } }),
  en('is squid game a good recommendation for user 19', {
    name: 'recommend',
    args: { user_id: 19, title: 'squid game' },
  }),
  en('will user 70 enjoy ns321?', { name: 'recommend', args: { user_id: 70, title_id: 'ns321' } }),
  en('recommendations on netflix for user 64', {
    name: 'recommend_for_user',
    args: { user_id: 64, platform: 'netflix' },
  }),
  en('what movies would user 3 enjoy', { name: 'recommend_for_user', args: { user_id: 3, type: 'movie' } }),
  en('give me 7 picks for user 100', { name: 'recommend_for_user', args: { user_id: 100, limit: 7 } }),
  en('shows like ozark', { name: 'similar', args: { title: 'ozark' } }),
  en('something similar to frozen on disney plus', {
    name: 'similar',
    args: { title: 'frozen', platform: 'disney' },
  }),
  en('tell me about ozark please', { name: 'title_info', args: { title: 'ozark' } }),
  en('what is hs45', { name: 'title_info', args: { title_id: 'hs45' } }),
  en('hello', { name: 'help', args: {} }),
  en('is the bot up to date? status please', { name: 'status', args: {} }),
  en('banana phone', { name: 'unknown', args: { text: 'banana phone' } }),
  en('and on amazon?', actor({ platform: 'amazon', year: 2019 }), ['top actor on netflix in 2019']),
  en('what about tv shows?', longest({ platform: 'hulu' }, 'season'), ['longest movie on hulu']),

  es('película más larga de hulu', longest({ platform: 'hulu' })),
  es('¿cuál es la peli más larga de netflix de 2010?', longest({ platform: 'netflix', year: 2010 })),
  es('la serie de disney+ con más temporadas', longest({ platform: 'disney' }, 'season')),
  es(
    '¿qué serie tiene más temporadas en hulu del 2008?',
    longest({ platform: 'hulu', year: 2008 }, 'season'),
  ),
  es('duración máxima de las películas de amazon en 2001', longest({ platform: 'amazon', year: 2001 })),
  es('¿cuántas películas tiene netflix en su catálogo?', count('netflix')),
  es('número de pelis en hulu', count('hulu')),
  es('¿cuántas películas ofrece disney plus?', count('disney')),
  es(
    '¿cuántas películas de hulu de 2014 tienen una nota mayor de 3,3?',
    scored({ platform: 'hulu', scored: 3.3, year: 2014 }),
  ),
  es(
    'películas de amazon estrenadas en 2019 con nota por encima de 3,75',
    scored({ platform: 'amazon', scored: 3.75, year: 2019 }),
  ),
  es(
    '¿cuántas películas de netflix del 2021 tienen más de cuatro estrellas?',
    scored({ platform: 'netflix', scored: 4, year: 2021 }),
  ),
  es(
    'cuántas películas de disney de 2015 superan el 3',
    scored({ platform: 'disney', scored: 3, year: 2015 }),
  ),
  es('¿qué actor aparece más en hulu en 2016?', actor({ platform: 'hulu', year: 2016 })),
  es('el actor con más títulos de netflix en 2020', actor({ platform: 'netflix', year: 2020 })),
  es('¿quién sale más en amazon en 2011?', actor({ platform: 'amazon', year: 2011 })),
  es('¿le gustaría moana al usuario 14?', { name: 'recommend', args: { user_id: 14, title: 'moana' } }),
  es('¿debería el usuario 90 ver squid game?', {
    name: 'recommend',
    args: { user_id: 90, title: 'squid game' },
  }),
  es('¿recomiendas hs45 al usuario 2?', { name: 'recommend', args: { user_id: 2, title_id: 'hs45' } }),
  es('recomiéndale películas al usuario 33', {
    name: 'recommend_for_user',
    args: { user_id: 33, type: 'movie' },
  }),
  es('¿qué puede ver el usuario 71?', { name: 'recommend_for_user', args: { user_id: 71 } }),
  es('sugerencias de netflix para el usuario 48', {
    name: 'recommend_for_user',
    args: { user_id: 48, platform: 'netflix' },
  }),
  es('series parecidas a ozark', { name: 'similar', args: { title: 'ozark' } }),
  es('algo similar a moana en disney+', { name: 'similar', args: { title: 'moana', platform: 'disney' } }),
  es('háblame de frozen', { name: 'title_info', args: { title: 'frozen' } }),
  es('¿qué es ns321?', { name: 'title_info', args: { title_id: 'ns321' } }),
  es('hola, ¿qué tal?', { name: 'help', args: {} }),
  es('¿qué versión de datos tienes?', { name: 'status', args: {} }),
  es('plátano teléfono', { name: 'unknown', args: { text: 'plátano teléfono' } }),
  es('¿y en 2012?', actor({ platform: 'hulu', year: 2012 }), ['¿qué actor aparece más en hulu en 2016?']),
  es('¿y en netflix?', count('netflix'), ['¿cuántas películas tiene disney plus?']),
];
