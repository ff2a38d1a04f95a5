/** The house style of every chart: one typeface, readable sizes, colours that colour-blind readers can tell apart. */
import type { Config } from 'vega-lite';
import { CHART_FONT_FAMILY } from './fonts.ts';

/** Okabe & Ito's palette, the clearest hues first: yellow and black, hard to read as bars, come last. */
export const CATEGORY_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

/** A chart's single series, and its reference lines. */
export const SERIES_COLOR = '#0072B2';
const RULE_COLOR = '#D55E00';

const TEXT_COLOR = '#222222';
const MUTED_TEXT_COLOR = '#555555';
const LINE_COLOR = '#888888';
const GRID_COLOR = '#E6E6E6';

export const TITLE_FONT_SIZE = 16;
export const SUBTITLE_FONT_SIZE = 12;

export const BACKGROUND = '#FFFFFF';
/** Space around the chart, in pixels; the footnote lines up with it. */
export const CHART_PADDING = 12;

export const CHART_THEME: Config = {
  background: BACKGROUND,
  padding: CHART_PADDING,
  font: CHART_FONT_FAMILY,
  title: {
    fontSize: TITLE_FONT_SIZE,
    fontWeight: 'bold',
    color: TEXT_COLOR,
    subtitleFontSize: SUBTITLE_FONT_SIZE,
    subtitleColor: MUTED_TEXT_COLOR,
    subtitlePadding: 4,
    anchor: 'start',
    offset: 12,
  },
  axis: {
    labelFontSize: 11,
    labelColor: TEXT_COLOR,
    labelLimit: 220,
    // Vega drops labels that come closer than this, so neighbours never touch.
    labelSeparation: 6,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    titleColor: TEXT_COLOR,
    titlePadding: 8,
    domainColor: LINE_COLOR,
    tickColor: LINE_COLOR,
    gridColor: GRID_COLOR,
  },
  legend: {
    labelFontSize: 11,
    labelColor: TEXT_COLOR,
    labelLimit: 220,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    titleColor: TEXT_COLOR,
  },
  header: {
    labelFontSize: 12,
    labelColor: TEXT_COLOR,
    titleFontSize: 12,
    titleColor: TEXT_COLOR,
  },
  view: { stroke: null },
  mark: { color: SERIES_COLOR },
  rule: { color: RULE_COLOR, strokeWidth: 1.5 },
  text: { color: TEXT_COLOR, fontSize: 11 },
  range: { category: [...CATEGORY_COLORS] },
};
