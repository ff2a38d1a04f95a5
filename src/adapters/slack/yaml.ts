/**
 * Just enough YAML to write a Slack app manifest: block mappings and sequences of strings, numbers
 * and booleans. Strings are written double-quoted in JSON's escaping, which YAML reads the same way.
 */
export type YamlValue =
  | string
  | number
  | boolean
  | readonly YamlValue[]
  | { readonly [key: string]: YamlValue };

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function toYaml(value: YamlValue): string {
  return `${lines(value, 0).join('\n')}\n`;
}

function lines(value: YamlValue, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}[]`];
    return value.flatMap((item: YamlValue) => {
      if (isScalar(item)) return [`${pad}- ${scalar(item)}`];
      const [first = '', ...rest] = lines(item, indent + 2);
      return [`${pad}- ${first.trimStart()}`, ...rest];
    });
  }
  if (isScalar(value)) return [`${pad}${scalar(value)}`];
  const entries = Object.entries(value as Record<string, YamlValue>);
  if (entries.length === 0) return [`${pad}{}`];
  return entries.flatMap(([key, item]) => {
    const name = PLAIN_KEY.test(key) ? key : JSON.stringify(key);
    if (isScalar(item)) return [`${pad}${name}: ${scalar(item)}`];
    if (isEmpty(item)) return [`${pad}${name}: ${Array.isArray(item) ? '[]' : '{}'}`];
    return [`${pad}${name}:`, ...lines(item, indent + 2)];
  });
}

function isScalar(value: YamlValue): value is string | number | boolean {
  return typeof value !== 'object';
}

function isEmpty(value: YamlValue): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0;
}

function scalar(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
