/** Finding columns by header name (case and surrounding spaces ignored), failing on a missing one. */
import { EtlInputError } from './errors.ts';

function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/**
 * Maps each wanted column to its position in `header`. A missing required column fails the run;
 * a missing optional one maps to -1.
 */
export function locateColumns<Name extends string>(
  file: string,
  header: readonly string[],
  required: readonly Name[],
  optional: readonly Name[] = [],
): Record<Name, number> {
  const positions = new Map(header.map((name, index) => [normaliseHeader(name), index] as const));
  const missing = required.filter((name) => !positions.has(normaliseHeader(name)));
  if (missing.length > 0) {
    throw new EtlInputError(
      `${file} lacks required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    );
  }
  const located = {} as Record<Name, number>;
  for (const name of [...required, ...optional]) located[name] = positions.get(normaliseHeader(name)) ?? -1;
  return located;
}
