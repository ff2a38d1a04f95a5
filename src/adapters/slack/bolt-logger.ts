/**
 * Bolt, its Web API client and the Socket Mode client log through this: one structured pino stream
 * (src/log.ts). Their messages are free text and Bolt's debug output includes request bodies, so
 * anything shaped like a Slack token or a `token` field is scrubbed before it is written.
 */
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../log.ts';

const TOKEN_PATTERNS: readonly RegExp[] = [
  /\bxox[a-z]-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
  /("?token"?\s*[:=]\s*"?)[^"&\s,}]+/gi,
];

export function scrubSecrets(text: string): string {
  return TOKEN_PATTERNS.reduce(
    (scrubbed, pattern) =>
      scrubbed.replace(pattern, (match, prefix?: string) => {
        return typeof prefix === 'string' && match.startsWith(prefix) ? `${prefix}[redacted]` : '[redacted]';
      }),
    text,
  );
}

function messageOf(parts: unknown[]): string {
  const text = parts
    .map((part) =>
      part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part),
    )
    .join(' ');
  return scrubSecrets(text);
}

const SLACK_LEVEL: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

export function boltLogger(base: Logger): SlackLogger {
  const log = base.child({ component: 'slack-bolt' });
  return {
    debug: (...parts: unknown[]) => log.debug(messageOf(parts)),
    info: (...parts: unknown[]) => log.info(messageOf(parts)),
    warn: (...parts: unknown[]) => log.warn(messageOf(parts)),
    error: (...parts: unknown[]) => log.error(messageOf(parts)),
    // The level is STREAMBOT_LOG_LEVEL's: the Web API client sets INFO on the logger it is given.
    setLevel: () => {},
    getLevel: () => SLACK_LEVEL[log.level] ?? LogLevel.ERROR,
    // It also renames it; one component name is kept instead.
    setName: () => {},
  };
}
