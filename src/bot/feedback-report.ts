/** Votes summed up: approval per command and language, and the latest 👎 with what people expected. */
import type { Vote } from '../state/state.ts';

export interface Approval {
  command: string;
  lang: string;
  up: number;
  down: number;
  /** up / (up + down), 0–1. */
  approval: number;
}

export interface FeedbackReport {
  votes: number;
  approval: Approval[];
  latestDown: Pick<Vote, 'command' | 'lang' | 'adapter' | 'question' | 'expected' | 'build' | 'at'>[];
}

const LATEST_DOWN = 10;

export function feedbackReport(votes: readonly Vote[]): FeedbackReport {
  const byKey = new Map<string, Approval>();
  for (const vote of votes) {
    const key = `${vote.command}\n${vote.lang}`;
    const row = byKey.get(key) ?? { command: vote.command, lang: vote.lang, up: 0, down: 0, approval: 0 };
    row[vote.vote]++;
    byKey.set(key, row);
  }
  const approval = [...byKey.values()]
    .map((row) => ({ ...row, approval: row.up / (row.up + row.down) }))
    .sort((a, b) => a.approval - b.approval || b.down - a.down || a.command.localeCompare(b.command));
  const latestDown = votes
    .filter((vote) => vote.vote === 'down')
    .slice(0, LATEST_DOWN)
    .map(({ command, lang, adapter, question, expected, build, at }) => ({
      command,
      lang,
      adapter,
      at,
      ...(question ? { question } : {}),
      ...(expected ? { expected } : {}),
      ...(build ? { build } : {}),
    }));
  return { votes: votes.length, approval, latestDown };
}
