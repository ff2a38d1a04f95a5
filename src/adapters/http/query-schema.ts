/**
 * JSON Schemas of the HTTP API's query strings, generated from the option definitions in `commands/`:
 * the same names, types, ranges and choices the slash commands declare. Fastify validates requests
 * with them and `@fastify/swagger` documents them.
 */
import type { OptionDefinition, SlashCommandDefinition } from '../../../commands/types.ts';
import { PLATFORMS } from '../../domain.ts';

export type JsonSchema = Record<string, unknown>;

/** Parameters every `/v1` command route takes besides its options. */
export const LANG_PARAMETER: JsonSchema = {
  type: 'string',
  enum: ['en', 'es'],
  description: 'Language of the answer (default: Accept-Language, else English)',
};

export function optionSchema(option: OptionDefinition): JsonSchema {
  const schema: JsonSchema = { description: option.description.en };
  if (option.type === 'string') {
    schema.type = 'string';
    schema.minLength = 1;
    if (option.maxLength !== undefined) schema.maxLength = option.maxLength;
    // Platforms are not closed here: the core reads aliases ("prime video", "d+") and names the
    // nearest platform when one is misspelt, which a schema's enum error cannot.
    if (option.arg === 'platform') schema.description = `${option.description.en}: ${PLATFORMS.join(', ')}`;
    else if (option.choices) schema.enum = option.choices.map((choice) => choice.value);
  } else {
    schema.type = option.type;
    if (option.min !== undefined) schema.minimum = option.min;
    if (option.max !== undefined) schema.maximum = option.max;
  }
  return schema;
}

/** The query string of a command's route; `examples` fill the OpenAPI examples. */
export function commandQuerySchema(
  definition: SlashCommandDefinition,
  extra: Record<string, JsonSchema>,
  examples: Record<string, string | number> = {},
): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const option of definition.options) {
    const schema = optionSchema(option);
    const example = examples[option.name];
    properties[option.name] = example === undefined ? schema : { ...schema, examples: [example] };
  }
  return {
    type: 'object',
    properties: { ...properties, ...extra },
    required: definition.options.filter((option) => option.required).map((option) => option.name),
    additionalProperties: false,
  };
}

/**
 * The option values of a slash example ("/longest platform:netflix year:2020" → {platform: 'netflix',
 * year: 2020}); a value runs to the next `name:` (titles have spaces).
 */
export function slashExampleValues(
  definition: SlashCommandDefinition,
  example: string,
): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  const body = example.replace(/^\/\S+\s*/, '');
  for (const match of body.matchAll(/(\w+):(.*?)(?=\s+\w+:|$)/g)) {
    const option = definition.options.find((o) => o.name === match[1]);
    if (!option || match[2] === undefined) continue;
    const text = match[2].trim();
    values[option.name] = option.type === 'string' ? text : Number(text);
  }
  return values;
}
