/**
 * HELD-OUT phrasings: written before the parser, never used to tune it. Only the test reads them.
 * Titles named by text are expected as `title` (lower-case); ids as `title_id`.
 */
import type { PhrasingCase } from './types.ts';

const unknown = (q: string): PhrasingCase['expect'] => ({ name: 'unknown', args: { text: q } });

export const HELD_OUT: PhrasingCase[] = [
  // English — longest
  {
    q: 'which movie on netflix from 2021 runs the longest?',
    lang: 'en',
    expect: { name: 'get_max_duration', args: { duration_type: 'min', platform: 'netflix', year: 2021 } },
  },
  {
    q: 'longest hulu film',
    lang: 'en',
    expect: { name: 'get_max_duration', args: { duration_type: 'min', platform: 'hulu' } },
  },
  {
    q: 'What is the longest movie of all?',
    lang: 'en',
    expect: { name: 'get_max_duration', args: { duration_type: 'min' } },
  },
  {
    q: 'tv show with the most seasons on amazon prime',
    lang: 'en',
    expect: { name: 'get_max_duration', args: { duration_type: 'season', platform: 'amazon' } },
  },
  {
    q: 'which series has the most seasons on disney plus in 2018',
    lang: 'en',
    expect: { name: 'get_max_duration', args: { duration_type: 'season', platform: 'disney', year: 2018 } },
  },
  {
    q: 'longest running show on hulu released in 2010',
    lang: 'en',
    expect: { name: 'get_max_duration', args: { duration_type: 'season', platform: 'hulu', year: 2010 } },
  },
  {
    q: 'biggest runtime among 2015 netflix movies',
    lang: 'en',
    expect: { name: 'get_max_duration', args: { duration_type: 'min', platform: 'netflix', year: 2015 } },
  },
  {
    q: 'longest netflx movie from 1999',
    lang: 'en',
    expect: { name: 'get_max_duration', args: { duration_type: 'min', platform: 'netflix', year: 1999 } },
  },
  {
    q: 'longest movie released in nineteen ninety-five on amazon',
    lang: 'en',
    expect: { name: 'get_max_duration', args: { duration_type: 'min', platform: 'amazon', year: 1995 } },
  },
  {
    q: 'Longest movie on Netflix in twenty twenty',
    lang: 'en',
    expect: { name: 'get_max_duration', args: { duration_type: 'min', platform: 'netflix', year: 2020 } },
  },
  // English — count
  {
    q: 'how many films are on disney+?',
    lang: 'en',
    expect: { name: 'get_count_platform', args: { platform: 'disney' } },
  },
  {
    q: 'number of movies on Hulu',
    lang: 'en',
    expect: { name: 'get_count_platform', args: { platform: 'hulu' } },
  },
  {
    q: 'how many movies has prime video got',
    lang: 'en',
    expect: { name: 'get_count_platform', args: { platform: 'amazon' } },
  },
  {
    q: 'count the movies on netflix',
    lang: 'en',
    expect: { name: 'get_count_platform', args: { platform: 'netflix' } },
  },
  {
    q: 'how many movies are there on netflix',
    lang: 'en',
    expect: { name: 'get_count_platform', args: { platform: 'netflix' } },
  },
  {
    q: 'total number of movies available on amazon',
    lang: 'en',
    expect: { name: 'get_count_platform', args: { platform: 'amazon' } },
  },
  // English — scored
  {
    q: 'how many 2019 netflix movies are rated above 4?',
    lang: 'en',
    expect: { name: 'get_score_count', args: { platform: 'netflix', scored: 4, year: 2019 } },
  },
  {
    q: 'count hulu movies from 2016 with a score over 3.2',
    lang: 'en',
    expect: { name: 'get_score_count', args: { platform: 'hulu', scored: 3.2, year: 2016 } },
  },
  {
    q: 'how many amazon movies released in 2020 have more than 3.6 stars',
    lang: 'en',
    expect: { name: 'get_score_count', args: { platform: 'amazon', scored: 3.6, year: 2020 } },
  },
  {
    q: 'netflix 2018 movies scored > 3.4, how many?',
    lang: 'en',
    expect: { name: 'get_score_count', args: { platform: 'netflix', scored: 3.4, year: 2018 } },
  },
  {
    q: 'how many disney+ films from 2017 score higher than three point five',
    lang: 'en',
    expect: { name: 'get_score_count', args: { platform: 'disney', scored: 3.5, year: 2017 } },
  },
  {
    q: 'movies on hulu from 2012 with ratings above 3.55',
    lang: 'en',
    expect: { name: 'get_score_count', args: { platform: 'hulu', scored: 3.55, year: 2012 } },
  },
  {
    q: 'how many netflix movies from 2020 got over three and a half stars',
    lang: 'en',
    expect: { name: 'get_score_count', args: { platform: 'netflix', scored: 3.5, year: 2020 } },
  },
  {
    q: 'how many netflix movies scored above 3.5',
    lang: 'en',
    expect: { name: 'get_score_count', args: { platform: 'netflix', scored: 3.5 }, missing: ['year'] },
  },
  {
    q: 'how many movies scored above 3.7 in 2015',
    lang: 'en',
    expect: { name: 'get_score_count', args: { scored: 3.7, year: 2015 }, missing: ['platform'] },
  },
  // English — actor
  {
    q: 'who is the most common actor on netflix in 2018',
    lang: 'en',
    expect: { name: 'get_actor', args: { platform: 'netflix', year: 2018 } },
  },
  {
    q: 'which actor appeared in the most amazon titles in 2016?',
    lang: 'en',
    expect: { name: 'get_actor', args: { platform: 'amazon', year: 2016 } },
  },
  {
    q: 'top actor disney 2020',
    lang: 'en',
    expect: { name: 'get_actor', args: { platform: 'disney', year: 2020 } },
  },
  {
    q: 'who acted in the most netflix shows and movies released in 2019',
    lang: 'en',
    expect: { name: 'get_actor', args: { platform: 'netflix', year: 2019 } },
  },
  {
    q: 'most frequent cast member on prime in 2014',
    lang: 'en',
    expect: { name: 'get_actor', args: { platform: 'amazon', year: 2014 } },
  },
  {
    q: 'which actress shows up most on disney+ for 2015',
    lang: 'en',
    expect: { name: 'get_actor', args: { platform: 'disney', year: 2015 } },
  },
  {
    q: 'busiest actor on netflix',
    lang: 'en',
    expect: { name: 'get_actor', args: { platform: 'netflix' }, missing: ['year'] },
  },
  // English — recommend
  {
    q: 'would user 7 enjoy the crown?',
    lang: 'en',
    expect: { name: 'recommend', args: { user_id: 7, title: 'the crown' } },
  },
  {
    q: 'should user 1500 watch ozark',
    lang: 'en',
    expect: { name: 'recommend', args: { user_id: 1500, title: 'ozark' } },
  },
  {
    q: 'is ns42 a good pick for user 3?',
    lang: 'en',
    expect: { name: 'recommend', args: { user_id: 3, title_id: 'ns42' } },
  },
  {
    q: 'recommend the mandalorian to user 99?',
    lang: 'en',
    expect: { name: 'recommend', args: { user_id: 99, title: 'the mandalorian' } },
  },
  {
    q: 'will user number 12 like squid game',
    lang: 'en',
    expect: { name: 'recommend', args: { user_id: 12, title: 'squid game' } },
  },
  {
    q: 'does user 5 like ds7',
    lang: 'en',
    expect: { name: 'recommend', args: { user_id: 5, title_id: 'ds7' } },
  },
  // English — for you
  {
    q: 'suggest some titles for user 21',
    lang: 'en',
    expect: { name: 'recommend_for_user', args: { user_id: 21 } },
  },
  {
    q: 'what should user 300 watch next?',
    lang: 'en',
    expect: { name: 'recommend_for_user', args: { user_id: 300 } },
  },
  {
    q: 'top 5 picks for user 8 on disney+',
    lang: 'en',
    expect: { name: 'recommend_for_user', args: { user_id: 8, platform: 'disney', limit: 5 } },
  },
  {
    q: 'recommend three tv shows for user 64',
    lang: 'en',
    expect: { name: 'recommend_for_user', args: { user_id: 64, type: 'tv show', limit: 3 } },
  },
  {
    q: 'give user 17 some movie recommendations on netflix',
    lang: 'en',
    expect: { name: 'recommend_for_user', args: { user_id: 17, platform: 'netflix', type: 'movie' } },
  },
  // English — similar
  {
    q: 'shows similar to the office',
    lang: 'en',
    expect: { name: 'similar', args: { title: 'the office' } },
  },
  {
    q: 'anything like the crown on netflix?',
    lang: 'en',
    expect: { name: 'similar', args: { title: 'the crown', platform: 'netflix' } },
  },
  { q: 'titles similar to hs100', lang: 'en', expect: { name: 'similar', args: { title_id: 'hs100' } } },
  {
    q: 'if i liked moana, what else should i watch?',
    lang: 'en',
    expect: { name: 'similar', args: { title: 'moana' } },
  },
  {
    q: '5 movies like toy story',
    lang: 'en',
    expect: { name: 'similar', args: { title: 'toy story', limit: 5 } },
  },
  // English — title info
  {
    q: 'tell me about squid game',
    lang: 'en',
    expect: { name: 'title_info', args: { title: 'squid game' } },
  },
  { q: 'what is as680?', lang: 'en', expect: { name: 'title_info', args: { title_id: 'as680' } } },
  {
    q: "info on the handmaid's tale",
    lang: 'en',
    expect: { name: 'title_info', args: { title: "the handmaid's tale" } },
  },
  { q: 'details for ns2000', lang: 'en', expect: { name: 'title_info', args: { title_id: 'ns2000' } } },
  // English — help, status, garbage
  { q: 'help', lang: 'en', expect: { name: 'help', args: {} } },
  { q: 'what can you do?', lang: 'en', expect: { name: 'help', args: {} } },
  { q: 'status', lang: 'en', expect: { name: 'status', args: {} } },
  { q: 'which data build are you using?', lang: 'en', expect: { name: 'status', args: {} } },
  { q: 'asdfghjkl', lang: 'en', expect: unknown('asdfghjkl') },
  {
    q: "what's the weather like in paris",
    lang: 'en',
    expect: unknown("what's the weather like in paris"),
  },
  // English — follow-ups
  {
    q: 'and on disney+?',
    lang: 'en',
    after: ['longest movie on netflix in 2020'],
    expect: { name: 'get_max_duration', args: { duration_type: 'min', platform: 'disney', year: 2020 } },
  },
  {
    q: 'how about 2015?',
    lang: 'en',
    after: ['top actor on hulu in 2019'],
    expect: { name: 'get_actor', args: { platform: 'hulu', year: 2015 } },
  },
  {
    q: 'and for amazon?',
    lang: 'en',
    after: ['how many netflix movies from 2020 scored above 3.5'],
    expect: { name: 'get_score_count', args: { platform: 'amazon', scored: 3.5, year: 2020 } },
  },
  {
    q: 'what about user 43?',
    lang: 'en',
    after: ['would user 42 like the irishman'],
    expect: { name: 'recommend', args: { user_id: 43, title: 'the irishman' } },
  },
  {
    q: 'and tv shows?',
    lang: 'en',
    after: ['longest movie on hulu'],
    expect: { name: 'get_max_duration', args: { duration_type: 'season', platform: 'hulu' } },
  },
  {
    q: '2017',
    lang: 'en',
    after: ['who is the top actor on netflix'],
    expect: { name: 'get_actor', args: { platform: 'netflix', year: 2017 } },
  },

  // Spanish — longest
  {
    q: '¿cuál es la película más larga de hulu?',
    lang: 'es',
    expect: { name: 'get_max_duration', args: { duration_type: 'min', platform: 'hulu' } },
  },
  {
    q: 'la película más larga de amazon de 2018',
    lang: 'es',
    expect: { name: 'get_max_duration', args: { duration_type: 'min', platform: 'amazon', year: 2018 } },
  },
  {
    q: 'serie con más temporadas en netflix',
    lang: 'es',
    expect: { name: 'get_max_duration', args: { duration_type: 'season', platform: 'netflix' } },
  },
  {
    q: '¿qué serie de disney+ tiene más temporadas?',
    lang: 'es',
    expect: { name: 'get_max_duration', args: { duration_type: 'season', platform: 'disney' } },
  },
  {
    q: 'película de mayor duración estrenada en 2005',
    lang: 'es',
    expect: { name: 'get_max_duration', args: { duration_type: 'min', year: 2005 } },
  },
  {
    q: 'la peli más larga de netflx del 2019',
    lang: 'es',
    expect: { name: 'get_max_duration', args: { duration_type: 'min', platform: 'netflix', year: 2019 } },
  },
  {
    q: '¿cuál es la serie más larga de hulu estrenada en 2012?',
    lang: 'es',
    expect: { name: 'get_max_duration', args: { duration_type: 'season', platform: 'hulu', year: 2012 } },
  },
  {
    q: 'película más larga de netflix en dos mil veinte',
    lang: 'es',
    expect: { name: 'get_max_duration', args: { duration_type: 'min', platform: 'netflix', year: 2020 } },
  },
  // Spanish — count
  {
    q: '¿cuántas películas hay en disney plus?',
    lang: 'es',
    expect: { name: 'get_count_platform', args: { platform: 'disney' } },
  },
  {
    q: 'número de películas de netflix',
    lang: 'es',
    expect: { name: 'get_count_platform', args: { platform: 'netflix' } },
  },
  {
    q: 'cuantas pelis tiene prime video',
    lang: 'es',
    expect: { name: 'get_count_platform', args: { platform: 'amazon' } },
  },
  {
    q: '¿cuántas películas ofrece amazon?',
    lang: 'es',
    expect: { name: 'get_count_platform', args: { platform: 'amazon' } },
  },
  {
    q: 'dime cuántas películas tiene hulu',
    lang: 'es',
    expect: { name: 'get_count_platform', args: { platform: 'hulu' } },
  },
  // Spanish — scored
  {
    q: '¿cuántas películas de netflix de 2020 tienen una nota mayor que 3,5?',
    lang: 'es',
    expect: { name: 'get_score_count', args: { platform: 'netflix', scored: 3.5, year: 2020 } },
  },
  {
    q: 'películas de hulu de 2018 con puntuación superior a 3.4',
    lang: 'es',
    expect: { name: 'get_score_count', args: { platform: 'hulu', scored: 3.4, year: 2018 } },
  },
  {
    q: '¿cuántas películas de amazon estrenadas en 2015 superan 3,6?',
    lang: 'es',
    expect: { name: 'get_score_count', args: { platform: 'amazon', scored: 3.6, year: 2015 } },
  },
  {
    q: 'cuántas películas de disney del 2019 tienen más de 4 estrellas',
    lang: 'es',
    expect: { name: 'get_score_count', args: { platform: 'disney', scored: 4, year: 2019 } },
  },
  {
    q: 'películas de netflix de 2017 con nota por encima de tres coma cinco',
    lang: 'es',
    expect: { name: 'get_score_count', args: { platform: 'netflix', scored: 3.5, year: 2017 } },
  },
  {
    q: '¿cuántas películas de hulu tienen más de 3,5?',
    lang: 'es',
    expect: { name: 'get_score_count', args: { platform: 'hulu', scored: 3.5 }, missing: ['year'] },
  },
  // Spanish — actor
  {
    q: '¿qué actor sale más en netflix en 2018?',
    lang: 'es',
    expect: { name: 'get_actor', args: { platform: 'netflix', year: 2018 } },
  },
  {
    q: 'actor más frecuente de disney+ en 2020',
    lang: 'es',
    expect: { name: 'get_actor', args: { platform: 'disney', year: 2020 } },
  },
  {
    q: '¿quién es el actor con más títulos en amazon prime en 2017?',
    lang: 'es',
    expect: { name: 'get_actor', args: { platform: 'amazon', year: 2017 } },
  },
  {
    q: 'la actriz que más aparece en hulu en 2019',
    lang: 'es',
    expect: { name: 'get_actor', args: { platform: 'hulu', year: 2019 } },
  },
  {
    q: '¿qué actor aparece más en netflix?',
    lang: 'es',
    expect: { name: 'get_actor', args: { platform: 'netflix' }, missing: ['year'] },
  },
  // Spanish — recommend
  {
    q: '¿le gustaría the crown al usuario 7?',
    lang: 'es',
    expect: { name: 'recommend', args: { user_id: 7, title: 'the crown' } },
  },
  {
    q: '¿debería ver el usuario 150 ozark?',
    lang: 'es',
    expect: { name: 'recommend', args: { user_id: 150, title: 'ozark' } },
  },
  {
    q: '¿recomendarías ns77 al usuario 3?',
    lang: 'es',
    expect: { name: 'recommend', args: { user_id: 3, title_id: 'ns77' } },
  },
  {
    q: '¿el usuario 88 disfrutaría squid game?',
    lang: 'es',
    expect: { name: 'recommend', args: { user_id: 88, title: 'squid game' } },
  },
  // Spanish — for you
  {
    q: 'recomienda algo al usuario 12',
    lang: 'es',
    expect: { name: 'recommend_for_user', args: { user_id: 12 } },
  },
  {
    q: '¿qué debería ver el usuario 300?',
    lang: 'es',
    expect: { name: 'recommend_for_user', args: { user_id: 300 } },
  },
  {
    q: 'las 5 mejores recomendaciones para el usuario 9 en hulu',
    lang: 'es',
    expect: { name: 'recommend_for_user', args: { user_id: 9, platform: 'hulu', limit: 5 } },
  },
  {
    q: 'recomiéndale series al usuario 44',
    lang: 'es',
    expect: { name: 'recommend_for_user', args: { user_id: 44, type: 'tv show' } },
  },
  // Spanish — similar
  {
    q: 'películas parecidas a toy story',
    lang: 'es',
    expect: { name: 'similar', args: { title: 'toy story' } },
  },
  {
    q: 'algo como the office en netflix',
    lang: 'es',
    expect: { name: 'similar', args: { title: 'the office', platform: 'netflix' } },
  },
  { q: 'títulos similares a hs100', lang: 'es', expect: { name: 'similar', args: { title_id: 'hs100' } } },
  // Spanish — title info
  { q: 'háblame de squid game', lang: 'es', expect: { name: 'title_info', args: { title: 'squid game' } } },
  { q: 'información sobre as680', lang: 'es', expect: { name: 'title_info', args: { title_id: 'as680' } } },
  {
    q: '¿qué es the mandalorian?',
    lang: 'es',
    expect: { name: 'title_info', args: { title: 'the mandalorian' } },
  },
  // Spanish — help, status, garbage
  { q: 'ayuda', lang: 'es', expect: { name: 'help', args: {} } },
  { q: '¿qué puedes hacer?', lang: 'es', expect: { name: 'help', args: {} } },
  { q: '¿qué versión de los datos usas?', lang: 'es', expect: { name: 'status', args: {} } },
  { q: 'el tiempo en madrid mañana', lang: 'es', expect: unknown('el tiempo en madrid mañana') },
  // Spanish — follow-ups
  {
    q: '¿y en hulu?',
    lang: 'es',
    after: ['película más larga de netflix en 2020'],
    expect: { name: 'get_max_duration', args: { duration_type: 'min', platform: 'hulu', year: 2020 } },
  },
  {
    q: '¿y en 2016?',
    lang: 'es',
    after: ['¿qué actor aparece más en amazon en 2014?'],
    expect: { name: 'get_actor', args: { platform: 'amazon', year: 2016 } },
  },
  {
    q: '¿y disney?',
    lang: 'es',
    after: ['¿cuántas películas tiene hulu?'],
    expect: { name: 'get_count_platform', args: { platform: 'disney' } },
  },
  {
    q: 'en 2019',
    lang: 'es',
    after: ['¿qué actor aparece más en netflix?'],
    expect: { name: 'get_actor', args: { platform: 'netflix', year: 2019 } },
  },
  {
    q: '¿y las series?',
    lang: 'es',
    after: ['película más larga de hulu'],
    expect: { name: 'get_max_duration', args: { duration_type: 'season', platform: 'hulu' } },
  },
];
