import { describe, expect, it } from 'vitest';
import {
  cleanDateAdded,
  cleanRating,
  cleanText,
  dayOfUnixSeconds,
  looksLikeDuration,
  normaliseType,
  parseDuration,
  parseWholeNumber,
  rescueMisplacedDuration,
  splitCast,
  splitList,
  titleIdFor,
} from '../../etl/transform.ts';

describe('rule 1: id = first letter of the platform + show_id', () => {
  it.each([
    ['amazon', 's123', 'as123'],
    ['disney', 's1', 'ds1'],
    ['hulu', 's3073', 'hs3073'],
    ['netflix', 's8807', 'ns8807'],
  ] as const)('%s %s → %s', (platform, showId, id) => {
    expect(titleIdFor(platform, showId)).toBe(id);
  });

  it('trims and lower-cases the show_id', () => {
    expect(titleIdFor('netflix', ' S42 ')).toBe('ns42');
  });

  it.each(['', 'x12', 's', 's12a', '12'])('refuses the show_id %j', (showId) => {
    expect(titleIdFor('amazon', showId)).toBeNull();
  });
});

describe('rule 2: a missing rating becomes G (stored lower-case)', () => {
  it('fills an empty or blank rating', () => {
    expect(cleanRating('')).toBe('g');
    expect(cleanRating('   ')).toBe('g');
  });

  it('keeps and lower-cases a present rating', () => {
    expect(cleanRating('TV-MA')).toBe('tv-ma');
    expect(cleanRating(' NOT RATED ')).toBe('not rated');
    expect(cleanRating('13+')).toBe('13+');
  });
});

describe('rule 3: dates as YYYY-MM-DD', () => {
  it('reads date_added as the client writes it', () => {
    expect(cleanDateAdded('September 25, 2021')).toEqual({ ok: true, value: '2021-09-25' });
    expect(cleanDateAdded('March 1, 2020')).toEqual({ ok: true, value: '2020-03-01' });
  });

  it('accepts the leading space some values carry', () => {
    expect(cleanDateAdded(' August 4, 2017')).toEqual({ ok: true, value: '2017-08-04' });
  });

  it('leaves a missing date_added (most Amazon rows) empty', () => {
    expect(cleanDateAdded('')).toEqual({ ok: true, value: null });
    expect(cleanDateAdded('  ')).toEqual({ ok: true, value: null });
  });

  it('keeps a date already in ISO form', () => {
    expect(cleanDateAdded('2019-12-31')).toEqual({ ok: true, value: '2019-12-31' });
  });

  it.each(['Smarch 3, 2020', 'February 30, 2021', 'yesterday', '2021-13-01'])('rejects %j', (text) => {
    const result = cleanDateAdded(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(text.trim());
  });

  it('turns a Unix timestamp (UTC) into its day', () => {
    expect(dayOfUnixSeconds(0)).toBe('1970-01-01');
    expect(dayOfUnixSeconds(86_399)).toBe('1970-01-01');
    expect(dayOfUnixSeconds(86_400)).toBe('1970-01-02');
    expect(dayOfUnixSeconds(1_609_459_200)).toBe('2021-01-01');
    expect(dayOfUnixSeconds(1_609_459_199)).toBe('2020-12-31');
  });
});

describe('rule 4: text lower-case, ends trimmed, inner spacing kept', () => {
  it('lower-cases and trims', () => {
    expect(cleanText('  The Grand Seduction ')).toBe('the grand seduction');
  });

  it('keeps double spaces inside a title', () => {
    expect(cleanText('Star Trek:  The Original Series')).toBe('star trek:  the original series');
  });

  it('lower-cases non-ASCII letters too', () => {
    expect(cleanText('ÉLITE')).toBe('élite');
  });

  it('turns empty text into null', () => {
    expect(cleanText('')).toBeNull();
    expect(cleanText('   ')).toBeNull();
  });
});

describe('rule 5: duration split into duration_int and duration_type', () => {
  it.each([
    ['90 min', 90, 'min'],
    ['1 Season', 1, 'season'],
    ['2 Seasons', 2, 'season'],
    [' 113 min ', 113, 'min'],
  ] as const)('%j → %i %s', (text, int, type) => {
    const result = parseDuration(text);
    expect(result).toEqual({ ok: true, value: { text: text.trim().toLowerCase(), int, type } });
  });

  it('leaves a missing duration (479 Hulu rows) empty', () => {
    expect(parseDuration('')).toEqual({ ok: true, value: null });
  });

  it.each(['ninety min', '90', 'min', '2 episodes'])('rejects %j', (text) => {
    expect(parseDuration(text).ok).toBe(false);
  });
});

describe('EDA: a duration in the rating column goes back to duration', () => {
  it('recognises durations', () => {
    expect(looksLikeDuration('74 min')).toBe(true);
    expect(looksLikeDuration('2 Seasons')).toBe(true);
    expect(looksLikeDuration('1 Season')).toBe(true);
    expect(looksLikeDuration('TV-14')).toBe(false);
    expect(looksLikeDuration('13+')).toBe(false);
  });

  it('moves it and sets the rating to G', () => {
    expect(rescueMisplacedDuration('74 min', '')).toEqual({ rating: 'G', duration: '74 min' });
    expect(rescueMisplacedDuration('2 Seasons', '  ')).toEqual({ rating: 'G', duration: '2 Seasons' });
  });

  it('leaves a real rating alone', () => {
    expect(rescueMisplacedDuration('PG-13', '90 min')).toEqual({ rating: 'PG-13', duration: '90 min' });
    expect(rescueMisplacedDuration('', '')).toEqual({ rating: '', duration: '' });
  });

  it('keeps an existing duration when both columns hold one', () => {
    expect(rescueMisplacedDuration('74 min', '75 min')).toEqual({ rating: 'G', duration: '75 min' });
  });
});

describe('EDA: cast split into one actor per row', () => {
  it('splits, trims and lower-cases', () => {
    expect(splitCast('Brendan Gleeson,  Taylor Kitsch , Gordon Pinsent')).toEqual([
      'brendan gleeson',
      'taylor kitsch',
      'gordon pinsent',
    ]);
  });

  it('drops placeholder names', () => {
    expect(splitCast('1, 2, 3')).toEqual([]);
    expect(splitCast('1')).toEqual([]);
    expect(splitCast('Ana Silva, 2, Ben Ito')).toEqual(['ana silva', 'ben ito']);
  });

  it.each([
    ['John Smith, Ph.D., Jane Doe', ['john smith, ph.d.', 'jane doe']],
    ['Art Chadwick,  Ph.D., H. Allen Davis', ['art chadwick, ph.d.', 'h. allen davis']],
    ['Lucille Ball, Desi Arnaz, Jr.', ['lucille ball', 'desi arnaz, jr.']],
    ['Jack Lee, JR', ['jack lee, jr']],
    ['Dr. Steven Greer, MD, Richard Dolan', ['dr. steven greer, md', 'richard dolan']],
    ['Doogie Howser, M.D.', ['doogie howser, m.d.']],
    [
      'Robert Cole, Sr., Henry Ward, II, Philip Moss, III',
      ['robert cole, sr.', 'henry ward, ii', 'philip moss, iii'],
    ],
    ['Bruce Maccabee, PhD', ['bruce maccabee, phd']],
  ])('joins the suffix back in %j', (cast, actors) => {
    expect(splitCast(cast)).toEqual(actors);
  });

  it('gives no actors for an empty cast (all of Hulu)', () => {
    expect(splitCast('')).toEqual([]);
    expect(splitCast(' , ')).toEqual([]);
  });

  it('lists an actor named twice once', () => {
    expect(splitCast('Ana Silva, ana silva ')).toEqual(['ana silva']);
  });
});

describe('EDA: genres (listed_in) split the same way', () => {
  it('splits, trims, lower-cases and drops empty items', () => {
    expect(splitList('Comedy, Drama')).toEqual(['comedy', 'drama']);
    expect(splitList(' Action & Adventure ,, International TV Shows ')).toEqual([
      'action & adventure',
      'international tv shows',
    ]);
    expect(splitList('')).toEqual([]);
  });
});

describe('EDA: type normalised to movie / tv show', () => {
  it.each([
    ['Movie', 'movie'],
    ['TV Show', 'tv show'],
    [' tv  show ', 'tv show'],
    ['MOVIE', 'movie'],
  ] as const)('%j → %s', (raw, type) => {
    expect(normaliseType(raw)).toBe(type);
  });

  it.each(['', 'Podcast', 'Series 2'])('refuses %j', (raw) => {
    expect(normaliseType(raw)).toBeNull();
  });
});

describe('whole numbers', () => {
  it('reads digits and refuses text', () => {
    expect(parseWholeNumber(' 2014 ')).toBe(2014);
    expect(parseWholeNumber('19x9')).toBeNull();
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber('-5')).toBeNull();
    expect(parseWholeNumber('20.5')).toBeNull();
  });
});
