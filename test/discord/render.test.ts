/** Answer → Discord message: complete when small, always within Discord's limits when large. */
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, escapeMarkdown, renderDiscord } from '../../src/adapters/render/discord.ts';
import { truncate } from '../../src/adapters/render/truncate.ts';
import type { Answer } from '../../src/answer.ts';

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    kind: 'result',
    locale: 'en',
    headline: 'Headline',
    fields: [],
    build: 'b-2024-01-01',
    ...overrides,
  };
}

function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0)
  );
}

function expectWithinLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
  }
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
  expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embed);
}

describe('renderDiscord', () => {
  it('renders a small answer whole: headline, fields in order, table, note, footer with the build', () => {
    const small = answer({
      headline: 'Longest movie on Netflix',
      fields: [
        { label: 'Title', value: 'The Irishman', inline: true },
        { label: 'Duration', value: '209 min', inline: true },
      ],
      table: {
        columns: ['#', 'Title'],
        rows: [
          ['1', 'A'],
          ['2', 'Bb'],
        ],
      },
      note: 'Ties broken by title',
    });
    const { content, embeds } = renderDiscord(small);
    expect(content).toBeUndefined();
    expect(embeds).toHaveLength(1);
    const embed = embeds[0]!;
    expect(embed.title).toBe(small.headline);
    expect(embed.fields).toEqual(small.fields.map((f) => ({ name: f.label, value: f.value, inline: true })));
    expect(embed.description).toBe('```\n#  Title\n1  A\n2  Bb\n```\nTies broken by title');
    expect(embed.footer?.text).toContain(small.build);
  });

  it('labels the footer in Spanish for Spanish answers', () => {
    const embed = renderDiscord(answer({ locale: 'es' })).embeds[0]!;
    expect(embed.footer?.text).toBe('Datos: b-2024-01-01');
  });

  it('answers an error as one short line of text, with its suggestions', () => {
    const error = answer({ kind: 'error', headline: 'Unknown platform "myspace"', suggestions: ['netflix'] });
    const { content, embeds } = renderDiscord(error);
    expect(embeds).toEqual([]);
    expect(content).toContain('Unknown platform "myspace"');
    expect(content).toContain('netflix');
  });

  it('keeps a huge error within the 2,000-character message limit', () => {
    const error = answer({ kind: 'error', headline: 'x'.repeat(5_000), suggestions: ['y'.repeat(3_000)] });
    expect(renderDiscord(error).content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  });

  it('cuts an oversized answer to every embed limit and says how much was left out', () => {
    const huge = answer({
      headline: 'h'.repeat(1_000),
      fields: Array.from({ length: 60 }, (_, i) => ({
        label: `label ${i} ${'l'.repeat(300)}`,
        value: 'v'.repeat(2_000),
      })),
      table: {
        columns: ['#', 'Title'],
        rows: Array.from({ length: 500 }, (_, i) => [String(i), 't'.repeat(80)]),
      },
      note: 'n'.repeat(5_000),
      suggestions: Array.from({ length: 40 }, () => 's'.repeat(100)),
      build: 'b'.repeat(3_000),
    });
    const embed = renderDiscord(huge).embeds[0]!;
    expectWithinLimits(embed);
    expect(embed.fields?.at(-1)?.name).toBe('Try');
    expect(embed.description).toMatch(/… and \d+ more/);
  });

  it('keeps as many table rows as fit and counts the rest', () => {
    const rows = Array.from({ length: 300 }, (_, i) => [String(i + 1), `Title number ${i + 1}`]);
    const embed = renderDiscord(answer({ table: { columns: ['#', 'Title'], rows } })).embeds[0]!;
    expectWithinLimits(embed);
    const shown = embed.description!.split('\n').filter((line) => /^\d+ +Title number/.test(line)).length;
    expect(shown).toBeGreaterThan(50);
    expect(embed.description).toContain(`… and ${rows.length - shown} more`);
  });

  it('escapes markdown in data so titles render as written', () => {
    const embed = renderDiscord(answer({ fields: [{ label: 'Title', value: '*batteries not included' }] }))
      .embeds[0]!;
    expect(embed.fields?.[0]?.value).toBe('\\*batteries not included');
  });
});

describe('truncate', () => {
  it('never splits a surrogate pair and ends with an ellipsis', () => {
    const text = `ab${'😀'.repeat(10)}`;
    for (let max = 1; max < text.length; max++) {
      const cut = truncate(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.endsWith('…')).toBe(true);
      expect(cut).not.toMatch(/[\uD800-\uDBFF]…$/);
    }
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline markers and line-leading quotes, headings and lists', () => {
    expect(escapeMarkdown('a*b_c~d`e|f\\g')).toBe('a\\*b\\_c\\~d\\`e\\|f\\\\g');
    expect(escapeMarkdown('> quote\n# heading\n- item\nplain - dash')).toBe(
      '\\> quote\n\\# heading\n\\- item\nplain - dash',
    );
  });
});
