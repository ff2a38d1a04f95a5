/** Signs a request body the way Slack does (https://docs.slack.dev/authentication/verifying-requests-from-slack). */
import { createHmac } from 'node:crypto';

export type SignedHeaders = Record<'x-slack-request-timestamp' | 'x-slack-signature', string>;

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export function signedHeaders(secret: string, rawBody: string, timestamp = nowSeconds()): SignedHeaders {
  return {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, rawBody),
  };
}
