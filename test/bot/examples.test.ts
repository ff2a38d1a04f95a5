/** The example questions prompts and help show are understood as the request they illustrate. */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/answer.ts';
import type { RequestArgs } from '../../src/bot/command.ts';
import { EXAMPLE_COMMANDS, exampleQuestion } from '../../src/bot/examples.ts';
import { parseQuestion } from '../../src/bot/nl/parse.ts';

const ARGS: RequestArgs[] = [
  {},
  { platform: 'hulu', year: 2015, scored: 4.2, user_id: 7, title: 'the crown' },
  { platform: 'disney', type: 'tv show' },
];

describe('example questions', () => {
  for (const locale of ['en', 'es'] as Locale[]) {
    for (const name of EXAMPLE_COMMANDS) {
      it(`${name} (${locale}) reads back as itself`, () => {
        for (const args of ARGS) {
          const question = exampleQuestion(name, args, locale)!;
          const parsed = parseQuestion(question);
          expect(parsed.request.name, question).toBe(name);
          expect(parsed.request.missing, question).toBeUndefined();
          expect(parsed.locale, question).toBe(locale);
          for (const [key, value] of Object.entries(parsed.request.args)) {
            if (key in args) expect(value, `${question}: ${key}`).toBe(args[key as keyof RequestArgs]);
          }
        }
      });
    }
  }
});
