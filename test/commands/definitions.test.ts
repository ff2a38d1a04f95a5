import { describe, expect, it } from 'vitest';
import { COMMANDS, slashCommand } from '../../commands/index.ts';
import { MIN_YEAR, maxYear, PLATFORMS } from '../../src/domain.ts';

// Limits every chat client enforces on registered commands (Discord's are the strictest).
const NAME = /^[a-z0-9_-]{1,32}$/;
const MAX_DESCRIPTION = 100;
const MAX_OPTIONS = 25;

describe('slash command definitions', () => {
  it('offers every command the product answers', () => {
    const names = COMMANDS.map((c) => c.name);
    for (const required of [
      'longest',
      'scored',
      'count',
      'actor',
      'recommend',
      'foryou',
      'similar',
      'title',
      'ask',
      'help',
      'status',
      'refresh',
    ]) {
      expect(names).toContain(required);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('/%s fits the clients’ limits', (_, definition) => {
    expect(definition.name).toMatch(NAME);
    for (const text of [definition.description.en, definition.description.es]) {
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    }
    expect(definition.options.length).toBeLessThanOrEqual(MAX_OPTIONS);
    const firstOptional = definition.options.findIndex((o) => !o.required);
    if (firstOptional >= 0)
      expect(definition.options.slice(firstOptional).every((o) => !o.required)).toBe(true);
    for (const option of definition.options) {
      expect(option.name).toMatch(NAME);
      expect(option.description.en.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
      expect(option.description.es.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
      expect((option.choices ?? []).length).toBeLessThanOrEqual(25);
      if (option.autocomplete) expect(option.choices).toBeUndefined();
    }
    expect(definition.examples.length).toBeGreaterThan(0);
  });

  it('declares the client’s ranges once: years, thresholds, users and platforms', () => {
    const year = slashCommand('actor')!.options.find((o) => o.arg === 'year')!;
    expect([year.min, year.max]).toEqual([MIN_YEAR, maxYear()]);
    const scored = slashCommand('scored')!.options.find((o) => o.arg === 'scored')!;
    expect([scored.type, scored.min, scored.max]).toEqual(['number', 0, 5]);
    const user = slashCommand('recommend')!.options.find((o) => o.arg === 'user_id')!;
    expect([user.type, user.min]).toEqual(['integer', 1]);
    const platform = slashCommand('count')!.options.find((o) => o.arg === 'platform')!;
    expect(platform.choices!.map((c) => c.value)).toEqual([...PLATFORMS]);
    const countType = slashCommand('count')!.options.find((o) => o.arg === 'type')!;
    expect([countType.required, countType.choices!.map((c) => c.value)]).toEqual([
      false,
      ['movie', 'tv show'],
    ]);
    const duration = slashCommand('longest')!.options.find((o) => o.arg === 'duration_type')!;
    expect(duration.choices!.map((c) => c.value)).toEqual(['min', 'season']);
    const title = slashCommand('similar')!.options.find((o) => o.arg === 'title_id')!;
    expect(title.autocomplete).toBe('title');
  });

  it('marks only /refresh as admin-only', () => {
    expect(COMMANDS.filter((c) => c.adminOnly).map((c) => c.name)).toEqual(['refresh', 'misses', 'feedback']);
  });

  it('finds a command with or without its slash, in any case', () => {
    expect(slashCommand('/Longest')?.command).toBe('get_max_duration');
    expect(slashCommand('nope')).toBeUndefined();
  });
});
