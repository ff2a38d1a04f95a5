import { describe, expect, it } from 'vitest';
import { EtlInputError } from '../../etl/errors.ts';
import { type RatingBatch, RatingParser } from '../../etl/ratings-parser.ts';
import type { Reject } from '../../etl/rejects.ts';
import { TitleLookup } from '../../etl/title-lookup.ts';
import type { TitleId } from '../../src/domain.ts';

const TITLES = ['as1', 'as680', 'ds1', 'hs2', 'ns10', 'ns007'] as TitleId[];
const lookup = new TitleLookup(TITLES);

interface Row {
  user: number;
  title: string;
  rating: number;
  day: number;
}

/** Feeds `text` to a parser in chunks of `chunkSize` bytes; returns the rows and rejects. */
function parse(text: string | Buffer, chunkSize = Number.POSITIVE_INFINITY, batchSize = 4) {
  const rows: Row[] = [];
  const rejects: Reject[] = [];
  const batches: RatingBatch[] = [];
  const parser = new RatingParser({
    file: 'ratings/t.csv',
    lookup,
    batchSize,
    onBatch(batch) {
      batches.push(batch);
      for (let i = 0; i < batch.size; i++) {
        rows.push({
          user: batch.userIds[i]!,
          title: TITLES[batch.titleIndexes[i]!]!,
          rating: batch.halves[i]! / 2,
          day: batch.days[i]!,
        });
      }
    },
    onReject: (reject) => rejects.push(reject),
  });
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  for (let at = 0; at < bytes.length; at += Math.min(chunkSize, bytes.length)) {
    parser.push(bytes.subarray(at, Math.min(bytes.length, at + chunkSize)));
  }
  parser.end();
  return { rows, rejects, batches, parsedRows: parser.rows };
}

const reasons = (rejects: Reject[]) => rejects.map(({ line, kind, message }) => ({ line, kind, message }));

describe('RatingParser', () => {
  it('reads userId,rating,movieId rows', () => {
    const { rows, rejects } = parse('userId,rating,movieId\n1,1.0,as680\n1,4.5,ns10\n2,5,ds1\n');
    expect(rejects).toEqual([]);
    expect(rows).toEqual([
      { user: 1, title: 'as680', rating: 1, day: -1 },
      { user: 1, title: 'ns10', rating: 4.5, day: -1 },
      { user: 2, title: 'ds1', rating: 5, day: -1 },
    ]);
  });

  it('finds columns by header name, with timestamp as days since 1970 (UTC)', () => {
    const { rows, batches } = parse(
      'movieId,timestamp,userId,rating\nhs2,1609459200,7,3.5\nas1,86399,8,0.5\n',
    );
    expect(rows).toEqual([
      { user: 7, title: 'hs2', rating: 3.5, day: 18_628 },
      { user: 8, title: 'as1', rating: 0.5, day: 0 },
    ]);
    expect(batches.every((batch) => batch.dated)).toBe(true);
  });

  it('gives the same rows whatever the chunk boundaries', () => {
    const text = 'userId,rating,timestamp,movieId\r\n1,4.0,891417042,as1\r\n22,2.5,,ds1\r\n333,3.0,1,hs2';
    const whole = parse(text);
    expect(whole.rows).toHaveLength(3);
    for (const chunkSize of [1, 2, 3, 7, 16]) expect(parse(text, chunkSize).rows).toEqual(whole.rows);
  });

  it('handles CRLF line ends, a last line without a break, blank lines and a missing timestamp', () => {
    const { rows, rejects } = parse('userId,rating,timestamp,movieId\r\n\r\n5,2.0,,as1\r\n6,1.5,86400,as1');
    expect(rejects).toEqual([]);
    expect(rows).toEqual([
      { user: 5, title: 'as1', rating: 2, day: -1 },
      { user: 6, title: 'as1', rating: 1.5, day: 1 },
    ]);
  });

  it('keeps every rating when a user rated the same title twice', () => {
    const { rows } = parse('userId,rating,movieId\n1,4.0,as1\n1,2.0,as1\n');
    expect(rows.map((row) => row.rating)).toEqual([4, 2]);
  });

  it('reads quoted lines through the RFC 4180 parser', () => {
    const { rows, rejects } = parse('userId,rating,movieId\n"10","4.5","as1"\n11," 3.0 ",ds1\n');
    expect(rejects).toEqual([]);
    expect(rows).toEqual([
      { user: 10, title: 'as1', rating: 4.5, day: -1 },
      { user: 11, title: 'ds1', rating: 3, day: -1 },
    ]);
  });

  it('reads values the fast path leaves to the slow one', () => {
    const { rows, rejects } = parse('userId,rating,movieId\n 12 ,4.50, ns007 \n13,3.,as1\n');
    expect(rejects).toEqual([]);
    expect(rows).toEqual([
      { user: 12, title: 'ns007', rating: 4.5, day: -1 },
      { user: 13, title: 'as1', rating: 3, day: -1 },
    ]);
  });

  it('rejects each malformed row with its line and reason, and keeps going', () => {
    const text = [
      'userId,rating,movieId',
      '1,4.0,as1',
      '7,6.0,as1',
      '7,0,as1',
      '7,3.7,as1',
      '8,4.0,xs999',
      '8,4.0,as999',
      '8,4.0,ns07',
      'abc,4.0,as1',
      '9,four,as1',
      '9,,as1',
      ',4.0,as1',
      '9,4.0,',
      '9,4.0',
      '9,4.0,as1,extra',
      '9,"4.0,as1',
      '99999999999,4.0,as1',
      '2,3.0,ds1',
    ].join('\n');
    const { rows, rejects } = parse(text);
    expect(rows).toEqual([
      { user: 1, title: 'as1', rating: 4, day: -1 },
      { user: 2, title: 'ds1', rating: 3, day: -1 },
    ]);
    expect(reasons(rejects)).toEqual([
      { line: 3, kind: 'rating_out_of_range', message: 'rating 6.0 is not one of 0.5, 1, …, 5' },
      { line: 4, kind: 'rating_out_of_range', message: 'rating 0 is not one of 0.5, 1, …, 5' },
      { line: 5, kind: 'rating_out_of_range', message: 'rating 3.7 is not one of 0.5, 1, …, 5' },
      { line: 6, kind: 'unknown_title_id', message: 'unknown title id "xs999"' },
      { line: 7, kind: 'unknown_title_id', message: 'unknown title id "as999"' },
      { line: 8, kind: 'unknown_title_id', message: 'unknown title id "ns07"' },
      { line: 9, kind: 'not_a_number', message: 'userId is not a number: "abc"' },
      { line: 10, kind: 'not_a_number', message: 'rating is not a number: "four"' },
      { line: 11, kind: 'missing_value', message: 'missing rating' },
      { line: 12, kind: 'missing_value', message: 'missing userId' },
      { line: 13, kind: 'missing_value', message: 'missing movieId' },
      { line: 14, kind: 'wrong_field_count', message: 'expected 3 fields, found 2' },
      { line: 15, kind: 'wrong_field_count', message: 'expected 3 fields, found 4' },
      {
        line: 16,
        kind: 'bad_quoting',
        message: 'bad quoting: Quote Not Closed: the parsing is finished with an opening quote',
      },
      { line: 17, kind: 'not_a_number', message: 'userId is not a whole number: "99999999999"' },
    ]);
    expect(rejects.map((reject) => reject.raw)).toContain('7,3.7,as1');
    expect(rejects.every((reject) => reject.file === 'ratings/t.csv')).toBe(true);
  });

  it('rejects a timestamp that is not a number', () => {
    const { rows, rejects } = parse('userId,rating,timestamp,movieId\n1,4.0,yesterday,as1\n');
    expect(rows).toEqual([]);
    expect(reasons(rejects)).toEqual([
      { line: 2, kind: 'not_a_number', message: 'timestamp is not a number: "yesterday"' },
    ]);
  });

  it('hands rows over in batches of the given size', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `${i + 1},3.0,as1`).join('\n');
    const { batches, parsedRows } = parse(`userId,rating,movieId\n${lines}\n`, 5, 4);
    expect(batches.map((batch) => batch.size)).toEqual([4, 4, 2]);
    expect(parsedRows).toBe(10);
  });

  it('strips a byte-order mark from the header', () => {
    const { rows } = parse(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('userId,rating,movieId\n1,2.0,as1\n')]),
    );
    expect(rows).toHaveLength(1);
  });

  it('fails the run on a missing required column', () => {
    expect(() => parse('userId,score,movieId\n1,4.0,as1\n')).toThrowError(EtlInputError);
    expect(() => parse('userId,score,movieId\n1,4.0,as1\n')).toThrowError(
      'ratings/t.csv lacks required column rating',
    );
  });

  it('fails the run on an empty file', () => {
    expect(() => parse('')).toThrowError('ratings file ratings/t.csv is empty (no header)');
  });
});

describe('TitleLookup', () => {
  it('finds ids from their bytes and refuses the rest', () => {
    const at = (id: string) => lookup.fastIndexOf(Buffer.from(id), 0, id.length);
    expect(at('as680')).toBe(1);
    expect(at('ns10')).toBe(4);
    expect(at('ns1')).toBe(-1);
    expect(at('ns007')).toBe(-1); // leading zeros: the slow path's exact lookup decides
    expect(lookup.indexOf('ns007')).toBe(5);
    expect(at('zs1')).toBe(-1);
    expect(at('as')).toBe(-1);
    expect(at('as9999999999')).toBe(-1);
  });
});
