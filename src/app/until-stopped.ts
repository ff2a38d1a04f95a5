import { logger } from '../log.ts';

/** Resolves after SIGINT or SIGTERM, once `stop` has run. */
export function untilStopped(stop: () => Promise<void>): Promise<void> {
  return new Promise((resolveStopped) => {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'stopping');
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      stop().finally(() => resolveStopped());
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
