/** Streams one ratings file (plain or gzipped) through a parser, hashing the bytes as they are read. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { EtlInputError } from './errors.ts';
import type { RatingSource } from './sources.ts';

const READ_CHUNK_BYTES = 1 << 20;

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
  try {
    await pipeline(
      createReadStream(source.path, { highWaterMark: READ_CHUNK_BYTES }),
      ...(stages as [Transform]),
      async (chunks: AsyncIterable<Buffer>) => {
        for await (const chunk of chunks) {
          signal?.throwIfAborted();
          await consume(chunk);
        }
      },
      { signal },
    );
  } catch (error) {
    if (signal?.aborted || error instanceof EtlInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (
      code === 'Z_DATA_ERROR' ||
      code === 'Z_BUF_ERROR' ||
      code === 'ENOENT' ||
      code === 'EACCES' ||
      code === 'EISDIR'
    ) {
      throw new EtlInputError(`input file ${source.path} is unreadable (${(error as Error).message})`);
    }
    throw error;
  }
  return { sha256: hash.digest('hex') };
}
