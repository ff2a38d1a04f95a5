/** Who may run admin commands: the one admin check the core and the refresh service both use. */
import type { Requester } from './refresh.ts';

/** The command line is run by whoever runs the store's host; chat users must be listed in STREAMBOT_ADMINS. */
export function isAdmin(admins: readonly string[], requester: Pick<Requester, 'userId' | 'via'>): boolean {
  return requester.via === 'cli' || admins.includes(requester.userId);
}
