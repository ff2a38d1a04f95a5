/** TUNING phrasings: the parser is developed against these (the held-out set stays unseen). */
import type { PhrasingCase } from './types.ts';

type Expect = PhrasingCase['expect'];
const longest = (
  args: Omit<Expect['args'], 'duration_type'>,
  durationType: 'min' | 'season' = 'min',
): Expect => ({
  name: 'get_max_duration',
  args: { duration_type: durationType, ...args },
});
const count = (platform?: 'amazon' | 'disney' | 'hulu' | 'netflix'): Expect =>
  platform
    ? { name: 'get_count_platform', args: { platform } }
    : { name: 'get_count_platform', args: {}, missing: ['platform'] };
/** A count of TV shows: movies stay the default, so only shows carry `type`. */
const countShows = (platform?: 'amazon' | 'disney' | 'hulu' | 'netflix'): Expect =>
  platform
    ? { name: 'get_count_platform', args: { platform, type: 'tv show' } }
    : { name: 'get_count_platform', args: { type: 'tv show' }, missing: ['platform'] };
const scored = (args: Expect['args'], missing?: Expect['missing']): Expect =>
  missing ? { name: 'get_score_count', args, missing } : { name: 'get_score_count', args };
const actor = (args: Expect['args'], missing?: Expect['missing']): Expect =>
  missing ? { name: 'get_actor', args, missing } : { name: 'get_actor', args };
const recommend = (args: Expect['args'], missing?: Expect['missing']): Expect =>
  missing ? { name: 'recommend', args, missing } : { name: 'recommend', args };
const forYou = (args: Expect['args'], missing?: Expect['missing']): Expect =>
  missing ? { name: 'recommend_for_user', args, missing } : { name: 'recommend_for_user', args };
const similar = (args: Expect['args'], missing?: Expect['missing']): Expect =>
  missing ? { name: 'similar', args, missing } : { name: 'similar', args };
const info = (args: Expect['args']): Expect => ({ name: 'title_info', args });
const help = (topic?: string): Expect => ({ name: 'help', args: topic ? { topic } : {} });
const status: Expect = { name: 'status', args: {} };
const refresh: Expect = { name: 'refresh', args: {} };
const unknown = (q: string): Expect => ({ name: 'unknown', args: { text: q } });

const en = (q: string, expect: Expect, after?: string[]): PhrasingCase => ({ q, lang: 'en', expect, after });
const es = (q: string, expect: Expect, after?: string[]): PhrasingCase => ({ q, lang: 'es', expect, after });

export const TUNING: PhrasingCase[] = [
  // English — longest
  en('longest movie on netflix 2020', longest({ platform: 'netflix', year: 2020 })),
  en("what's the longest film hulu released in 2019?", longest({ platform: 'hulu', year: 2019 })),
  en('longest show by seasons on netflix', longest({ platform: 'netflix' }, 'season')),
  en('longest movie', longest({})),
  en('the longest film on amazon prime video', longest({ platform: 'amazon' })),
  en('what is the longest movie from 2001?', longest({ year: 2001 })),
  en('which netflix show has the most seasons?', longest({ platform: 'netflix' }, 'season')),
  en('show with most seasons 2015', longest({ year: 2015 }, 'season')),
  en('longest tv series on hulu', longest({ platform: 'hulu' }, 'season')),
  en('max duration movie disney 2010', longest({ platform: 'disney', year: 2010 })),
  en('longest movie on disny in 2016', longest({ platform: 'disney', year: 2016 })),
  en(
    'longest film on netflix released in two thousand nineteen',
    longest({ platform: 'netflix', year: 2019 }),
  ),
  en("longest movie on hulu from '98", longest({ platform: 'hulu', year: 1998 })),
  en("what's the longest netflix movie released in 2020", longest({ platform: 'netflix', year: 2020 })),
  en('longest series on amazon by number of seasons', longest({ platform: 'amazon' }, 'season')),
  en('which is the lengthiest movie on disney+', longest({ platform: 'disney' })),
  en('longest duration movie netflix 2017', longest({ platform: 'netflix', year: 2017 })),
  en('get max duration netflix 2020', longest({ platform: 'netflix', year: 2020 })),
  en('what movie on prime has the longest runtime', longest({ platform: 'amazon' })),
  en('longest movie netflix twenty nineteen', longest({ platform: 'netflix', year: 2019 })),
  // English — count
  en('how many movies does amazon prime have', count('amazon')),
  en('how many movies on netflix', count('netflix')),
  en('how many movies does hulu have?', count('hulu')),
  en('movie count for disney plus', count('disney')),
  en('how many titles does netflix have', count('netflix')),
  en('number of films on amazon prime video', count('amazon')),
  en('how many movies are available on hulu', count('hulu')),
  en('count of netflix movies', count('netflix')),
  en('how many movies are on nflx', count('netflix')),
  en('how many movies does netflics have', count('netflix')),
  en('how many movies', count()),
  en('how many tv shows does netflix have', countShows('netflix')),
  en('number of series on hulu', countShows('hulu')),
  en('how many shows are on disney plus?', countShows('disney')),
  en('count of amazon prime tv series', countShows('amazon')),
  en('how many tv shows', countShows()),
  en('and on hulu?', countShows('hulu'), ['how many tv shows does netflix have']),
  en('and movies?', count('hulu'), ['how many tv shows does hulu have']),
  en('what about shows?', countShows('netflix'), ['how many movies does netflix have']),
  en('amazon', countShows('amazon'), ['how many tv shows']),
  // English — scored
  en(
    'how many netflix movies from 2020 scored above 3.5',
    scored({ platform: 'netflix', scored: 3.5, year: 2020 }),
  ),
  en(
    'how many netflix movies from 2020 have a score over 3.5',
    scored({ platform: 'netflix', scored: 3.5, year: 2020 }),
  ),
  en(
    'how many movies on hulu from 2019 are rated more than 3.5 stars',
    scored({ platform: 'hulu', scored: 3.5, year: 2019 }),
  ),
  en('netflix movies 2018 score > 3.5', scored({ platform: 'netflix', scored: 3.5, year: 2018 })),
  en(
    'count amazon movies from 2020 with score above 3',
    scored({ platform: 'amazon', scored: 3, year: 2020 }),
  ),
  en(
    'how many disney movies from 2015 scored higher than 3.8',
    scored({ platform: 'disney', scored: 3.8, year: 2015 }),
  ),
  en(
    'how many movies on prime video released in 2021 rated over 3.4',
    scored({ platform: 'amazon', scored: 3.4, year: 2021 }),
  ),
  en(
    'how many hulu movies from 2014 scored 3.5 or more',
    scored({ platform: 'hulu', scored: 3.5, year: 2014 }),
  ),
  en(
    'how many netflix films from 2019 with rating greater than 3.6',
    scored({ platform: 'netflix', scored: 3.6, year: 2019 }),
  ),
  en(
    'movies from 2020 on netflix with an average score above 3.5',
    scored({ platform: 'netflix', scored: 3.5, year: 2020 }),
  ),
  en(
    'how many netflix movies from 2020 scored above three and a half',
    scored({ platform: 'netflix', scored: 3.5, year: 2020 }),
  ),
  en(
    'how many 2016 disney movies scored better than 3.5',
    scored({ platform: 'disney', scored: 3.5, year: 2016 }),
  ),
  en(
    'how many amazon movies from 2018 scored above 3.5 stars',
    scored({ platform: 'amazon', scored: 3.5, year: 2018 }),
  ),
  en('netflix movies from 2020 scored 4+', scored({ platform: 'netflix', scored: 4, year: 2020 })),
  en(
    'how many movies on netflix in 2020 scored above 7',
    scored({ platform: 'netflix', scored: 7, year: 2020 }),
  ),
  en('how many hulu movies scored over 3.5', scored({ platform: 'hulu', scored: 3.5 }, ['year'])),
  en('how many movies from 2019 scored above 3.5', scored({ scored: 3.5, year: 2019 }, ['platform'])),
  en(
    'how many netflix movies from 2020 have a score above',
    scored({ platform: 'netflix', year: 2020 }, ['scored']),
  ),
  en(
    'how many netflix movies from 2020 scored over 3.5',
    scored({ platform: 'netflix', scored: 3.5, year: 2020 }),
  ),
  // English — actor
  en('most frequent actor on disney+ in 2019', actor({ platform: 'disney', year: 2019 })),
  en('who appears most on netflix in 2020', actor({ platform: 'netflix', year: 2020 })),
  en('top actor on hulu in 2019', actor({ platform: 'hulu', year: 2019 })),
  en('which actor has the most titles on amazon in 2018', actor({ platform: 'amazon', year: 2018 })),
  en('most common actor netflix 2017', actor({ platform: 'netflix', year: 2017 })),
  en('actor with the most appearances on disney plus in 2016', actor({ platform: 'disney', year: 2016 })),
  en('who starred in the most netflix titles in 2021', actor({ platform: 'netflix', year: 2021 })),
  en('most prolific actor on prime video 2019', actor({ platform: 'amazon', year: 2019 })),
  en('who is the top actor on netflix', actor({ platform: 'netflix' }, ['year'])),
  en('top actor in 2019', actor({ year: 2019 }, ['platform'])),
  en(
    'which cast member appears the most on netflix released in 2020',
    actor({ platform: 'netflix', year: 2020 }),
  ),
  en('most frequent actor on netflix in two thousand eighteen', actor({ platform: 'netflix', year: 2018 })),
  // English — recommend
  en('would user 42 like the irishman?', recommend({ user_id: 42, title: 'the irishman' })),
  en('should user 42 watch ns123', recommend({ user_id: 42, title_id: 'ns123' })),
  en('will user 10 like stranger things', recommend({ user_id: 10, title: 'stranger things' })),
  en('recommend ns123 to user 42?', recommend({ user_id: 42, title_id: 'ns123' })),
  en('is the irishman a good recommendation for user 42', recommend({ user_id: 42, title: 'the irishman' })),
  en('would user forty two like the irishman', recommend({ user_id: 42, title: 'the irishman' })),
  en('would user #42 enjoy ns123', recommend({ user_id: 42, title_id: 'ns123' })),
  en('user 42, would they like breaking bad?', recommend({ user_id: 42, title: 'breaking bad' })),
  en('would user 42 like', recommend({ user_id: 42 }, ['title_id'])),
  en(
    'would user 1 like the lord of the rings: the two towers',
    recommend({ user_id: 1, title: 'the lord of the rings: the two towers' }),
  ),
  en('would user 3 like crazy, stupid, love?', recommend({ user_id: 3, title: 'crazy, stupid, love' })),
  // English — for you
  en('recommend something on hulu for user 7', forYou({ user_id: 7, platform: 'hulu' })),
  en('what should user 7 watch', forYou({ user_id: 7 })),
  en('recommendations for user 7', forYou({ user_id: 7 })),
  en(
    'top 10 movies for user 7 on netflix',
    forYou({ user_id: 7, platform: 'netflix', type: 'movie', limit: 10 }),
  ),
  en('suggest 3 shows for user 12', forYou({ user_id: 12, type: 'tv show', limit: 3 })),
  en('what would user 5 like on disney+', forYou({ user_id: 5, platform: 'disney' })),
  en('recommend movies for user 99', forYou({ user_id: 99, type: 'movie' })),
  en('for user 15, what do you recommend?', forYou({ user_id: 15 })),
  en('picks for user 2', forYou({ user_id: 2 })),
  en('recommend something', forYou({}, ['user_id'])),
  // English — similar
  en('movies like stranger things', similar({ title: 'stranger things' })),
  en('shows like the crown', similar({ title: 'the crown' })),
  en('similar to the irishman', similar({ title: 'the irishman' })),
  en('something similar to ns123', similar({ title_id: 'ns123' })),
  en('titles like breaking bad on netflix', similar({ title: 'breaking bad', platform: 'netflix' })),
  en("what's similar to moana", similar({ title: 'moana' })),
  en('recommend movies similar to toy story', similar({ title: 'toy story' })),
  en('10 titles like the office', similar({ title: 'the office', limit: 10 })),
  en('more like squid game', similar({ title: 'squid game' })),
  en('movies similar to', similar({}, ['title_id'])),
  // English — title info
  en('tell me about the irishman', info({ title: 'the irishman' })),
  en('what is ns123', info({ title_id: 'ns123' })),
  en('info about stranger things', info({ title: 'stranger things' })),
  en('show me ns123', info({ title_id: 'ns123' })),
  en('details of the crown', info({ title: 'the crown' })),
  en('ns123', info({ title_id: 'ns123' })),
  en("what's the irishman about?", info({ title: 'the irishman' })),
  en('who is in the irishman', info({ title: 'the irishman' })),
  // English — help, status, refresh, garbage
  en('hi', help()),
  en('hello there', help()),
  en('how do i use this?', help()),
  en('help scored', help('scored')),
  en('what data are you using', status),
  en('bot status', status),
  en('refresh the data', refresh),
  en('reload data', refresh),
  en('lorem ipsum dolor sit amet', unknown('lorem ipsum dolor sit amet')),
  en('DROP TABLE titles; --', unknown('DROP TABLE titles; --')),
  en('🍿🍿🍿', unknown('🍿🍿🍿')),
  en('who won the world cup in 2018', unknown('who won the world cup in 2018')),
  en('I like turtles', unknown('I like turtles')),
  en('12345', unknown('12345')),
  // English — follow-ups
  en('and on hulu?', longest({ platform: 'hulu', year: 2020 }), ['longest movie on netflix 2020']),
  en('what about 2019?', longest({ platform: 'netflix', year: 2019 }), ['longest movie on netflix 2020']),
  en('and shows?', longest({ platform: 'netflix', year: 2020 }, 'season'), ['longest movie on netflix 2020']),
  en('and above 4?', scored({ platform: 'netflix', scored: 4, year: 2020 }), [
    'how many netflix movies from 2020 scored above 3.5',
  ]),
  en('what about 2019', scored({ platform: 'netflix', scored: 3.5, year: 2019 }), [
    'how many netflix movies from 2020 scored above 3.5',
  ]),
  en('and netflix?', count('netflix'), ['how many movies does amazon prime have']),
  en('and in 2020?', actor({ platform: 'disney', year: 2020 }), ['most frequent actor on disney+ in 2019']),
  en('and user 7?', recommend({ user_id: 7, title: 'the irishman' }), ['would user 42 like the irishman?']),
  en('what about stranger things?', recommend({ user_id: 42, title: 'stranger things' }), [
    'would user 42 like the irishman?',
  ]),
  en('and on netflix?', forYou({ user_id: 7, platform: 'netflix' }), [
    'recommend something on hulu for user 7',
  ]),
  en('and on hulu?', similar({ title: 'stranger things', platform: 'hulu' }), [
    'movies like stranger things',
  ]),
  en('in 2018', actor({ platform: 'netflix', year: 2018 }), ['top actor on netflix']),
  en('hulu', count('hulu'), ['how many movies']),
  en('same for disney plus', longest({ platform: 'disney', year: 2020 }), ['longest movie on netflix 2020']),
  en('how many movies does hulu have', count('hulu'), ['longest movie on netflix 2020']),
  en('now for 2018 on amazon', longest({ platform: 'amazon', year: 2018 }), [
    'longest movie on netflix 2020',
  ]),

  // English — second round (broader phrasings)
  en('what is the single longest movie on hulu', longest({ platform: 'hulu' })),
  en('which film from 1994 is the longest', longest({ year: 1994 })),
  en('show me the longest movie on disney', longest({ platform: 'disney' })),
  en('longest-running tv show on netflix', longest({ platform: 'netflix' }, 'season')),
  en('which title has the most seasons on hulu in 2005', longest({ platform: 'hulu', year: 2005 }, 'season')),
  en('the netflix series with the largest number of seasons', longest({ platform: 'netflix' }, 'season')),
  en('longest flick on prime from 2012', longest({ platform: 'amazon', year: 2012 })),
  en('how many movies is netflix offering', count('netflix')),
  en("what's the number of films on hulu", count('hulu')),
  en('tell me how many movies amazon has', count('amazon')),
  en('netflix movie total', count('netflix')),
  en(
    'how many 2020 hulu movies have ratings over 3.9',
    scored({ platform: 'hulu', scored: 3.9, year: 2020 }),
  ),
  en(
    'count of netflix 2015 movies with average score > 3.5',
    scored({ platform: 'netflix', scored: 3.5, year: 2015 }),
  ),
  en(
    'how many amazon movies from 2019 are rated at least 3.5 stars',
    scored({ platform: 'amazon', scored: 3.5, year: 2019 }),
  ),
  en(
    'how many movies from 2020 on disney+ have a mean rating above 3.6',
    scored({ platform: 'disney', scored: 3.6, year: 2020 }),
  ),
  en(
    'netflix movies released in 2017 with a score of more than 3.5, how many are there',
    scored({ platform: 'netflix', scored: 3.5, year: 2017 }),
  ),
  en(
    'how many hulu movies from 2016 scored above three point seven five',
    scored({ platform: 'hulu', scored: 3.75, year: 2016 }),
  ),
  en(
    'how many movies on netflix from 2021 are rated 3.5+',
    scored({ platform: 'netflix', scored: 3.5, year: 2021 }),
  ),
  en("who's the most frequent actor on amazon in 2019", actor({ platform: 'amazon', year: 2019 })),
  en("who's been in the most hulu titles in 2018", actor({ platform: 'hulu', year: 2018 })),
  en('actor appearing most in 2016 netflix titles', actor({ platform: 'netflix', year: 2016 })),
  en('which actor was cast most on disney+ in 2013', actor({ platform: 'disney', year: 2013 })),
  en('would user 12 be a fan of the crown', recommend({ user_id: 12, title: 'the crown' })),
  en('is user 3 going to like moana', recommend({ user_id: 3, title: 'moana' })),
  en('will user 600 love frozen', recommend({ user_id: 600, title: 'frozen' })),
  en('do you think user 4 will enjoy ozark', recommend({ user_id: 4, title: 'ozark' })),
  en('is moana a good fit for user 2', recommend({ user_id: 2, title: 'moana' })),
  en('can you recommend the crown to user 10', recommend({ user_id: 10, title: 'the crown' })),
  en('what do you suggest for user 20 on netflix', forYou({ user_id: 20, platform: 'netflix' })),
  en('give me recommendations for user 1', forYou({ user_id: 1 })),
  en('what should user 44 watch on hulu tonight', forYou({ user_id: 44, platform: 'hulu' })),
  en('movies user 12 would love', forYou({ user_id: 12, type: 'movie' })),
  en("what's similar to the crown on hulu", similar({ title: 'the crown', platform: 'hulu' })),
  en('anything else like moana?', similar({ title: 'moana' })),
  en('i loved the office, what else would i like', similar({ title: 'the office' })),
  en('what else is like the crown', similar({ title: 'the crown' })),
  en("who's in the office", info({ title: 'the office' })),
  en('who stars in the irishman', info({ title: 'the irishman' })),
  en('when was the irishman released', info({ title: 'the irishman' })),
  en('how long is the irishman', info({ title: 'the irishman' })),
  en('ns123 details', info({ title_id: 'ns123' })),
  en('what are your commands', help()),
  en('what can i ask you?', help()),
  en('version', status),
  en('and 4.5?', scored({ platform: 'hulu', scored: 4.5, year: 2015 }), [
    'how many hulu movies from 2015 scored above 3',
  ]),
  en('and the longest show?', longest({ platform: 'netflix', year: 2020 }, 'season'), [
    'longest movie on netflix in 2020',
  ]),
  en('and netflix', actor({ platform: 'netflix', year: 2019 }), ['top actor on hulu in 2019']),
  en('just on hulu', similar({ title: 'the office', platform: 'hulu' }), ['shows like the office']),

  // English — third round
  en('could you tell me the longest movie on hulu', longest({ platform: 'hulu' })),
  en("what's the tv series with the most seasons", longest({}, 'season')),
  en('how many feature films does netflix carry', count('netflix')),
  en('give me the count of movies on disney plus', count('disney')),
  en(
    'how many movies from 2015 on hulu have a rating of over 3.3',
    scored({ platform: 'hulu', scored: 3.3, year: 2015 }),
  ),
  en(
    'number of 2018 amazon movies scoring above 3.4',
    scored({ platform: 'amazon', scored: 3.4, year: 2018 }),
  ),
  en(
    'how many netflix movies in 2020 have scores better than three and a half',
    scored({ platform: 'netflix', scored: 3.5, year: 2020 }),
  ),
  en('which actor shows up in the most titles on amazon in 2015', actor({ platform: 'amazon', year: 2015 })),
  en('who is the most prolific cast member on disney+ in 2017', actor({ platform: 'disney', year: 2017 })),
  en('should user 12 check out squid game', recommend({ user_id: 12, title: 'squid game' })),
  en('would user 9 rate the crown highly', recommend({ user_id: 9, title: 'the crown' })),
  en('what should i recommend to user 30', forYou({ user_id: 30 })),
  en('top picks for user 41 among tv shows', forYou({ user_id: 41, type: 'tv show' })),
  en('titles that resemble the office', similar({ title: 'the office' })),
  en('stuff like moana on disney+', similar({ title: 'moana', platform: 'disney' })),
  en('give me details about the crown', info({ title: 'the crown' })),
  en('who directed the irishman', info({ title: 'the irishman' })),
  en('how do you work', help()),
  en("what's your data version", status),
  en('same question for 2018', actor({ platform: 'netflix', year: 2018 }), ['top actor on netflix in 2019']),
  en('what about disney plus', count('disney'), ['how many movies does hulu have']),
  en('and ozark?', recommend({ user_id: 42, title: 'ozark' }), ['would user 42 like the irishman']),

  // Spanish — longest
  es('película más larga de netflix en 2020', longest({ platform: 'netflix', year: 2020 })),
  es('¿cuál es la película más larga?', longest({})),
  es('la serie con más temporadas de amazon', longest({ platform: 'amazon' }, 'season')),
  es('serie más larga de disney+ de 2019', longest({ platform: 'disney', year: 2019 }, 'season')),
  es('película más larga en hulu del año 2015', longest({ platform: 'hulu', year: 2015 })),
  es('¿qué película de netflix dura más?', longest({ platform: 'netflix' })),
  es(
    'la película más larga de disney plus estrenada en dos mil diez',
    longest({ platform: 'disney', year: 2010 }),
  ),
  es('película más larga de amazn', longest({ platform: 'amazon' })),
  es(
    '¿cuál es la serie con más temporadas de netflix en 2018?',
    longest({ platform: 'netflix', year: 2018 }, 'season'),
  ),
  es(
    'película más larga de prime video de mil novecientos noventa y nueve',
    longest({ platform: 'amazon', year: 1999 }),
  ),
  // Spanish — count
  es('¿cuántas películas tiene hulu?', count('hulu')),
  es('cuántas películas hay en netflix', count('netflix')),
  es('¿cuántas películas tiene amazon prime?', count('amazon')),
  es('número de películas en disney+', count('disney')),
  es('¿cuántas pelis tiene netflix?', count('netflix')),
  es('total de películas de hulu', count('hulu')),
  es('¿cuántas películas tiene?', count()),
  es('¿cuántas series tiene netflix?', countShows('netflix')),
  es('¿cuántas series tiene disney+?', countShows('disney')),
  es('¿cuántos programas de tv tiene amazon?', countShows('amazon')),
  es('número de series en hulu', countShows('hulu')),
  es('¿y en hulu?', countShows('hulu'), ['¿cuántas series tiene netflix?']),
  es('¿y películas?', count('netflix'), ['¿cuántas series tiene netflix?']),
  // Spanish — scored
  es(
    '¿cuántas películas de netflix de 2020 tienen nota por encima de 3,5?',
    scored({ platform: 'netflix', scored: 3.5, year: 2020 }),
  ),
  es(
    'películas de hulu de 2019 con más de 3,5 estrellas',
    scored({ platform: 'hulu', scored: 3.5, year: 2019 }),
  ),
  es(
    '¿cuántas películas de amazon de 2018 tienen una puntuación mayor de 3.5?',
    scored({ platform: 'amazon', scored: 3.5, year: 2018 }),
  ),
  es(
    'cuántas películas de disney de 2016 tienen nota > 3,5',
    scored({ platform: 'disney', scored: 3.5, year: 2016 }),
  ),
  es(
    'películas de netflix estrenadas en 2021 con nota superior a 3,8',
    scored({ platform: 'netflix', scored: 3.8, year: 2021 }),
  ),
  es(
    '¿cuántas películas de netflix del 2020 superan el 3,5?',
    scored({ platform: 'netflix', scored: 3.5, year: 2020 }),
  ),
  es(
    'cuántas películas de hulu de 2017 tienen más de tres y medio',
    scored({ platform: 'hulu', scored: 3.5, year: 2017 }),
  ),
  es(
    '¿cuántas películas de netflix de 2019 tienen nota mayor a 4?',
    scored({ platform: 'netflix', scored: 4, year: 2019 }),
  ),
  es(
    'películas de amazon de 2015 con valoración por encima de 3,3',
    scored({ platform: 'amazon', scored: 3.3, year: 2015 }),
  ),
  es(
    '¿cuántas películas de netflix tienen nota mayor que 3,5?',
    scored({ platform: 'netflix', scored: 3.5 }, ['year']),
  ),
  // Spanish — actor
  es('¿qué actor aparece más en amazon en 2014?', actor({ platform: 'amazon', year: 2014 })),
  es('actor con más apariciones en netflix en 2019', actor({ platform: 'netflix', year: 2019 })),
  es('¿quién es el actor más frecuente en disney+ en 2018?', actor({ platform: 'disney', year: 2018 })),
  es('el actor que más sale en hulu en 2020', actor({ platform: 'hulu', year: 2020 })),
  es('¿qué actor tiene más títulos en netflix en 2017?', actor({ platform: 'netflix', year: 2017 })),
  es('actor más habitual en prime video en dos mil dieciséis', actor({ platform: 'amazon', year: 2016 })),
  es('¿qué actor aparece más en netflix en 2021?', actor({ platform: 'netflix', year: 2021 })),
  es('¿qué actor aparece más en 2019?', actor({ year: 2019 }, ['platform'])),
  // Spanish — recommend
  es('¿le recomiendas ns123 al usuario 42?', recommend({ user_id: 42, title_id: 'ns123' })),
  es('¿le gustaría the irishman al usuario 42?', recommend({ user_id: 42, title: 'the irishman' })),
  es('¿al usuario 42 le gustaría stranger things?', recommend({ user_id: 42, title: 'stranger things' })),
  es('¿debería el usuario 7 ver the crown?', recommend({ user_id: 7, title: 'the crown' })),
  es('¿recomendarías the office al usuario cuarenta y dos?', recommend({ user_id: 42, title: 'the office' })),
  es('¿le va a gustar ns123 al usuario 5?', recommend({ user_id: 5, title_id: 'ns123' })),
  // Spanish — for you
  es('recomiéndale algo de hulu al usuario 7', forYou({ user_id: 7, platform: 'hulu' })),
  es('¿qué le recomiendas al usuario 7?', forYou({ user_id: 7 })),
  es('recomendaciones para el usuario 15', forYou({ user_id: 15 })),
  es(
    'las 10 mejores películas para el usuario 3 en netflix',
    forYou({ user_id: 3, platform: 'netflix', type: 'movie', limit: 10 }),
  ),
  es('¿qué puede ver el usuario 8 en disney+?', forYou({ user_id: 8, platform: 'disney' })),
  // Spanish — similar
  es('películas parecidas a stranger things', similar({ title: 'stranger things' })),
  es('series como the crown', similar({ title: 'the crown' })),
  es('algo similar a ns123', similar({ title_id: 'ns123' })),
  es('títulos parecidos a the irishman en netflix', similar({ title: 'the irishman', platform: 'netflix' })),
  es('5 películas como toy story', similar({ title: 'toy story', limit: 5 })),
  // Spanish — title info
  es('háblame de the irishman', info({ title: 'the irishman' })),
  es('¿qué es ns123?', info({ title_id: 'ns123' })),
  es('información de stranger things', info({ title: 'stranger things' })),
  es('detalles de the crown', info({ title: 'the crown' })),
  // Spanish — help, status, refresh, garbage
  es('hola', help()),
  es('¿cómo funciona esto?', help()),
  es('¿qué sabes hacer?', help()),
  es('estado del bot', status),
  es('actualiza los datos', refresh),
  es('¿quién ganó el mundial?', unknown('¿quién ganó el mundial?')),
  es('me gustan las tortugas', unknown('me gustan las tortugas')),
  // Spanish — follow-ups
  es('¿y en 2018?', longest({ platform: 'netflix', year: 2018 }), ['película más larga de netflix en 2020']),
  es('¿y en amazon?', longest({ platform: 'amazon', year: 2020 }), ['película más larga de netflix en 2020']),
  es('¿y series?', longest({ platform: 'netflix', year: 2020 }, 'season'), [
    'película más larga de netflix en 2020',
  ]),
  es('¿y por encima de 4?', scored({ platform: 'netflix', scored: 4, year: 2020 }), [
    '¿cuántas películas de netflix de 2020 tienen nota por encima de 3,5?',
  ]),
  es('¿y en disney?', actor({ platform: 'disney', year: 2014 }), [
    '¿qué actor aparece más en amazon en 2014?',
  ]),
  es('¿y al usuario 7?', recommend({ user_id: 7, title_id: 'ns123' }), [
    '¿le recomiendas ns123 al usuario 42?',
  ]),
  es('2019', actor({ platform: 'netflix', year: 2019 }), ['¿qué actor aparece más en netflix?']),
  es('¿y en netflix?', forYou({ user_id: 7, platform: 'netflix' }), [
    'recomiéndale algo de hulu al usuario 7',
  ]),

  // Spanish — second round (broader phrasings)
  es('¿cuál es la película con mayor duración de netflix?', longest({ platform: 'netflix' })),
  es('la película más larga que hay en hulu', longest({ platform: 'hulu' })),
  es('¿qué serie tiene más temporadas en amazon prime?', longest({ platform: 'amazon' }, 'season')),
  es('dime la película más larga de 2008', longest({ year: 2008 })),
  es('¿cuántas películas tiene en total disney+?', count('disney')),
  es('¿cuántas películas hay disponibles en netflix?', count('netflix')),
  es(
    '¿cuántas pelis de hulu de 2020 tienen una valoración de más de 3,5?',
    scored({ platform: 'hulu', scored: 3.5, year: 2020 }),
  ),
  es(
    'películas de netflix del 2019 que superan una nota de 3,4',
    scored({ platform: 'netflix', scored: 3.4, year: 2019 }),
  ),
  es(
    '¿cuántas películas de amazon de 2021 tienen al menos 3 estrellas?',
    scored({ platform: 'amazon', scored: 3, year: 2021 }),
  ),
  es('¿qué actor ha salido en más títulos de netflix en 2019?', actor({ platform: 'netflix', year: 2019 })),
  es('¿quién sale más en las series y películas de hulu en 2017?', actor({ platform: 'hulu', year: 2017 })),
  es('el actor con más papeles en amazon en 2013', actor({ platform: 'amazon', year: 2013 })),
  es('¿crees que al usuario 9 le gustará the office?', recommend({ user_id: 9, title: 'the office' })),
  es('¿el usuario 31 debería ver ozark?', recommend({ user_id: 31, title: 'ozark' })),
  es('¿ozark es buena opción para el usuario 2?', recommend({ user_id: 2, title: 'ozark' })),
  es('recomiéndame 5 películas para el usuario 8', forYou({ user_id: 8, type: 'movie', limit: 5 })),
  es('¿qué series le gustarían al usuario 14?', forYou({ user_id: 14, type: 'tv show' })),
  es('títulos como the office', similar({ title: 'the office' })),
  es('quiero algo parecido a moana en disney', similar({ title: 'moana', platform: 'disney' })),
  es('¿hay algo similar a ozark?', similar({ title: 'ozark' })),
  es('¿quién sale en the crown?', info({ title: 'the crown' })),
  es('¿cuánto dura the irishman?', info({ title: 'the irishman' })),
  es('ficha de ns200', info({ title_id: 'ns200' })),
  es('¿qué puedo preguntarte?', help()),
  es('gracias', unknown('gracias')),
  es('¿y 3,5?', scored({ platform: 'hulu', scored: 3.5, year: 2015 }), [
    '¿cuántas películas de hulu de 2015 tienen más de 3?',
  ]),
  es('¿y la serie más larga?', longest({ platform: 'netflix' }, 'season'), ['película más larga de netflix']),
  es('solo en disney', similar({ title: 'moana', platform: 'disney' }), ['películas parecidas a moana']),

  // Spanish — third round
  es('¿me puedes decir cuál es la película más larga de prime video?', longest({ platform: 'amazon' })),
  es('quiero la serie con más temporadas de toda hulu', longest({ platform: 'hulu' }, 'season')),
  es('la peli que más dura en disney+', longest({ platform: 'disney' })),
  es('película más extensa de netflix del año 2003', longest({ platform: 'netflix', year: 2003 })),
  es('¿qué película de amazon estrenada en 1998 dura más?', longest({ platform: 'amazon', year: 1998 })),
  es(
    'series con mayor número de temporadas en netflix en 2015',
    longest({ platform: 'netflix', year: 2015 }, 'season'),
  ),
  es('¿cuántas pelis hay en disney plus?', count('disney')),
  es('cuenta las películas de hulu', count('hulu')),
  es('¿qué cantidad de películas tiene netflix?', count('netflix')),
  es('dime el número total de películas de amazon', count('amazon')),
  es(
    '¿cuántas películas de netflix estrenadas en 2019 tienen una nota por encima de 3.6?',
    scored({ platform: 'netflix', scored: 3.6, year: 2019 }),
  ),
  es(
    'cuántas pelis de amazon del 2017 superan los 3,5 puntos',
    scored({ platform: 'amazon', scored: 3.5, year: 2017 }),
  ),
  es(
    'películas de hulu de 2016 con más de tres estrellas y media',
    scored({ platform: 'hulu', scored: 3.5, year: 2016 }),
  ),
  es(
    '¿cuántas películas de disney+ de 2018 tienen una puntuación de más de 3,4?',
    scored({ platform: 'disney', scored: 3.4, year: 2018 }),
  ),
  es(
    'número de películas de netflix de 2020 con nota superior a tres coma siete',
    scored({ platform: 'netflix', scored: 3.7, year: 2020 }),
  ),
  es(
    '¿cuántas películas de amazon de 2012 tienen nota mayor o igual a 3?',
    scored({ platform: 'amazon', scored: 3, year: 2012 }),
  ),
  es('¿qué actor sale en más títulos de hulu de 2019?', actor({ platform: 'hulu', year: 2019 })),
  es('el actor más repetido en netflix en 2016', actor({ platform: 'netflix', year: 2016 })),
  es('¿quién aparece en más títulos de disney+ en 2020?', actor({ platform: 'disney', year: 2020 })),
  es('¿qué actriz sale más en las pelis de amazon de 2010?', actor({ platform: 'amazon', year: 2010 })),
  es('¿al usuario 12 le gustaría ver the office?', recommend({ user_id: 12, title: 'the office' })),
  es('¿vale la pena frozen para el usuario 8?', recommend({ user_id: 8, title: 'frozen' })),
  es('¿le encantaría moana al usuario 55?', recommend({ user_id: 55, title: 'moana' })),
  es('¿qué películas le recomiendas al usuario 22?', forYou({ user_id: 22, type: 'movie' })),
  es('dame recomendaciones para el usuario 6', forYou({ user_id: 6 })),
  es(
    '¿qué series debería ver el usuario 17 en netflix?',
    forYou({ user_id: 17, platform: 'netflix', type: 'tv show' }),
  ),
  es(
    'recomienda 4 películas de hulu al usuario 5',
    forYou({ user_id: 5, platform: 'hulu', type: 'movie', limit: 4 }),
  ),
  es('¿algo parecido a ozark?', similar({ title: 'ozark' })),
  es('pelis similares a frozen en disney', similar({ title: 'frozen', platform: 'disney' })),
  es('muéstrame títulos como stranger things', similar({ title: 'stranger things' })),
  es('¿qué más hay como the crown?', similar({ title: 'the crown' })),
  es('información del título ns200', info({ title_id: 'ns200' })),
  es('¿quién actúa en the crown?', info({ title: 'the crown' })),
  es('¿de qué va ozark?', info({ title: 'ozark' })),
  es('¿qué sabes de squid game?', info({ title: 'squid game' })),
  es('¿qué comandos hay?', help()),
  es('ayúdame', help()),
  es('¿con qué datos trabajas?', status),
  es('me cae bien netflix', unknown('me cae bien netflix')),
  es('¿y hulu?', count('hulu'), ['¿cuántas películas tiene netflix?']),
  es('¿y el año 2015?', longest({ platform: 'netflix', year: 2015 }), [
    'película más larga de netflix en 2020',
  ]),
  es('y en series', longest({ platform: 'netflix', year: 2020 }, 'season'), [
    'película más larga de netflix en 2020',
  ]),
  es('¿y moana?', recommend({ user_id: 5, title: 'moana' }), ['¿le gustaría frozen al usuario 5?']),
  es('¿y con más de 4?', scored({ platform: 'netflix', scored: 4, year: 2020 }), [
    '¿cuántas películas de netflix de 2020 tienen más de 3,5?',
  ]),
  es('¿y en amazon prime en 2018?', actor({ platform: 'amazon', year: 2018 }), [
    '¿qué actor aparece más en netflix en 2019?',
  ]),
  // Number words of the other language still read as numbers (people mix them in follow-ups).
  es('¿y en twenty nineteen?', actor({ platform: 'netflix', year: 2019 }), [
    '¿qué actor aparece más en netflix en 2018?',
  ]),
  en('longest movie on netflix in dos mil veinte', longest({ platform: 'netflix', year: 2020 })),
  // A follow-up changing only what the last question does not take is not a follow-up of it.
  en('what about 2019?', unknown('what about 2019?'), ['tell me about ns123']),
  es('¿y en 2018?', unknown('¿y en 2018?'), ['háblame de ns123']),
  en('and user 8?', unknown('and user 8?'), ['top actor on netflix in 2019']),
  // Chatter after the request ("idk what") names no title; "no sabe qué ver" asks for picks.
  en('pls rec smth for user 300 on amz idk what', forYou({ user_id: 300, platform: 'amazon' })),
  es('el usuario 3 no sabe qué ver', forYou({ user_id: 3 })),
];
