/**
 * Charts as images: a Vega-Lite spec drawn headless to SVG, then rasterised to PNG with DejaVu Sans from
 * npm, so a machine without any system font draws the same picture. Vega, Vega-Lite and resvg load on
 * the first chart drawn, not on import.
 */
import { createRequire } from 'node:module';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Resvg } from '@resvg/resvg-js';
import type { Spec as VegaSpec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { type ChartEngine, chartEngine } from './engine.ts';
import { CHART_FONT_FAMILY, chartFontFiles } from './fonts.ts';
import { type Box, FOOTNOTE_BAND, frameSvg } from './frame.ts';
import { CHART_LOCALES, type ChartLocale } from './locales.ts';
import { BACKGROUND, CHART_PADDING, CHART_THEME, SUBTITLE_FONT_SIZE, TITLE_FONT_SIZE } from './theme.ts';
import { wrapTitle } from './title.ts';

export type { ChartLocale } from './locales.ts';

/** Pixels of the final SVG and PNG. */
export interface ChartSize {
  width: number;
  height: number;
}

export interface RenderRequest {
  spec: TopLevelSpec;
  size: ChartSize;
  locale: ChartLocale;
  /** A small grey line under the chart, e.g. the data build it was drawn from. */
  footnote?: string;
}

const MIN_SIDE = 100;
const MAX_SIDE = 4096;

export async function renderSvg(request: RenderRequest): Promise<string> {
  const { size, footnote } = request;
  checkSize(size);
  const engine = await chartEngine();
  const chartSize = { width: size.width, height: footnote ? size.height - FOOTNOTE_BAND : size.height };
  const vegaSpec = compile(engine, request.spec, chartSize, request.locale);
  const { svg, drawn } = await draw(engine, vegaSpec);
  return frameSvg(svg, {
    ...size,
    drawn,
    background: typeof vegaSpec.background === 'string' ? vegaSpec.background : BACKGROUND,
    footnote,
    measure: engine.textWidth,
    footnoteX: CHART_PADDING,
  });
}

/**
 * `svg` rasterised `size.width` pixels wide with `fontFiles` as the only fonts (the chart font by default).
 * Let the event loop turn between calls (as `renderPng` does) so resvg can free each image's pixels.
 */
export function svgToPng(
  svg: string,
  size: ChartSize,
  fontFiles: readonly string[] = Object.values(chartFontFiles()),
): Buffer {
  checkSize(size);
  const image = new (resvg().Resvg)(svg, {
    font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
    fitTo: { mode: 'width', value: size.width },
  }).render();
  if (image.width !== size.width || image.height !== size.height) {
    throw new Error(
      `The SVG rasterises to ${image.width}×${image.height}, not ${size.width}×${size.height}: its proportions differ`,
    );
  }
  return image.asPng();
}

export async function renderPng(request: RenderRequest): Promise<Buffer> {
  const png = svgToPng(await renderSvg(request), request.size);
  // resvg-js frees an image's pixels (1.4 MB at 800 × 450) in a finaliser queued on the event loop, which
  // Vega's promise chain never reaches: without this turn, charts drawn back to back keep them all.
  await yieldToEventLoop();
  return png;
}

function checkSize({ width, height }: ChartSize): void {
  for (const [name, side] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!Number.isInteger(side) || side < MIN_SIDE || side > MAX_SIDE) {
      throw new Error(
        `Chart ${name} must be a whole number of pixels from ${MIN_SIDE} to ${MAX_SIDE}, not ${side}`,
      );
    }
  }
}

/** The spec as Vega, in the house theme (under the spec's own config) and the request's locale. */
function compile(engine: ChartEngine, spec: TopLevelSpec, size: ChartSize, locale: ChartLocale): VegaSpec {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new Error('Invalid chart spec: expected a Vega-Lite spec object');
  }
  let vegaSpec: VegaSpec;
  try {
    // Vega-Lite's warnings (e.g. a channel it drops) are about the spec, not for the bot's log.
    const logger = engine.vega.logger(engine.vega.None);
    // Vega-Lite writes into the spec it compiles; the caller's (perhaps a reused answer's) stays as it was.
    const own = structuredClone(spec);
    vegaSpec = engine.vegaLite.compile(fitted(withWrappedTitle(engine, own, size.width), size), {
      config: CHART_THEME,
      logger,
    }).spec;
  } catch (error) {
    throw new Error(`Invalid chart spec: ${messageOf(error)}`, { cause: error });
  }
  const loaded = vegaSpec.data?.find((data) => 'url' in data);
  if (loaded && 'url' in loaded) {
    throw new Error(
      `Invalid chart spec: data must be inline (values), not loaded from ${JSON.stringify(loaded.url)}`,
    );
  }
  // The view's own locale: Vega's default locale is process-wide, and an English chart drawn after a
  // Spanish one must not inherit its decimal comma.
  return { ...vegaSpec, config: { ...vegaSpec.config, locale: CHART_LOCALES[locale] } };
}

/**
 * A single view (one mark, or layers) is laid out to fill `size` exactly, padding, axes, legend and title
 * included. Vega-Lite cannot fit facets and concatenations: they keep their own size and are scaled into
 * the image afterwards.
 */
function fitted(spec: TopLevelSpec, size: ChartSize): TopLevelSpec {
  const encoding = 'encoding' in spec ? (spec.encoding as Record<string, unknown> | undefined) : undefined;
  const faceted = encoding !== undefined && ['row', 'column', 'facet'].some((channel) => channel in encoding);
  if (!('mark' in spec || 'layer' in spec) || faceted) return spec;
  return { ...spec, width: size.width, height: size.height, autosize: { type: 'fit', contains: 'padding' } };
}

function withWrappedTitle(engine: ChartEngine, spec: TopLevelSpec, width: number): TopLevelSpec {
  if (spec.title === undefined) return spec;
  const own = spec.config?.title;
  const sizes = {
    title: typeof own?.fontSize === 'number' ? own.fontSize : TITLE_FONT_SIZE,
    subtitle: typeof own?.subtitleFontSize === 'number' ? own.subtitleFontSize : SUBTITLE_FONT_SIZE,
  };
  return { ...spec, title: wrapTitle(spec.title, width - 2 * CHART_PADDING, sizes, engine.textWidth) };
}

/** The part of Vega's scenegraph that tells where it drew (typed by vega as something else). */
interface SceneRoot {
  root: { bounds: Box };
}

/**
 * Vega's SVG of `vegaSpec`, and the box it drew in, which can spill past the SVG's edges. Throws when
 * Vega reports an error (it only logs them).
 */
async function draw(engine: ChartEngine, vegaSpec: VegaSpec): Promise<{ svg: string; drawn: Box }> {
  const { vega } = engine;
  const errors: string[] = [];
  let view: InstanceType<typeof vega.View> | undefined;
  try {
    view = new vega.View(vega.parse(vegaSpec), {
      renderer: 'none',
      loader: inlineDataOnly,
      logger: vega.logger(vega.Error, undefined, (_method, _level, args) => {
        errors.push(args.map(messageOf).join(' '));
      }),
    });
    const svg = await view.toSVG();
    if (errors.length > 0) throw new Error(errors.join('; '));
    // Scene bounds are relative to the origin, which the SVG puts inside the padding.
    const { bounds } = (view.scenegraph() as unknown as SceneRoot).root;
    const [originX, originY] = view.origin();
    const padding = view.padding();
    const left = originX + (typeof padding === 'number' ? padding : (padding.left ?? 0));
    const top = originY + (typeof padding === 'number' ? padding : (padding.top ?? 0));
    return {
      svg,
      drawn: { x1: left + bounds.x1, y1: top + bounds.y1, x2: left + bounds.x2, y2: top + bounds.y2 },
    };
  } catch (error) {
    throw new Error(`Chart spec could not be drawn: ${messageOf(error)}`, { cause: error });
  } finally {
    view?.finalize();
  }
}

const refuseToLoad = (what: string) => Promise.reject(new Error(`charts use inline data only, not ${what}`));

/** Charts never read files or the network: data comes inline. */
const inlineDataOnly = {
  load: (uri: string) => refuseToLoad(uri),
  sanitize: (uri: string) => refuseToLoad(uri),
  http: (uri: string) => refuseToLoad(uri),
  file: (filename: string) => refuseToLoad(filename),
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let resvgModule: typeof import('@resvg/resvg-js') | undefined;

/** resvg's native module, loaded on the first PNG (synchronously: it is CommonJS). */
function resvg(): { Resvg: typeof Resvg } {
  resvgModule ??= createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  return resvgModule;
}
