/**
 * Telling "Redis cannot be reached right now" (fall back to memory, try again later) from "Redis
 * answered that this command is wrong" (a bug: the caller should see it).
 */

/** Node socket errors of a lost or refused connection. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** ioredis's own errors when no connection is ready, the connection dropped or a reply never came. */
const CLIENT_MESSAGES = [
  "Stream isn't writeable",
  'Connection is closed',
  'Command timed out',
  'Reached the max retries per request limit',
];

/** Replies of a server that is up but cannot serve yet (restarting, loading its data, a replica cut off). */
const UNREADY_REPLIES = ['LOADING', 'MASTERDOWN', 'TRYAGAIN', 'CLUSTERDOWN', 'READONLY'];

export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as NodeJS.ErrnoException;
  if (code && CONNECTION_CODES.has(code)) return true;
  if (error.name === 'MaxRetriesPerRequestError') return true;
  if (CLIENT_MESSAGES.some((message) => error.message.startsWith(message))) return true;
  return error.name === 'ReplyError' && UNREADY_REPLIES.some((reply) => error.message.startsWith(reply));
}
