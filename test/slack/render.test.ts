import { describe, expect, it } from 'vitest';
import { escapeWithin, renderSlack, responseTypeFor, SLACK_LIMITS } from '../../src/adapters/render/slack.ts';
import type { Answer } from '../../src/answer.ts';

function answer(overrides: Partial<Answer> = {}): Answer {
  return { kind: 'result', locale: 'en', headline: 'Longest movie', fields: [], ...overrides };
}

/** Every text a block carries, with the limit that applies to it. */
function textsWithLimits(blocks: ReturnType<typeof renderSlack>['blocks']): [string, number][] {
  return blocks.flatMap((block): [string, number][] => {
    if (block.type === 'header') return [[block.text.text, SLACK_LIMITS.headerText]];
    if (block.type === 'section') {
      return [
        ...(block.text ? [[block.text.text, SLACK_LIMITS.sectionText] as [string, number]] : []),
        ...(block.fields ?? []).map((f): [string, number] => [f.text, SLACK_LIMITS.fieldText]),
      ];
    }
    if (block.type === 'context') {
      return block.elements.map((e): [string, number] => [
        'text' in e ? e.text : '',
        SLACK_LIMITS.contextText,
      ]);
    }
    return [];
  });
}

function expectWithinLimits(message: ReturnType<typeof renderSlack>): void {
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  for (const [text, limit] of textsWithLimits(message.blocks)) {
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThanOrEqual(limit);
  }
  for (const block of message.blocks) {
    if (block.type === 'section')
      expect((block.fields ?? []).length).toBeLessThanOrEqual(SLACK_LIMITS.fieldsPerSection);
    if (block.type === 'context')
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
  }
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
}

describe('Answer → Block Kit', () => {
  it('puts the headline in a header, inline fields side by side and the data build in a context line', () => {
    const message = renderSlack(
      answer({
        fields: [
          { label: 'Title', value: 'The Irishman', inline: true },
          { label: 'Duration', value: '209 min', inline: true },
          { label: 'Description', value: 'A long story' },
        ],
        build: '2026-11-26T14:00:00Z#abc123',
      }),
    );
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Longest movie', emoji: true },
    });
    expect(message.blocks[1]).toEqual({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: '*Title*\nThe Irishman' },
        { type: 'mrkdwn', text: '*Duration*\n209 min' },
      ],
    });
    expect(message.blocks[2]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Description*\nA long story' },
    });
    expect(message.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Data build: 2026-11-26T14:00:00Z#abc123' }],
    });
    expect(message.text).toContain('The Irishman');
  });

  it('labels the build line in the answer’s language', () => {
    const message = renderSlack(answer({ locale: 'es', build: 'b1', suggestions: ['serie más larga'] }));
    const contexts = message.blocks.filter((b) => b.type === 'context').map((b) => JSON.stringify(b));
    expect(contexts.join()).toContain('Datos de la carga: b1');
    expect(contexts.join()).toContain('Prueba: `serie más larga`');
  });

  it('escapes Slack’s control characters in data so a title cannot ping a channel or forge a link', () => {
    const message = renderSlack(
      answer({ fields: [{ label: 'Title', value: '<!channel> Tom & Jerry <http://x|y>' }] }),
    );
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('&lt;!channel&gt; Tom &amp; Jerry &lt;http://x|y&gt;');
    expect(text).not.toContain('<!channel>');
    expect(message.text).not.toContain('<!channel>');
  });

  it('moves a headline longer than a header allows into a section, whole', () => {
    const headline = `No title matches "${'x'.repeat(200)}"`;
    const message = renderSlack(answer({ kind: 'error', headline }));
    expect(message.blocks[0]?.type).toBe('section');
    expect(JSON.stringify(message.blocks[0])).toContain('x'.repeat(200));
    expectWithinLimits(message);
  });

  it('splits more than ten inline fields over several sections', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `F${i}`, value: `v${i}`, inline: true }));
    const message = renderSlack(answer({ fields }));
    const sections = message.blocks.filter((b) => b.type === 'section');
    expect(sections.map((s) => (s.type === 'section' ? s.fields?.length : 0))).toEqual([10, 10, 3]);
    expectWithinLimits(message);
  });

  it('keeps a huge answer within Slack’s limits, says what was left out, and keeps the build line', () => {
    const long = 'é'.repeat(5000);
    const message = renderSlack(
      answer({
        headline: 'Top titles',
        fields: Array.from({ length: 120 }, (_, i) => ({
          label: `Field ${i} ${long}`,
          value: long,
          inline: i % 3 !== 0,
        })),
        table: {
          columns: ['#', 'Title', 'Score'],
          rows: Array.from({ length: 400 }, (_, i) => [
            String(i + 1),
            `Title & <${i}> ${'y'.repeat(60)}`,
            '4.5',
          ]),
        },
        note: long,
        suggestions: Array.from({ length: 40 }, (_, i) => `question ${i} ${long}`),
        build: 'b42',
      }),
    );
    expectWithinLimits(message);
    expect(message.blocks.length).toBe(SLACK_LIMITS.blocksPerMessage);
    expect(JSON.stringify(message.blocks.at(-1))).toContain('Data build: b42');
    expect(JSON.stringify(message.blocks)).toMatch(/\d+ more not shown/);
  });

  it('draws a table as aligned monospace rows', () => {
    const message = renderSlack(
      answer({
        table: {
          columns: ['Title', 'Year'],
          rows: [
            ['Up', '2009'],
            ['Coco', '2017'],
          ],
        },
      }),
    );
    const section = message.blocks.find((b) => b.type === 'section');
    expect(section?.type === 'section' ? section.text?.text : '').toBe(
      '```\nTitle  Year\n─────  ────\nUp     2009\nCoco   2017\n```',
    );
  });

  it('shows mistakes and questions back only to the asker', () => {
    expect(responseTypeFor(answer({ kind: 'error' }))).toBe('ephemeral');
    expect(responseTypeFor(answer({ kind: 'prompt' }))).toBe('ephemeral');
    expect(responseTypeFor(answer({ kind: 'result' }))).toBe('in_channel');
    expect(responseTypeFor(answer({ kind: 'empty' }))).toBe('in_channel');
    expect(responseTypeFor(answer({ kind: 'info' }))).toBe('in_channel');
  });

  it('never cuts an escaped entity in half when shortening', () => {
    const escaped = escapeWithin('&'.repeat(100), 12);
    expect(escaped.length).toBeLessThanOrEqual(12);
    expect(escaped).toBe('&amp;&amp;…');
  });
});
