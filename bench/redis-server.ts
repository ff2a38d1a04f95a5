/**
 * A throwaway `redis-server` for the state benchmark and tests: on a free loopback port, in a temporary
 * directory, keeping nothing on disk. It can be stopped and started again on the same port (an outage).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REDIS_SERVER_INSTALL_HINT = 'install redis-server (apt-get install -y redis-server)';

const COMMAND = process.env.REDIS_SERVER ?? 'redis-server';

export function redisServerInstalled(): boolean {
  return spawnSync(COMMAND, ['--version'], { stdio: 'ignore' }).status === 0;
}

export interface RedisServer {
  port: number;
  url: string;
  /** Stops the server (SIGTERM, waiting for it to exit): clients see their connections close. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty, and resolves once it answers PING. */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

/** One PING over a raw socket: true on +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

export async function startRedisServer(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'streambot-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  // A test or benchmark that dies must not leave its server behind.
  const killOnExit = () => child?.kill('SIGKILL');
  process.on('exit', killOnExit);

  const start = async () => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    const server = spawn(COMMAND, [...args, '--dir', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    child = server;
    let stderr = '';
    server.stderr?.on('data', (data: Buffer) => {
      stderr += data.toString();
    });
    const deadline = Date.now() + 10_000;
    while (!(await ping(port))) {
      const failure =
        server.exitCode !== null
          ? `redis-server exited (${server.exitCode})`
          : Date.now() > deadline && `redis-server did not answer on port ${port}`;
      if (failure) {
        server.kill('SIGKILL');
        child = undefined;
        throw new Error(`${failure}: ${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  const stop = async () => {
    const server = child;
    if (!server) return;
    child = undefined;
    server.kill('SIGTERM');
    const killed = setTimeout(() => server.kill('SIGKILL'), 5000);
    await exited(server);
    clearTimeout(killed);
  };

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    close: async () => {
      await stop();
      process.off('exit', killOnExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
