/** The few sentences the Discord adapter says itself, and Discord locales mapped to the bot's. */
import type { Locale } from '../../answer.ts';

const TEXT: Record<Locale, { rateLimited(seconds: number): string; onlyAsker: string; stalePage: string }> = {
  en: {
    rateLimited: (seconds) => `You're asking faster than I can answer 🙂 Give me ${seconds} s and ask again.`,
    onlyAsker: 'Only the person who asked can turn these pages. Ask yourself to get a list of your own.',
    stalePage: 'This button no longer works. Ask the question again.',
  },
  es: {
    rateLimited: (seconds) => `Vas más rápido que yo 🙂 Dame ${seconds} s y vuelve a preguntar.`,
    onlyAsker:
      'Solo quien hizo la pregunta puede pasar estas páginas. Pregunta tú y tendrás tu propia lista.',
    stalePage: 'Este botón ya no sirve. Vuelve a hacer la pregunta.',
  },
};

/** `es-ES`, `es-419` → Spanish; every other Discord locale → English. */
export function localeOf(discordLocale: string | null | undefined): Locale {
  return discordLocale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function rateLimitedText(locale: Locale, retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return TEXT[locale].rateLimited(seconds);
}

export function onlyAskerPagesText(locale: Locale): string {
  return TEXT[locale].onlyAsker;
}

export function stalePageText(locale: Locale): string {
  return TEXT[locale].stalePage;
}
