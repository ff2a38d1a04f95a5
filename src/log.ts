/** Structured logging (pino, JSON lines on stderr so stdout stays free for answers and --json output). */
import pino from 'pino';

/**
 * Where the lines go: stderr, unless a test run installed a sink under this symbol before the logger was
 * made (test/setup/each-file.ts holds each test's lines back and shows them only when the test fails).
 * A global, not an environment variable, so nothing leaks into the processes the tests spawn.
 */
const TEST_SINK = Symbol.for('streambot.test-log-sink');
const testSink = (globalThis as { [TEST_SINK]?: pino.DestinationStream })[TEST_SINK];

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
  testSink ?? pino.destination(2),
);

export type Logger = typeof logger;
