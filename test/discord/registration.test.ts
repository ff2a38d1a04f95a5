/** The registration JSON is derived from commands/ and fits what Discord accepts. */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import type { OptionDefinition } from '../../commands/types.ts';
import { discordCommands } from '../../src/adapters/discord/registration.ts';

/** Discord's application command option types (documented constants). */
const DISCORD_TYPE = { string: 3, integer: 4, number: 10 } as const;
const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

const registered = discordCommands();

describe('Discord registration derived from commands/', () => {
  it('registers every command once, in order, as a chat-input command', () => {
    expect(registered.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    for (const command of registered) expect(command.type).toBe(1);
  });

  it.each(COMMANDS.map((d) => [d.name, d] as const))('/%s carries its definition', (_name, definition) => {
    const command = registered.find((c) => c.name === definition.name)!;
    expect(command.description).toBe(definition.description.en);
    expect(command.description_localizations?.['es-ES']).toBe(definition.description.es);
    expect(command.default_member_permissions ?? null).toBe(definition.adminOnly ? '8' : null);
    const options = command.options ?? [];
    expect(options.map((o) => o.name).sort()).toEqual(definition.options.map((o) => o.name).sort());
    for (const option of definition.options) {
      expect(options.find((o) => o.name === option.name)).toEqual(expectedOption(option));
    }
  });

  it('puts required options before optional ones, as Discord demands', () => {
    for (const command of registered) {
      const required = (command.options ?? []).map((o) => ('required' in o ? Boolean(o.required) : false));
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
  });

  it("stays within Discord's limits for names, descriptions, options and choices", () => {
    expect(registered.length).toBeLessThanOrEqual(100);
    for (const command of registered) {
      expect(command.name).toMatch(NAME);
      for (const text of [command.description, ...Object.values(command.description_localizations ?? {})]) {
        expect(text?.length).toBeGreaterThan(0);
        expect(text?.length).toBeLessThanOrEqual(100);
      }
      expect((command.options ?? []).length).toBeLessThanOrEqual(25);
      for (const option of command.options ?? []) {
        expect(option.name).toMatch(NAME);
        expect(option.description.length).toBeLessThanOrEqual(100);
        const choices = 'choices' in option ? (option.choices ?? []) : [];
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
        if ('autocomplete' in option && option.autocomplete) expect(choices).toEqual([]);
      }
    }
  });
});

/** What Discord should receive for one neutral option, spelled out from the definition. */
function expectedOption(option: OptionDefinition): Record<string, unknown> {
  const spanish = (es: string) => expect.objectContaining({ 'es-ES': es });
  const expected: Record<string, unknown> = {
    type: DISCORD_TYPE[option.type],
    name: option.name,
    description: option.description.en,
    description_localizations: spanish(option.description.es),
    required: option.required,
  };
  if (option.min !== undefined) expected.min_value = option.min;
  if (option.max !== undefined) expected.max_value = option.max;
  if (option.maxLength !== undefined) expected.max_length = option.maxLength;
  if (option.autocomplete) expected.autocomplete = true;
  if (option.choices) {
    expected.choices = option.choices.map((c) => ({
      name: c.label.en,
      name_localizations: spanish(c.label.es),
      value: c.value,
    }));
  }
  return expected;
}
