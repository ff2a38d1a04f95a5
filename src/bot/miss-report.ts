/**
 * Kept misses grouped by similarity, most frequent first: phrasings whose words mostly agree (numbers
 * aside) are one group, so "what's the best show ever" and "what is the best show ever?" count together.
 */
import { foldSearchText } from '../search-text.ts';
import type { Miss, MissOutcome } from '../state/state.ts';

export interface MissGroup {
  count: number;
  /** The most frequent phrasing of the group. */
  example: string;
  /** Its other phrasings, most frequent first (at most five). */
  others: string[];
  langs: string[];
  outcomes: Partial<Record<MissOutcome, number>>;
  /** Epoch milliseconds of the group's latest question. */
  lastAt: number;
}

/** Two phrasings whose word sets overlap at least this much (Jaccard) are one group. */
const SAME_QUESTION = 0.6;

function wordsOf(text: string): Set<string> {
  return new Set(
    foldSearchText(text)
      .split(/[^\p{L}\p{N}#]+/u)
      .map((word) => (/^\d+$/.test(word) ? '#' : word))
      .filter((word) => word.length > 1 || word === '#'),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

export function groupMisses(misses: readonly Miss[]): MissGroup[] {
  const groups: { words: Set<string>; misses: Miss[] }[] = [];
  // The same words always join the same group: compare each distinct text with the groups once.
  const groupOfText = new Map<string, { words: Set<string>; misses: Miss[] }>();
  for (const miss of misses) {
    let group = groupOfText.get(miss.text);
    if (!group) {
      const words = wordsOf(miss.text);
      group = groups.find((candidate) => overlap(candidate.words, words) >= SAME_QUESTION);
      if (!group) {
        group = { words, misses: [] };
        groups.push(group);
      }
      groupOfText.set(miss.text, group);
    }
    group.misses.push(miss);
  }
  return groups
    .map(({ misses: members }) => {
      const phrasings = new Map<string, number>();
      const outcomes: Partial<Record<MissOutcome, number>> = {};
      for (const miss of members) {
        phrasings.set(miss.text, (phrasings.get(miss.text) ?? 0) + 1);
        outcomes[miss.outcome] = (outcomes[miss.outcome] ?? 0) + 1;
      }
      const [example, ...others] = [...phrasings].sort((a, b) => b[1] - a[1]).map(([text]) => text);
      return {
        count: members.length,
        example: example!,
        others: others.slice(0, 5),
        langs: [...new Set(members.map((miss) => miss.lang))].sort(),
        outcomes,
        lastAt: members.reduce((latest, miss) => Math.max(latest, miss.at), 0),
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
}

/** The distinct phrasings, one `{"lang", "q"}` line each: the phrasing-set format, ready to be labelled. */
export function missesAsPhrasings(misses: readonly Miss[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const miss of misses) {
    const key = `${miss.lang}\n${miss.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(JSON.stringify({ lang: miss.lang, q: miss.text }));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
