/**
 * `npm run bench`: every benchmark on the real data (STREAMBOT_RAW_DIR, default ../shared/data/raw), one
 * after the other so they do not compete for the two cores. The ETL benchmark builds its own store; the
 * others share one store built and trained once here. Prints one JSON object holding each result.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchStore } from './support.ts';

const BENCHES = ['etl', 'queries', 'browse', 'recommender', 'bot', 'charts', 'state', 'http'] as const;

function run(name: string, env: NodeJS.ProcessEnv): unknown {
  process.stderr.write(`bench: ${name}…\n`);
  const script = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const output = execFileSync(process.execPath, ['--import', 'tsx', script], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  });
  return JSON.parse(output.trim().split('\n').at(-1)!);
}

const results: Record<string, unknown> = {};
results.etl = run('etl', process.env);
process.stderr.write('bench: building and training the shared store…\n');
const store = await benchStore('all', { withModel: true });
try {
  for (const name of BENCHES.slice(1))
    results[name] = run(name, { ...process.env, STREAMBOT_DB: store.path });
} finally {
  store.cleanUp();
}
process.stdout.write(`${JSON.stringify(results)}\n`);
