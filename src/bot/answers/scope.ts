/** How answers name the slice of the catalog a question is about. */

import type { Locale } from '../../answer.ts';
import type { Platform } from '../../domain.ts';
import { platformLabel } from '../format.ts';

export interface Scope {
  platform?: Platform | null;
  year?: number | null;
}

/** " on Netflix released in 2020" / " de Netflix de 2020"; "" for no filter. */
export function scopePhrase(scope: Scope, locale: Locale): string {
  const parts: string[] = [];
  if (locale === 'es') {
    if (scope.platform) parts.push(` de ${platformLabel(scope.platform)}`);
    if (scope.year) parts.push(` de ${scope.year}`);
  } else {
    if (scope.platform) parts.push(` on ${platformLabel(scope.platform)}`);
    if (scope.year) parts.push(` released in ${scope.year}`);
  }
  return parts.join('');
}
