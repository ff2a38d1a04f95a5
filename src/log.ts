/** Structured logging (pino, JSON lines on stderr so stdout stays free for answers and --json output). */
import pino from 'pino';

export const logger = pino(
  {
    level: process.env.STREAMBOT_LOG_LEVEL ?? 'info',
    base: { app: 'streambot' },
    redact: {
      paths: [
        'token',
        '*.token',
        'botToken',
        '*.botToken',
        'appToken',
        '*.appToken',
        'signingSecret',
        '*.signingSecret',
        'authorization',
        '*.authorization',
      ],
      censor: '[redacted]',
    },
  },
  pino.destination(2),
);

export type Logger = typeof logger;
