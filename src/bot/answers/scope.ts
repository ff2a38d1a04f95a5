/** How answers name the slice of the catalog a question is about. */

import type { Locale } from '../../answer.ts';
import type { Platform } from '../../domain.ts';
import { platformLabel } from '../format.ts';

const TEXT: Record<Locale, { platform(label: string): string; year(year: number): string }> = {
  en: { platform: (label) => ` on ${label}`, year: (year) => ` released in ${year}` },
  es: { platform: (label) => ` de ${label}`, year: (year) => ` de ${year}` },
};

export interface Scope {
  platform?: Platform | null;
  year?: number | null;
}

/** " on Netflix released in 2020" / " de Netflix de 2020"; "" for no filter. */
export function scopePhrase(scope: Scope, locale: Locale): string {
  const text = TEXT[locale];
  const parts: string[] = [];
  if (scope.platform) parts.push(text.platform(platformLabel(scope.platform)));
  if (scope.year) parts.push(text.year(scope.year));
  return parts.join('');
}
