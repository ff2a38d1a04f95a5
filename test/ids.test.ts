import { describe, expect, it } from 'vitest';
import { timeOrderedId } from '../src/ids.ts';

describe('timeOrderedId', () => {
  it('is a version 7 UUID that sorts by its millisecond, unique within one', () => {
    const ids = Array.from({ length: 1000 }, () => timeOrderedId(1_800_000_000_000));
    for (const id of ids) expect(id).toMatch(/^01a3185c-5000-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(1000);
    expect(timeOrderedId(1_800_000_000_001) > ids.toSorted().at(-1)!).toBe(true);
  });
});
