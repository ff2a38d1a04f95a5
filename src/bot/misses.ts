/**
 * Questions the bot did not answer (not understood, a clarifying choice, a value asked for and never
 * given), kept in the state service for 30 days so the next round of work on understanding starts from
 * real traffic. Only the words are kept, normalised and with personal data masked; never who asked.
 */
import { timeOrderedId } from '../ids.ts';
import type { Logger } from '../log.ts';
import type { MissOutcome, StateStore } from '../state/state.ts';

const MISS_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const MISS_OUTCOMES = new Set<string>(['not_understood', 'clarify', 'prompt']);
const MAX_KEPT_CHARS = 300;

/**
 * The question as kept: chat mentions (Slack `<@U…>`, `<#C…|name>`, `<!subteam^…>`, Discord `<@…>`,
 * `<@&…>`, `<#…>`), emails, links and numbers that look like personal data masked; lower case, one space
 * between words. Years and small numbers ("user 42", "2019", "1990-1999") stay: they are the question.
 */
export function maskQuestion(text: string): string {
  return text
    .replace(/<(?:[@#][!&]?[A-Z0-9]+(?:\|[^>]*)?|![^>]*)>/gi, '@someone')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '<email>')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, '<link>')
    .replace(/\+?\d+(?:[\s().-]\d+)*/g, maskDigits)
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .slice(0, MAX_KEPT_CHARS);
}

/**
 * A run of digit groups ("555-123-4567", "06 12 34 56 78", "1234567", "3.5", "1990 2000"): masked when a
 * group has five digits or more, or the groups together seven or more, unless they are all years.
 */
function maskDigits(run: string): string {
  const groups = run.match(/\d+/g) ?? [];
  if (groups.some((group) => group.length >= 5)) return '<number>';
  if (groups.every((group) => /^(?:19|20)\d\d$/.test(group))) return run;
  return groups.join('').length >= 7 ? '<number>' : run;
}

export class MissKeeper {
  constructor(
    private readonly state: Pick<StateStore, 'keepMiss' | 'forgetMiss'>,
    private readonly log: Logger,
  ) {}

  /**
   * Keeps `text` when the question ended unanswered. Returns the id of a prompt's miss, which the caller
   * forgets (`forget`) when the person then gives what was asked for.
   */
  keep(text: string, lang: string, adapter: string, outcome: string): string | undefined {
    if (!MISS_OUTCOMES.has(outcome)) return undefined;
    const miss = {
      id: timeOrderedId(),
      text: maskQuestion(text),
      lang,
      adapter,
      outcome: outcome as MissOutcome,
      at: Date.now(),
    };
    this.state
      .keepMiss(miss, MISS_TTL_MS)
      .catch((error: unknown) =>
        this.log.warn({ err: (error as Error).message }, 'a missed question was not kept'),
      );
    return outcome === 'prompt' ? miss.id : undefined;
  }

  forget(id: string): void {
    this.state
      .forgetMiss(id)
      .catch((error: unknown) =>
        this.log.warn({ err: (error as Error).message }, 'a kept question was not dropped'),
      );
  }
}
