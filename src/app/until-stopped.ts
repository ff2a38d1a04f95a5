import { logger } from '../log.ts';

/**
 * Resolves after SIGINT or SIGTERM, once `stop` has run. A second signal kills the process, as a second
 * Ctrl-C should, unless `ignoreRepeats` (a clustered server's worker, which gets its process group's
 * signal and then its primary's, and must finish stopping).
 */
export function untilStopped(
  stop: () => Promise<void>,
  options: { ignoreRepeats?: boolean } = {},
): Promise<void> {
  return new Promise((resolveStopped) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping');
      if (!options.ignoreRepeats) {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      stop().finally(() => resolveStopped());
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
