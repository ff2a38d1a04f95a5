/** Streams one ratings file (plain or gzipped) through a parser, hashing the bytes as they are read. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { EtlInputError } from './errors.ts';
import type { RatingSource } from './sources.ts';

const READ_CHUNK_BYTES = 1 << 20;
/** Errors that mean the file itself cannot be read (missing, forbidden, not gzip, truncated). */
const UNREADABLE_CODES = new Set(['ENOENT', 'EACCES', 'EISDIR', 'Z_DATA_ERROR', 'Z_BUF_ERROR']);

export interface StreamedFile {
  sha256: string;
}

/**
 * Feeds the decompressed bytes of `source` to `consume`, chunk by chunk, waiting when `consume` returns a
 * promise (backpressure). Gunzip runs on libuv's thread pool, overlapping with `consume`.
 */
export async function streamRatingFile(
  source: RatingSource,
  consume: (chunk: Buffer) => void | Promise<void>,
  onFileBytes: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<StreamedFile> {
  const hash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      onFileBytes(chunk.length);
      done(null, chunk);
    },
  });
  const stages: NodeJS.ReadWriteStream[] = [hashing];
  if (source.gzipped) stages.push(createGunzip({ chunkSize: READ_CHUNK_BYTES }));
  // The consumer's own error (a missing column, say) must win over the abort it causes upstream.
  let consumerError: unknown;
  try {
    await pipeline(
      createReadStream(source.path, { highWaterMark: READ_CHUNK_BYTES }),
      ...(stages as [Transform]),
      async (chunks: AsyncIterable<Buffer>) => {
        for await (const chunk of chunks) {
          signal?.throwIfAborted();
          try {
            await consume(chunk);
          } catch (error) {
            consumerError = error;
            throw error;
          }
        }
      },
      { signal },
    );
  } catch (error) {
    if (consumerError !== undefined) throw consumerError;
    if (signal?.aborted) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (UNREADABLE_CODES.has(code)) {
      throw new EtlInputError(`input file ${source.path} is unreadable (${(error as Error).message})`);
    }
    throw error;
  }
  return { sha256: hash.digest('hex') };
}
