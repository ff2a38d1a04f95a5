/**
 * 10,000 random and hostile messages (seeded): emoji, SQL, 10 kB lines, control characters, word
 * salad from the parser's own vocabulary, hostile slash options. None may make the core fail, and
 * every reply must render under 2,000 characters.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { renderJson } from '../../src/adapters/render/json.ts';
import { renderText } from '../../src/adapters/render/text.ts';
import { internalError } from '../../src/bot/answers/problems.ts';
import type { BotInput } from '../../src/bot/core.ts';
import { commandFromOptions, type SlashOptions } from '../../src/bot/slash.ts';
import { seededRandom } from '../../src/random.ts';
import { coreOn } from './helpers.ts';

const MESSAGES = 10_000;
const DISCORD_LIMIT = 2000;

const random = seededRandom;

const rand = random(20250601);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;

const CODE_POINT_RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x300, 0x36f],
  [0x590, 0x6ff],
  [0x4e00, 0x4fff],
  [0x1f300, 0x1faff],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0xfff0, 0xffff],
];
const VOCABULARY = (
  'longest movie show series seasons how many movies does have scored above over more than > >= ★ stars ' +
  'actor most appears top user recommend like similar to tell me about info what is help status refresh and on ' +
  'hulu netflix netflx disney+ disney plus amazon prime video nflx película más larga cuántas tiene usuario ' +
  'recomiéndale parecidas a háblame de ayuda estado ¿ ? ¡ ! y en de del por encima 3,5 3.5 two thousand nineteen ' +
  'dos mil veinte twenty twenty "the irishman" “stranger things” « » ns123 as680 hs1 ds99999999 user#42 \' ’ , : ; ('
).split(' ');
const NUMBERS = [
  '0',
  '-1',
  '1e308',
  'NaN',
  'Infinity',
  '3.5',
  '3,5',
  '99999999999999999999',
  '2020',
  "'98",
  '0.0001',
  '5.0000001',
  '1800',
  '2999',
];
const HOSTILE = [
  "'; DROP TABLE titles; --",
  '" OR 1=1 --',
  'SELECT * FROM ratings',
  '%s%s%s%n',
  ['$', '{process.exit()}'].join(''),
  '<script>alert(1)</script>',
  '\u0000\u0001\u0002\u001b[31m',
  '../../etc/passwd',
  '\\x00\\u202e',
  '🍿'.repeat(500),
];

function randomCodePoints(length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    const [low, high] = pick(CODE_POINT_RANGES);
    text += String.fromCodePoint(low + int(high - low + 1));
  }
  return text;
}

function wordSalad(words: number): string {
  return Array.from({ length: words }, () => (rand() < 0.2 ? pick(NUMBERS) : pick(VOCABULARY))).join(
    rand() < 0.8 ? ' ' : '',
  );
}

function message(i: number): string {
  switch (i % 6) {
    case 0:
      return randomCodePoints(1 + int(80));
    case 1:
      return wordSalad(1 + int(14));
    case 2:
      return `${wordSalad(int(6))} ${pick(HOSTILE)} ${wordSalad(int(6))}`;
    case 3:
      return `${wordSalad(3)} `.repeat(10_240 / 20).slice(0, 10_240);
    case 4:
      return Array.from({ length: 1 + int(40) }, () => String.fromCharCode(int(32))).join(
        pick(['', 'a', ' ', 'ñ']),
      );
    default:
      return `${pick(['and', 'what about', '¿y', 'same for', 'en', ''])} ${wordSalad(1 + int(4))}`;
  }
}

function slashInput(): BotInput {
  const definition = pick(COMMANDS);
  const options: Record<string, string | number | boolean | null> = {};
  for (const option of definition.options) {
    if (rand() < 0.3) continue;
    options[option.name] = pick<string | number | boolean | null>([
      pick(NUMBERS),
      Number(pick(NUMBERS)),
      wordSalad(2),
      pick(HOSTILE),
      true,
      null,
      -7,
      2.5,
    ]);
  }
  return {
    command: commandFromOptions(definition.name, options as SlashOptions),
    conversationId: `s${int(20)}`,
    userId: 'fuzz',
  };
}

const { demo } = inject('stores');
const { core, live } = coreOn(demo);
afterAll(() => live.close());

describe('fuzzing the core', () => {
  it(`survives ${MESSAGES.toLocaleString('en-US')} random and hostile messages`, () => {
    const failures: string[] = [];
    const internal = new Set([
      internalError({ locale: 'en' }).headline,
      internalError({ locale: 'es' }).headline,
    ]);
    for (let i = 0; i < MESSAGES; i++) {
      const input: BotInput =
        i % 10 === 9 ? slashInput() : { text: message(i), conversationId: `c${int(50)}`, userId: 'fuzz' };
      const reply = core.ask(input);
      const text = renderText(reply.answer);
      if (internal.has(reply.answer.headline))
        failures.push(`internal error for ${JSON.stringify(input).slice(0, 200)}`);
      if (text.length >= DISCORD_LIMIT)
        failures.push(`${text.length} chars for ${JSON.stringify(input).slice(0, 200)}`);
      expect(() => renderJson(reply)).not.toThrow();
      if (i % 7 === 0) core.completeTitles(message(i).slice(0, 50));
    }
    expect(failures).toEqual([]);
  });
});
