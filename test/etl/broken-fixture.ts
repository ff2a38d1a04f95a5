/**
 * The broken raw-data fixture: every kind of malformed row the ETL must count and report rather than
 * drop or stop on (bad quoting, missing ids, ratings out of range, unknown titles, text in number columns).
 * Written into a scratch directory by the tests, so no file named like the client's data is committed;
 * `bad-input.test.ts` asserts the exact rejects these lines produce.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FILES: Record<string, string> = {
  'amazon_prime_titles.csv': `show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description
s1,Movie,The Grand Seduction,Don McKellar,"Brendan Gleeson, Taylor Kitsch",Canada,"March 30, 2021",2014,,113 min,"Comedy, Drama","A small fishing village, ""in need"", must procure a doctor."
s2,TV Show,Placeholder  Cast Show,,"1, 2, 3",,,2019,13+,2 Seasons,Drama,Two spaces stay.
,Movie,No Id Here,,,,,2001,PG,90 min,Drama,The show_id is missing.
s4,Movie,Year Of Text,,,,,19x9,PG,90 min,Drama,release_year is text.
s5,Movie,Too Few Fields,,,,,2001,PG,90 min,Drama
s1,Movie,Duplicate Id,,,,,2001,PG,90 min,Drama,s1 again.
s7,Movie,"Bad "quote" title",,,,,2001,PG,90 min,Drama,Bad quoting.
`,
  'disney_plus_titles.csv': `show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description
s1,Movie,Ice Age,"Chris Wedge, Carlos Saldanha","Ray Romano, John Smith, Ph.D., Desi Arnaz, Jr.",United States," November 26, 2021",2002,PG,81 min,"Animation, Family",A leading space in date_added.
s2,Podcast,Unknown Type,,,,,2020,G,20 min,Family,type is neither Movie nor TV Show.
s3,Movie,Bad Date,,,,"Smarch 3, 2020",2020,G,20 min,Family,date_added is not a date.
`,
  'hulu_titles.csv': `show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description
s1,Movie,Silent Night,,,,"October 23, 2021",2020,,94 min,"Crime, Drama",No rating at all.
s2,Movie,Yashahime: Princess Half-Demon,,,,"October 3, 2021",2020,2 Seasons,,Anime,Duration sits in the rating column.
s3,Movie,Ninety Minutes,,,,,2020,R,ninety min,Drama,duration is not a number.
`,
  'netflix_titles.csv': `show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description
s1,Movie,Dick Johnson Is Dead,Kirsten Johnson,,United States,"September 25, 2021",2020,PG-13,90 min,Documentaries,"A description
over two lines."
s2,Movie,Louis C.K. 2017,Louis C.K.,Louis C.K.,United States,"April 4, 2017",2017,74 min,,Movies,Duration sits in the rating column.
`,
  'ratings/1.csv': `userId,rating,movieId
1,4.0,as1
1,4.5,as1
2,3.0,as2
2,5,ds1
3,0.5,hs1
3,1.0,hs2
4,2.5,ns1
4,3.5,ns2
7,6.0,as1
7,0,as1
7,3.7,as1
8,4.0,xs999
8,4.0,as999
abc,4.0,as1
9,four,as1
9,,as1
,4.0,as1
9,4.0
9,"4.0,as1
"10","4.5","as2"
`,
  // Windows line endings, and no line break after the last line, on purpose.
  'ratings/2.csv': [
    'movieId,timestamp,userId,rating',
    'ds1,1609459200,11,2.0',
    'ns1,,11,3.0',
    'ns2,yesterday,11,3.0',
    'hs1,86399,12,4.0',
  ].join('\r\n'),
};

/** Writes the fixture into `dir` (which it creates) and returns `dir`. */
export function writeBrokenFixture(dir: string): string {
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
