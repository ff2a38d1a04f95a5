/**
 * Discord's registration JSON for the slash commands, derived from the neutral definitions in
 * commands/ (names, descriptions, Spanish localisations, option types, ranges, choices, autocomplete).
 */
import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOptionChoice,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type LocalizationMap,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMANDS } from '../../../commands/index.ts';
import type {
  Localised,
  OptionChoice,
  OptionDefinition,
  SlashCommandDefinition,
} from '../../../commands/types.ts';

/** Discord clients whose language gets the Spanish text (Spain and Latin America). */
const SPANISH_LOCALES = ['es-ES', 'es-419'] as const;

/** The body of the bulk overwrite (`PUT /applications/{app}/commands`): every command in commands/. */
export function discordCommands(
  definitions: readonly SlashCommandDefinition[] = COMMANDS,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return definitions.map(discordCommand);
}

function discordCommand(definition: SlashCommandDefinition): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: definition.name,
    description: definition.description.en,
    description_localizations: spanish(definition.description),
    // Discord rejects a command whose required options do not come first.
    options: [...definition.options]
      .sort((a, b) => Number(b.required) - Number(a.required))
      .map(discordOption),
    ...(definition.adminOnly
      ? { default_member_permissions: PermissionFlagsBits.Administrator.toString() }
      : {}),
  };
}

function discordOption(option: OptionDefinition): APIApplicationCommandBasicOption {
  const common = {
    name: option.name,
    description: option.description.en,
    description_localizations: spanish(option.description),
    required: option.required,
  };
  if (option.type === 'string') {
    return {
      ...common,
      type: ApplicationCommandOptionType.String,
      ...(option.maxLength === undefined ? {} : { max_length: option.maxLength }),
      ...(option.autocomplete ? { autocomplete: true } : withChoices(option.choices)),
    };
  }
  const numeric = {
    ...common,
    ...(option.min === undefined ? {} : { min_value: option.min }),
    ...(option.max === undefined ? {} : { max_value: option.max }),
  };
  return option.type === 'integer'
    ? { ...numeric, type: ApplicationCommandOptionType.Integer }
    : { ...numeric, type: ApplicationCommandOptionType.Number };
}

function withChoices(choices: readonly OptionChoice[] | undefined): {
  choices?: APIApplicationCommandOptionChoice<string>[];
} {
  if (!choices) return {};
  return {
    choices: choices.map((choice) => ({
      name: choice.label.en,
      name_localizations: spanish(choice.label),
      value: choice.value,
    })),
  };
}

function spanish(text: Localised): LocalizationMap {
  return Object.fromEntries(SPANISH_LOCALES.map((locale) => [locale, text.es]));
}
