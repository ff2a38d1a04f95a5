/**
 * Garbage for the HTTP API, the same in the tests and in `bench:http`: query strings of junk values under
 * real and made-up parameter names, and bodies that are not what the routes take. Seeded, so a failure
 * can be replayed.
 */
import { seededRandom } from '../../src/random.ts';

export interface FuzzedRequest {
  method: 'GET' | 'POST';
  url: string;
  body?: string;
  contentType?: string;
}

const JUNK = [
  '',
  '%',
  '%00',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '9'.repeat(40),
  '-1',
  'NaN',
  '1e309',
  '🍿',
  'ns1',
  'netflix',
  '2020',
  '3.5',
  '../../etc/passwd',
  '[]',
  '{"a":1}',
  'a'.repeat(700),
];

const PATHS = [
  '/get_max_duration',
  '/get_score_count',
  '/get_count_platform',
  '/get_actor',
  '/v1/get_max_duration',
  '/v1/list_titles',
  '/v1/count_titles',
  '/v1/recommend',
  '/v1/recommend_for_user',
  '/v1/similar',
  '/v1/title_info',
  '/v1/chart',
  '/nope',
];

const NAMES = [
  'varanio',
  'varplataforma',
  'vartipo',
  'varpuntaje',
  'year',
  'platform',
  'title',
  'user',
  'kind',
  'limit',
  'sort',
  'format',
  'zzz',
];

export function fuzzedRequests(seed: number): () => FuzzedRequest {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const junk = () => pick(JUNK);
  let count = 0;
  return () => {
    if (count++ % 4 === 3) {
      const body = pick([
        '{',
        'null',
        '[]',
        '{"text": 5}',
        JSON.stringify({ text: junk() }),
        JSON.stringify({ text: junk(), conversation: junk() }),
        JSON.stringify({ pairs: [{ user: junk(), title: junk() }] }),
        JSON.stringify({ pairs: junk() }),
      ]);
      return {
        method: 'POST',
        url: pick(['/v1/ask', '/v1/predict', '/v1/refresh']),
        body,
        contentType: pick(['application/json', 'text/plain', 'application/json; charset=utf-8']),
      };
    }
    const parameters = Array.from(
      { length: 1 + Math.floor(random() * 4) },
      () => `${pick(NAMES)}=${encodeURIComponent(junk())}`,
    );
    return { method: 'GET', url: `${pick(PATHS)}?${parameters.join('&')}` };
  };
}
