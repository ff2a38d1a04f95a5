/**
 * What every adapter says when answering failed (never the error itself: no stack traces, no internals).
 * Without a known locale it says it in both languages, so a Spanish speaker is never left with English only.
 */
import type { Locale } from '../answer.ts';

const FAILURE: Record<Locale, string> = {
  en: 'Sorry, something went wrong answering that. Please try again in a moment.',
  es: 'Lo siento, algo falló al responder. Inténtalo de nuevo en un momento.',
};

export function failureText(locale: Locale | undefined): string {
  return locale ? FAILURE[locale] : `${FAILURE.en}\n${FAILURE.es}`;
}
