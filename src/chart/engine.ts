/**
 * Vega and Vega-Lite, loaded on the first chart (they take about half a second to import) and taught to
 * measure text with DejaVu Sans' real widths.
 */
import { readFileSync } from 'node:fs';
import { type FontMetrics, readFontMetrics } from './font-metrics.ts';
import { chartFontFiles } from './fonts.ts';

export interface ChartEngine {
  vega: typeof import('vega');
  vegaLite: typeof import('vega-lite');
  /** Width in pixels of `text` in the chart font at `fontSize`. */
  textWidth(text: string, fontSize: number, bold?: boolean): number;
}

/** The fields of a Vega text item that its width depends on. */
interface TextItem {
  fontSize?: number | string | null;
  fontWeight?: number | string | null;
  limit?: number | null;
}

/** vega-scenegraph's text measurer: exported by vega, but missing from its type definitions. */
interface TextMetrics {
  width(item: TextItem, text: unknown): number;
}

let loading: Promise<ChartEngine> | undefined;

export function chartEngine(): Promise<ChartEngine> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<ChartEngine> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  keepSetToJsonFromBreakingInspectors();
  const files = chartFontFiles();
  const regular = readFontMetrics(readFileSync(files.regular));
  const bold = readFontMetrics(readFileSync(files.bold));
  measureTextWith((vega as unknown as { textMetrics: TextMetrics }).textMetrics, regular, bold);
  return {
    vega,
    vegaLite,
    textWidth: (text, fontSize, isBold = false) => (isBold ? bold : regular).width(text, fontSize),
  };
}

/**
 * Vega-Lite adds `Set.prototype.toJSON` (returning a string) when it loads. node-inspect-extracted, which
 * discord.js loads, calls every zero-argument method of `Set.prototype` at load time and uses `in` on the
 * result, so discord.js then fails to load in the same process ("string "Set()" is not iterable"). The
 * method stays available to JSON.stringify and Vega-Lite as an accessor, which that scan skips.
 */
function keepSetToJsonFromBreakingInspectors(): void {
  const descriptor = Object.getOwnPropertyDescriptor(Set.prototype, 'toJSON');
  if (typeof descriptor?.value !== 'function') return;
  const toJSON = descriptor.value as () => string;
  Object.defineProperty(Set.prototype, 'toJSON', {
    get: () => toJSON,
    configurable: true,
    enumerable: false,
  });
}

/**
 * Without node-canvas, Vega guesses every character at 0.8 em: labels then get truncated early and axes
 * and legends take room they do not need. Every chart is drawn in DejaVu Sans, so its advance widths are
 * exact (whatever font a spec names: it is the only one the rasteriser has). Process-wide, as Vega's
 * measurer is; it is the same for every chart.
 */
function measureTextWith(textMetrics: TextMetrics, regular: FontMetrics, bold: FontMetrics): void {
  textMetrics.width = (item, text) => {
    const line = text == null ? '' : String(text).trim();
    const fontSize = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const width = metricsFor(item.fontWeight, regular, bold).width(line, fontSize);
    // Vega truncates text longer than `limit` when it draws it: its bounds end there too.
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
}

function metricsFor(weight: TextItem['fontWeight'], regular: FontMetrics, bold: FontMetrics): FontMetrics {
  if (weight === 'bold' || weight === 'bolder') return bold;
  return Number(weight) >= 600 ? bold : regular;
}
