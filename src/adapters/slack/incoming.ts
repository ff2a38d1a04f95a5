/** What the adapter reads out of a Slack message: the question as typed, and whose conversation it is. */

/**
 * Slack text → the question as the person typed it: mentions of the bot and other users dropped,
 * links and channel references reduced to their label, the three HTML entities Slack always
 * escapes decoded, whitespace collapsed.
 */
export function questionFromSlackText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<[@!][^>]*>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<([^>|]+)\|([^>]*)>/g, '$2')
    .replace(/<([^>]*)>/g, '$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ConversationPlace {
  teamId: string | undefined;
  channelId: string;
  /** The thread the exchange lives in; none for a slash command or a top-level DM. */
  threadTs?: string;
  userId: string;
}

/**
 * Follow-ups ("and on hulu?") are remembered per channel thread and user: two people in one thread,
 * or one person in two threads, keep separate conversations.
 */
export function conversationIdOf(place: ConversationPlace): string {
  return ['slack', place.teamId ?? '-', place.channelId, place.threadTs ?? 'main', place.userId].join(':');
}

/** Direct-message channel ids start with D. */
export function isDirectMessageChannel(channelId: string): boolean {
  return channelId.startsWith('D');
}
