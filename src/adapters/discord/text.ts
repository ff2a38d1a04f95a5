/** The few sentences the Discord adapter says itself, and Discord locales mapped to the bot's. */
import type { Locale } from '../../answer.ts';

/** `es-ES`, `es-419` → Spanish; every other Discord locale → English. */
export function localeOf(discordLocale: string | null | undefined): Locale {
  return discordLocale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function rateLimitedText(locale: Locale, retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return locale === 'es'
    ? `Vas más rápido que yo 🙂 Dame ${seconds} s y vuelve a preguntar.`
    : `You're asking faster than I can answer 🙂 Give me ${seconds} s and ask again.`;
}

export function onlyAskerPagesText(locale: Locale): string {
  return locale === 'es'
    ? 'Solo quien hizo la pregunta puede pasar estas páginas. Pregunta tú y tendrás tu propia lista.'
    : 'Only the person who asked can turn these pages. Ask yourself to get a list of your own.';
}

export function stalePageText(locale: Locale): string {
  return locale === 'es'
    ? 'Este botón ya no sirve. Vuelve a hacer la pregunta.'
    : 'This button no longer works. Ask the question again.';
}
