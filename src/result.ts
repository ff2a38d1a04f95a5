/**
 * What the catalog and recommender functions return: a value, or a typed error a person can act on.
 * Each module names its own error codes.
 */

export interface DomainError<Code extends string> {
  code: Code;
  /** One sentence saying what is wrong and how to fix it. */
  message: string;
  /** Values to try instead (nearest first). */
  suggestions?: string[];
}

export type Result<T, Code extends string> = { ok: true; value: T } | { ok: false; error: DomainError<Code> };

export function success<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function failure<Code extends string>(
  code: Code,
  message: string,
  suggestions?: string[],
): { ok: false; error: DomainError<Code> } {
  return { ok: false, error: suggestions?.length ? { code, message, suggestions } : { code, message } };
}
