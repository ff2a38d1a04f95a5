/** Platform names as people write them, resolved to the canonical `Platform`. */
import { PLATFORMS, type Platform } from '../domain.ts';

const ALIASES: Record<Platform, readonly string[]> = {
  amazon: [
    'amazon',
    'amazon prime',
    'amazon prime video',
    'prime video',
    'prime',
    'amazon video',
    'primevideo',
    'amazonprime',
    'amz',
    'amzn',
  ],
  disney: ['disney', 'disney+', 'disney plus', 'disneyplus', 'disney +', 'd+', 'dplus'],
  hulu: ['hulu'],
  netflix: ['netflix', 'nflx', 'nf'],
};

const BY_ALIAS = new Map<string, Platform>(
  PLATFORMS.flatMap((platform) => ALIASES[platform].map((alias) => [alias, platform] as const)),
);

/** Every accepted spelling, for parsers that scan text. Longest first so "amazon prime" wins over "amazon". */
export const PLATFORM_ALIASES: readonly { alias: string; platform: Platform }[] = [...BY_ALIAS]
  .map(([alias, platform]) => ({ alias, platform }))
  .sort((a, b) => b.alias.length - a.alias.length);

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

export type PlatformLookup = { ok: true; platform: Platform } | { ok: false; suggestion?: Platform };

/** True when `name` is a platform or one of its aliases, exactly (no typo search). */
export function isPlatformName(name: string): boolean {
  return BY_ALIAS.has(normalise(name));
}

/** Resolves a platform name or alias; on failure suggests the nearest platform when one is close. */
export function lookupPlatform(name: string): PlatformLookup {
  const key = normalise(name);
  const platform = BY_ALIAS.get(key);
  if (platform) return { ok: true, platform };
  let best: { platform: Platform; distance: number } | undefined;
  for (const { alias, platform: candidate } of PLATFORM_ALIASES) {
    const distance = editDistance(key, alias);
    if (!best || distance < best.distance) best = { platform: candidate, distance };
  }
  const closeEnough = best && best.distance <= Math.max(1, Math.floor(key.length / 3));
  return { ok: false, suggestion: closeEnough ? best!.platform : undefined };
}

/** The message for a name that is not a platform, listing the valid ones. */
export function unknownPlatformMessage(name: string, suggestion?: Platform): string {
  const hint = suggestion ? ` Did you mean ${suggestion}?` : '';
  return `Unknown platform "${name}".${hint} Platforms: ${PLATFORMS.join(', ')}.`;
}

/** Levenshtein distance, bounded work for the short strings it is used on. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > 64 || b.length > 64) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
