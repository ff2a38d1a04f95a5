/**
 * Puts Vega's SVG into an SVG of exactly the size asked, with the footnote in a band of its own below the
 * chart: the footnote can overlap nothing, since Vega never draws there. A chart Vega could not fit to the
 * size (facets, concatenations, a legend taller than the chart) is scaled to fit instead, whole, from the
 * top left corner like the footnote; the rest is background.
 */
import { CHART_FONT_FAMILY } from './fonts.ts';

/** A rectangle by its corners. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface FrameOptions {
  width: number;
  height: number;
  background: string;
  /** Where Vega drew, in its SVG's coordinates: past its edges when something did not fit (a long legend). */
  drawn: Box;
  footnote?: string;
  /** Width in pixels of `text` set in the chart font at `fontSize`, to shorten a footnote that is too long. */
  measure(text: string, fontSize: number): number;
  /** Left margin of the footnote, to line it up with the chart's padding. */
  footnoteX: number;
}

export const FOOTNOTE_FONT_SIZE = 10;
/** Height taken from the chart for the footnote: one line and a little air below it. */
export const FOOTNOTE_BAND = 18;
/** Leaves room under the baseline for descenders (a quarter of the font size) and a small margin. */
const FOOTNOTE_BASELINE_ABOVE_BOTTOM = 7;
const FOOTNOTE_COLOR = '#767676';

export function frameSvg(chartSvg: string, options: FrameOptions): string {
  const { width, height, background } = options;
  const root = /^\s*<svg\b([^>]*)>([\s\S]*)<\/svg>\s*$/.exec(chartSvg);
  if (!root) throw new Error('Vega did not draw an SVG document');
  const attributes = root[1]!;
  const chartHeight = options.footnote ? height - FOOTNOTE_BAND : height;
  const viewBox = shownBox(attributes, options.drawn);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"`,
    ` width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(background)}"/>`,
    `<svg x="0" y="0" width="${width}" height="${chartHeight}" viewBox="${viewBox}"`,
    ` preserveAspectRatio="xMinYMin meet">${root[2]}</svg>`,
    options.footnote ? footnoteText(options.footnote, options) : '',
    '</svg>',
  ].join('');
}

/** Vega's own view box, grown to whatever it drew outside it (beyond a pixel of antialiasing). */
function shownBox(svgAttributes: string, drawn: Box): string {
  const own =
    attribute(svgAttributes, 'viewBox') ??
    `0 0 ${attribute(svgAttributes, 'width')} ${attribute(svgAttributes, 'height')}`;
  const [x = 0, y = 0, w = 0, h = 0] = own.split(/[\s,]+/).map(Number);
  const x1 = drawn.x1 < x - 1 ? Math.floor(drawn.x1) : x;
  const y1 = drawn.y1 < y - 1 ? Math.floor(drawn.y1) : y;
  const x2 = drawn.x2 > x + w + 1 ? Math.ceil(drawn.x2) : x + w;
  const y2 = drawn.y2 > y + h + 1 ? Math.ceil(drawn.y2) : y + h;
  return `${x1} ${y1} ${x2 - x1} ${y2 - y1}`;
}

function footnoteText(footnote: string, options: FrameOptions): string {
  const room = options.width - 2 * options.footnoteX;
  const text = fitWidth(footnote.replace(/\s+/g, ' ').trim(), room, (t) =>
    options.measure(t, FOOTNOTE_FONT_SIZE),
  );
  const baseline = options.height - FOOTNOTE_BASELINE_ABOVE_BOTTOM;
  return (
    `<text x="${options.footnoteX}" y="${baseline}" font-family="${CHART_FONT_FAMILY}"` +
    ` font-size="${FOOTNOTE_FONT_SIZE}px" fill="${FOOTNOTE_COLOR}">${escapeXml(text)}</text>`
  );
}

/** `text`, cut short with an ellipsis if it is wider than `room`. */
function fitWidth(text: string, room: number, width: (text: string) => number): string {
  if (width(text) <= room) return text;
  const chars = [...text];
  while (chars.length > 0 && width(`${chars.join('')}…`) > room) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char as '&' | '<' | '>' | '"'],
  );
}
