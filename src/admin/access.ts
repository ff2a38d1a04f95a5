/** Who may run admin commands: the one admin check the core and the refresh service both use. */
import type { Requester } from './refresh.ts';

/**
 * Who the HTTP adapter says is asking once a request carried the configured STREAMBOT_API_TOKEN; every
 * other HTTP client is `http:<address>`, so no request can claim it.
 */
export const API_TOKEN_HOLDER = 'http:api-token';

/**
 * The command line is run by whoever runs the store's host, and the API token's holder was let in by
 * the HTTP adapter; chat users must be listed in STREAMBOT_ADMINS.
 */
export function isAdmin(admins: readonly string[], requester: Pick<Requester, 'userId' | 'via'>): boolean {
  if (requester.via === 'cli') return true;
  if (requester.via === 'http') return requester.userId === API_TOKEN_HOLDER;
  return admins.includes(requester.userId);
}
