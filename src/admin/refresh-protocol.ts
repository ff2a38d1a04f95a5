/** Messages between the refresh service and its child process (Node IPC, JSON-serialisable). */
import type { EtlSummary } from '../../etl/index.ts';

/** The phases an admin sees, in order. */
export const REFRESH_PHASES = ['reading', 'loading', 'indexing', 'training', 'swapping'] as const;
export type RefreshPhase = (typeof REFRESH_PHASES)[number];

export interface RefreshJobRequest {
  rawDir: string;
  dbPath: string;
}

/** What training reports back, whatever the model is. */
export interface ModelSummary {
  metrics: Record<string, number>;
  wallMs: number;
}

export type RefreshJobMessage =
  | { type: 'progress'; phase: RefreshPhase; fraction: number; detail: string }
  | { type: 'done'; etl: EtlSummary; model: ModelSummary | null; wallMs: number }
  | { type: 'failed'; message: string };
