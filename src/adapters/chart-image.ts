/**
 * A chart answer drawn for an adapter that can show images. Drawing happens here, outside the core, which
 * answers synchronously; a chart that cannot be drawn is logged and the answer goes out as text alone
 * (its note already carries the chart's numbers), so nothing is lost.
 */
import type { Answer } from '../answer.ts';
import { type ChartSize, renderPng } from '../chart/render.ts';
import { logger } from '../log.ts';

/** What chat clients show well: 16:9, sharp on a laptop, ~60–120 KB. */
export const CHAT_CHART_SIZE: ChartSize = { width: 960, height: 540 };

export interface ChartImage {
  png: Buffer;
  fileName: string;
  alt: string;
}

export async function drawAnswerChart(
  answer: Answer,
  size = CHAT_CHART_SIZE,
): Promise<ChartImage | undefined> {
  const { chart } = answer;
  if (!chart) return undefined;
  try {
    const png = await renderPng({ spec: chart.spec, size, locale: answer.locale, footnote: chart.footnote });
    return { png, fileName: chart.fileName, alt: chart.alt };
  } catch (error) {
    logger.error({ err: (error as Error).message, file: chart.fileName }, 'chart could not be drawn');
    return undefined;
  }
}
