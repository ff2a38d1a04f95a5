/** The current value of one series of the process's metrics (0 when it has none yet), for tests. */
import { metrics } from '../../src/metrics.ts';

export async function metricValue(name: string, labels: Record<string, string>): Promise<number> {
  const wanted = Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .join(',');
  for (const line of (await metrics.text()).split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const match = /^\w+\{(.*)\} (\S+)$/.exec(line);
    if (match?.[1] === wanted) return Number(match[2]);
  }
  return 0;
}
