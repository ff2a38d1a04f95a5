/**
 * Ids for what the state service keeps (answers, misses, web conversations): UUID version 7, whose
 * leading 48 bits are the time in milliseconds. Rows written together then sit together in the state's
 * indexes, so a commit writes a page or two rather than one page per row (random UUIDs under load wrote
 * about 17 KB of WAL per question); 74 random bits keep them unguessable.
 */
import { randomUUID } from 'node:crypto';

export function timeOrderedId(now = Date.now()): string {
  const time = now.toString(16).padStart(12, '0');
  // A random (version 4) UUID's random bits and variant, behind the time and version 7; randomUUID
  // draws from a cached pool, where randomBytes allocated a buffer per id.
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15, 18)}-${random.slice(19)}`;
}
