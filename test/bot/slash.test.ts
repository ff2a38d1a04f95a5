import { describe, expect, it } from 'vitest';
import { commandFromOptions, requiredArgs } from '../../src/bot/slash.ts';

describe('commandFromOptions', () => {
  it('maps options to the client’s argument names', () => {
    expect(commandFromOptions('scored', { platform: 'netflix', scored: 3.5, year: 2020 })).toEqual({
      name: 'get_score_count',
      args: { platform: 'netflix', scored: 3.5, year: 2020 },
    });
    expect(commandFromOptions('recommend', { user: 42, title: 'NS123' })).toEqual({
      name: 'recommend',
      args: { user_id: 42, title_id: 'ns123' },
    });
  });

  it('counts TV shows when /count is given type, movies otherwise', () => {
    expect(commandFromOptions('count', { platform: 'hulu', type: 'tv show' })).toEqual({
      name: 'get_count_platform',
      args: { platform: 'hulu', type: 'tv show' },
    });
    expect(commandFromOptions('count', { platform: 'hulu' })).toEqual({
      name: 'get_count_platform',
      args: { platform: 'hulu' },
    });
  });

  it('keeps a title named by text for the core to resolve', () => {
    expect(commandFromOptions('similar', { title: 'Stranger Things', limit: 5 })).toEqual({
      name: 'similar',
      args: { title: 'Stranger Things', limit: 5 },
    });
  });

  it('reads text values the way text clients send them', () => {
    expect(
      commandFromOptions('scored', { platform: 'Prime Video', scored: '3,5', year: '2019' }).args,
    ).toEqual({
      platform: 'amazon',
      scored: 3.5,
      year: 2019,
    });
  });

  it('lists missing required options and unreadable values instead of throwing', () => {
    expect(commandFromOptions('actor', { platform: 'hulu' })).toEqual({
      name: 'get_actor',
      args: { platform: 'hulu' },
      missing: ['year'],
    });
    expect(commandFromOptions('actor', { platform: 'hulu', year: 'soon' })).toEqual({
      name: 'get_actor',
      args: { platform: 'hulu' },
      missing: ['year'],
      invalid: [{ arg: 'year', value: 'soon' }],
    });
    expect(commandFromOptions('longest', { duration_type: 'hours' }).invalid).toEqual([
      { arg: 'duration_type', value: 'hours' },
    ]);
    const tooLong = 'x'.repeat(201);
    expect(commandFromOptions('similar', { title: tooLong })).toEqual({
      name: 'similar',
      args: {},
      missing: ['title_id'],
      invalid: [{ arg: 'title_id', value: tooLong.slice(0, 100) }],
    });
  });

  it('turns /ask into text for the natural-language parser and unknown names into unknown', () => {
    expect(commandFromOptions('ask', { question: 'longest movie on hulu' })).toEqual({
      name: 'unknown',
      args: { text: 'longest movie on hulu' },
    });
    expect(commandFromOptions('dance', {})).toEqual({ name: 'unknown', args: { text: '/dance' } });
  });

  it('derives required arguments from the definitions', () => {
    expect(requiredArgs('get_score_count')).toEqual(['platform', 'scored', 'year']);
    expect(requiredArgs('get_max_duration')).toEqual([]);
    expect(requiredArgs('recommend')).toEqual(['user_id', 'title_id']);
  });
});
