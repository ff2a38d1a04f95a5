/** The catalog gazetteer, function-style input and catalog-aware title reading, on a small hand-made catalog. */
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/bot/nl/gazetteer.ts';
import { parseQuestion } from '../../src/bot/nl/parse.ts';
import type { TitleId } from '../../src/domain.ts';

const gazetteer = new Gazetteer();
const add = (folded: string, id: string, platform: 'netflix' | 'hulu' | 'amazon' | 'disney') =>
  gazetteer.addTitle(folded, { id: id as TitleId, platform });
add('law order', 'ns1', 'netflix');
add('the longest yard', 'as2', 'amazon');
add('the count of monte cristo', 'hs3', 'hulu');
add('1917', 'as4', 'amazon');
add('the office', 'ns5', 'netflix');
add('the office', 'as6', 'amazon');
add('how i met your mother', 'hs7', 'hulu');
add('gossip girl', 'ns8', 'netflix');
add('breaking bad', 'ns9', 'netflix');
gazetteer.addPerson('keanu reeves', 'cast');
gazetteer.addPerson('keanu reeves', 'cast');
gazetteer.addPerson('ricardo darín', 'cast');
gazetteer.addPerson('martin scorsese', 'director');

const parse = (q: string) => parseQuestion(q, { gazetteer }).request;

describe('gazetteer', () => {
  it('finds catalog names by longest match, punctuation folded', () => {
    expect(gazetteer.find('tell me about Law & Order!').map((m) => m.folded)).toEqual(['law order']);
    expect(gazetteer.find('movies like how i met your mother').map((m) => m.titles[0]!.id)).toEqual(['hs7']);
    expect(gazetteer.titles('the office')?.map((t) => t.id)).toEqual(['ns5', 'as6']);
  });

  it('finds cast and director names, accents folded, with their title counts', () => {
    expect(gazetteer.findPeople('películas con ricardo darin').map((m) => m.entries[0]!.name)).toEqual([
      'ricardo darín',
    ]);
    expect(gazetteer.people('keanu reeves')).toEqual([
      { name: 'keanu reeves', castTitles: 2, directedTitles: 0 },
    ]);
    expect(gazetteer.findPeople('films by Martin Scorsese')[0]!.entries[0]!.directedTitles).toBe(1);
  });

  it('keeps titles that contain cue words or numbers as titles', () => {
    expect(parse('tell me about the longest yard')).toEqual({
      name: 'title_info',
      args: { title: 'the longest yard' },
    });
    expect(parse('info on 1917')).toEqual({ name: 'title_info', args: { title: '1917' } });
    expect(parse('is the count of monte cristo on hulu?')).toEqual({
      name: 'title_info',
      args: { title_id: 'hs3' },
    });
    expect(parse('tell me about law & order')).toEqual({
      name: 'title_info',
      args: { title: 'law & order' },
    });
  });

  it('lets the platform named pick the copy, and reads a title named first', () => {
    expect(parse('would user 9 like the office on amazon?')).toEqual({
      name: 'recommend',
      args: { user_id: 9, title_id: 'as6' },
    });
    expect(parse('gossip girl, would user 8 like it?')).toEqual({
      name: 'recommend',
      args: { user_id: 8, title: 'gossip girl' },
    });
    expect(parse('more stuff like how i met your mother pls')).toEqual({
      name: 'similar',
      args: { title: 'how i met your mother' },
    });
  });

  it('still answers the catalog questions when a name happens to be a title', () => {
    expect(parse('longest movie on netflix 1917')).toEqual({
      name: 'get_max_duration',
      args: { duration_type: 'min', platform: 'netflix', year: 1917 },
    });
  });
});

describe('function-style input', () => {
  it('reads positional and key:value values of slash and client function names', () => {
    expect(parse('get_score_count hulu 3.4 2019')).toEqual({
      name: 'get_score_count',
      args: { platform: 'hulu', scored: 3.4, year: 2019 },
    });
    expect(parse('scored platform:hulu scored:3.4 year:2019')).toEqual(
      parse('get_score_count hulu 3.4 2019'),
    );
    expect(parse('foryou 12')).toEqual({ name: 'recommend_for_user', args: { user_id: 12 } });
    // A number's key:value takes one word; the rest is read by position.
    expect(parse('foryou user:12 hulu')).toEqual({
      name: 'recommend_for_user',
      args: { user_id: 12, platform: 'hulu' },
    });
    expect(parse('longest netflix 2018 season')).toEqual({
      name: 'get_max_duration',
      args: { platform: 'netflix', year: 2018, duration_type: 'season' },
    });
    expect(parse('similar breaking bad')).toEqual({ name: 'similar', args: { title: 'breaking bad' } });
  });

  it('leaves sentences that start with a command name to the natural-language parser', () => {
    expect(parse('count netflix movies from 2020 scoring over 3.5')).toEqual({
      name: 'get_score_count',
      args: { platform: 'netflix', scored: 3.5, year: 2020 },
    });
  });
});

describe('first person', () => {
  it('keeps what was asked and marks the user id missing', () => {
    expect(parse('what should i watch on hulu tonight 🍿')).toEqual({
      name: 'recommend_for_user',
      args: { platform: 'hulu' },
      missing: ['user_id'],
    });
    expect(parse('would i like breaking bad?')).toEqual({
      name: 'recommend',
      args: { title: 'breaking bad' },
      missing: ['user_id'],
    });
  });

  it('does not take generic nouns for a title', () => {
    expect(parse('suggest a show for user 3')).toEqual({
      name: 'recommend_for_user',
      args: { user_id: 3, type: 'tv show' },
    });
  });
});
