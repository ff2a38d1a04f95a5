/**
 * HELD-OUT B: written after the parser existed, phrased to differ from everything it was built on,
 * and never used to tune it (only its accuracy is looked at). Held-out A was written before the
 * parser but by the engineer who then wrote the lexicon; B is the more honest estimate.
 */
import type { PhrasingCase } from './types.ts';

type Expect = PhrasingCase['expect'];
const en = (q: string, expect: Expect, after?: string[]): PhrasingCase => ({ q, lang: 'en', expect, after });
const es = (q: string, expect: Expect, after?: string[]): PhrasingCase => ({ q, lang: 'es', expect, after });
const longest = (args: Expect['args'], duration_type: 'min' | 'season' = 'min'): Expect => ({
  name: 'get_max_duration',
  args: { duration_type, ...args },
});

export const HELD_OUT_B: PhrasingCase[] = [
  en("yo what's the longest thing on netflix from 2016", longest({ platform: 'netflix', year: 2016 })),
  en('Netflix, 2011: longest film?', longest({ platform: 'netflix', year: 2011 })),
  en('in 2003 which disney+ movie was the longest', longest({ platform: 'disney', year: 2003 })),
  en('hulu show with the highest number of seasons', longest({ platform: 'hulu' }, 'season')),
  en('longest-running series on prime', longest({ platform: 'amazon' }, 'season')),
  en('how many movies can i find on hulu', { name: 'get_count_platform', args: { platform: 'hulu' } }),
  en("what's the movie count on amazon prime video?", {
    name: 'get_count_platform',
    args: { platform: 'amazon' },
  }),
  en('netflix: number of movies?', { name: 'get_count_platform', args: { platform: 'netflix' } }),
  en('how many movies does disney have in its catalog', {
    name: 'get_count_platform',
    args: { platform: 'disney' },
  }),
  en('how many netflix titles from 2019 have an average rating above 3.5', {
    name: 'get_score_count',
    args: { platform: 'netflix', scored: 3.5, year: 2019 },
  }),
  en('count 2021 hulu movies rated at least 3', {
    name: 'get_score_count',
    args: { platform: 'hulu', scored: 3, year: 2021 },
  }),
  en('amazon 2017 movies with score greater than 3.45', {
    name: 'get_score_count',
    args: { platform: 'amazon', scored: 3.45, year: 2017 },
  }),
  en('how many movies from netflix in 2010 are rated 4 stars or more', {
    name: 'get_score_count',
    args: { platform: 'netflix', scored: 4, year: 2010 },
  }),
  en('how many disney movies released in 2018 scored over four', {
    name: 'get_score_count',
    args: { platform: 'disney', scored: 4, year: 2018 },
  }),
  en("who's the actor with the most titles on hulu in 2020", {
    name: 'get_actor',
    args: { platform: 'hulu', year: 2020 },
  }),
  en('which performer appears in the most netflix releases from 2012', {
    name: 'get_actor',
    args: { platform: 'netflix', year: 2012 },
  }),
  en('most featured actor on amazon in 2011', {
    name: 'get_actor',
    args: { platform: 'amazon', year: 2011 },
  }),
  en('name the actor who appears most often on disney+ in 2021', {
    name: 'get_actor',
    args: { platform: 'disney', year: 2021 },
  }),
  en('would user 250 be into the mandalorian', {
    name: 'recommend',
    args: { user_id: 250, title: 'the mandalorian' },
  }),
  en('do you think user 9 would like frozen?', { name: 'recommend', args: { user_id: 9, title: 'frozen' } }),
  en('is the irishman right for user 77?', {
    name: 'recommend',
    args: { user_id: 77, title: 'the irishman' },
  }),
  en('what would you recommend to user 13?', { name: 'recommend_for_user', args: { user_id: 13 } }),
  en('best picks on hulu for user 31', {
    name: 'recommend_for_user',
    args: { user_id: 31, platform: 'hulu' },
  }),
  en("show user 5 ten movies they'd like", {
    name: 'recommend_for_user',
    args: { user_id: 5, type: 'movie', limit: 10 },
  }),
  en('films similar to the irishman please', { name: 'similar', args: { title: 'the irishman' } }),
  en("what's like breaking bad but on hulu", {
    name: 'similar',
    args: { title: 'breaking bad', platform: 'hulu' },
  }),
  en('recommend me something like the office', { name: 'similar', args: { title: 'the office' } }),
  en("who's in the crown?", { name: 'title_info', args: { title: 'the crown' } }),
  en('give me info on ns500', { name: 'title_info', args: { title_id: 'ns500' } }),
  en('commands?', { name: 'help', args: {} }),
  en('thanks!', { name: 'unknown', args: { text: 'thanks!' } }),
  en("what's the build id", { name: 'status', args: {} }),
  en('and 2019?', longest({ platform: 'hulu', year: 2019 }), ['longest movie on hulu in 2018']),
  en('same for hulu', { name: 'get_count_platform', args: { platform: 'hulu' } }, [
    'how many movies does netflix have',
  ]),
  en('what about 3.5?', { name: 'get_score_count', args: { platform: 'hulu', scored: 3.5, year: 2015 } }, [
    'how many hulu movies from 2015 scored above 3',
  ]),
  en('only on netflix', { name: 'similar', args: { title: 'the crown', platform: 'netflix' } }, [
    'movies like the crown',
  ]),

  es('¿me dices la película más larga de disney?', longest({ platform: 'disney' })),
  es('peli más larga netflix 2015', longest({ platform: 'netflix', year: 2015 })),
  es('¿qué serie de amazon tiene el mayor número de temporadas?', longest({ platform: 'amazon' }, 'season')),
  es('la serie más duradera de hulu', longest({ platform: 'hulu' }, 'season')),
  es(
    '¿cuál fue la película más larga estrenada en netflix en 2011?',
    longest({ platform: 'netflix', year: 2011 }),
  ),
  es('¿cuántos largometrajes tiene netflix?', { name: 'get_count_platform', args: { platform: 'netflix' } }),
  es('cantidad de películas en hulu', { name: 'get_count_platform', args: { platform: 'hulu' } }),
  es('quiero saber cuántas películas hay en amazon prime video', {
    name: 'get_count_platform',
    args: { platform: 'amazon' },
  }),
  es('¿cuántas películas de hulu estrenadas en 2019 tienen nota superior a 3?', {
    name: 'get_score_count',
    args: { platform: 'hulu', scored: 3, year: 2019 },
  }),
  es('películas de disney de 2020 con una media mayor que 3,5', {
    name: 'get_score_count',
    args: { platform: 'disney', scored: 3.5, year: 2020 },
  }),
  es('cuántas pelis de netflix del 2018 pasan de 3,7', {
    name: 'get_score_count',
    args: { platform: 'netflix', scored: 3.7, year: 2018 },
  }),
  es('¿cuántas películas de amazon de 2016 tienen 4 estrellas o más?', {
    name: 'get_score_count',
    args: { platform: 'amazon', scored: 4, year: 2016 },
  }),
  es('¿quién es el actor que más sale en las películas de netflix de 2015?', {
    name: 'get_actor',
    args: { platform: 'netflix', year: 2015 },
  }),
  es('intérprete más frecuente en hulu en 2018', {
    name: 'get_actor',
    args: { platform: 'hulu', year: 2018 },
  }),
  es('¿qué actriz tiene más títulos en disney+ en 2012?', {
    name: 'get_actor',
    args: { platform: 'disney', year: 2012 },
  }),
  es('¿al usuario 23 le va a gustar frozen?', { name: 'recommend', args: { user_id: 23, title: 'frozen' } }),
  es('¿crees que al usuario 5 le gustaría ozark?', {
    name: 'recommend',
    args: { user_id: 5, title: 'ozark' },
  }),
  es('¿es buena idea recomendar the office al usuario 61?', {
    name: 'recommend',
    args: { user_id: 61, title: 'the office' },
  }),
  es('¿qué me recomiendas para el usuario 19?', { name: 'recommend_for_user', args: { user_id: 19 } }),
  es('sugerencias para el usuario 4 en amazon', {
    name: 'recommend_for_user',
    args: { user_id: 4, platform: 'amazon' },
  }),
  es('dame 3 series para el usuario 10', {
    name: 'recommend_for_user',
    args: { user_id: 10, type: 'tv show', limit: 3 },
  }),
  es('algo parecido a frozen', { name: 'similar', args: { title: 'frozen' } }),
  es('series del estilo de the crown en hulu', {
    name: 'similar',
    args: { title: 'the crown', platform: 'hulu' },
  }),
  es('¿de qué trata the crown?', { name: 'title_info', args: { title: 'the crown' } }),
  es('datos de ns500', { name: 'title_info', args: { title_id: 'ns500' } }),
  es('¿cómo se usa?', { name: 'help', args: {} }),
  es('buenas', { name: 'help', args: {} }),
  es('¿qué tal?', { name: 'help', args: {} }),
  es('cuéntame un chiste', { name: 'unknown', args: { text: 'cuéntame un chiste' } }),
  es('estado de los datos', { name: 'status', args: {} }),
  es('¿y amazon prime?', { name: 'get_count_platform', args: { platform: 'amazon' } }, [
    '¿cuántas películas tiene netflix?',
  ]),
  es('¿y del 2016?', longest({ platform: 'hulu', year: 2016 }), ['película más larga de hulu en 2015']),
  es('¿y en disney?', longest({ platform: 'disney' }, 'season'), ['serie con más temporadas en netflix']),
  es('¿y al usuario 6?', { name: 'recommend', args: { user_id: 6, title: 'frozen' } }, [
    '¿le gustaría frozen al usuario 5?',
  ]),
];
