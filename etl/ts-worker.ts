/**
 * Starting a worker thread on a TypeScript module. Workers do not inherit the tsx loader that the main
 * thread may have registered through its API (bin/streambot.js), so each worker registers it first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The ESM build of `tsx/esm/api`, located through tsx's package.json: import.meta.resolve is missing
 * under vitest's module runner, and require.resolve would give the CommonJS build.
 */
function tsxApiUrl(): string {
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(join(dirname(manifestPath), manifest.exports['./esm/api']!.import.default)).href;
}

const TSX_API = tsxApiUrl();

export function startTsWorker(module: URL, workerData: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
