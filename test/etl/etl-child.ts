/**
 * Runs the ETL in a child process for the kill test: once the ratings load has begun it says `loading`
 * on stdout and then blocks, so the parent can SIGKILL it in the middle of the load.
 *
 *   node --import tsx test/etl/etl-child.ts RAW_DIR DB_PATH
 */
import { writeSync } from 'node:fs';
import { runEtl } from '../../etl/index.ts';

const [rawDir, dbPath] = process.argv.slice(2);
let announced = false;
await runEtl({
  rawDir: rawDir!,
  dbPath: dbPath!,
  onProgress({ phase, rows }) {
    if (announced || phase !== 'ratings' || rows === 0) return;
    announced = true;
    writeSync(1, 'loading\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  },
});
