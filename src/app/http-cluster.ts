/**
 * `streambot start http` with STREAMBOT_HTTP_WORKERS above 1: this process makes sure the store exists
 * (building it once, before any worker opens it), then runs that many workers serving the same port
 * (node:cluster hands each new connection to the next). Their state is the configured shared one, so a
 * conversation goes on whichever worker answers; the rate limit and the metrics are kept here
 * (cluster-ipc.ts). A worker that dies is replaced; one that dies before it listens (a port taken, a
 * store that cannot be read) stops the server with an error instead of being restarted forever.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config.ts';
import { logger } from '../log.ts';
import { answerWorkers } from './cluster-ipc.ts';
import { ensureStore, type SetupHooks } from './setup.ts';
import { untilStopped } from './until-stopped.ts';

/** Workers that keep dying (a request that crashes them, say) stop the server rather than restart forever. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

export async function runHttpCluster(config: Config, workers: number, hooks: SetupHooks): Promise<void> {
  const log = logger.child({ mode: 'http', role: 'primary' });
  await ensureStore(config, hooks);
  answerWorkers();
  const listening = new WeakSet<Worker>();
  let stopping = false;
  let failed: Error | undefined;
  const fork = () => cluster.fork();
  const restarts: number[] = [];

  const allExited = new Promise<void>((resolve) => {
    cluster.on('listening', (worker, address) => {
      listening.add(worker);
      log.info({ worker: worker.id, pid: worker.process.pid, port: address.port }, 'http worker listening');
    });
    cluster.on('exit', (worker, code, signal) => {
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0]! > RESTART_WINDOW_MS) restarts.shift();
      if (!stopping && listening.has(worker) && restarts.length < MAX_RESTARTS) {
        restarts.push(now);
        log.warn({ worker: worker.id, code, signal }, 'an http worker died; starting another');
        fork();
        return;
      }
      if (!stopping) {
        failed = listening.has(worker)
          ? new Error(`http workers died ${MAX_RESTARTS + 1} times within a minute; stopping`)
          : new Error(`an http worker exited (${signal ?? `code ${code}`}) before it could listen`);
        stopAll();
      }
      if (Object.keys(cluster.workers ?? {}).length === 0) resolve();
    });
  });
  const stopAll = () => {
    stopping = true;
    // The signal itself (not cluster's kill, which first waits for the worker to disconnect): each
    // worker stops as a single server does, then exits.
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  for (let i = 0; i < workers; i++) fork();
  log.info({ workers }, 'streambot is serving HTTP with workers');
  await Promise.race([untilStopped(async () => stopAll()), allExited]);
  await allExited;
  if (failed) throw failed;
}
