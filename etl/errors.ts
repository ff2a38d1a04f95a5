/**
 * A problem with the input as a whole (missing file or column, empty catalog): the run stops with this
 * one-line message and a non-zero exit. Problems with single rows are rejects instead (see rejects.ts).
 */
export class EtlInputError extends Error {
  override name = 'EtlInputError';
}
