import { spawnSync } from 'node:child_process';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { FOOTNOTE_BAND } from '../../src/chart/frame.ts';
import { type ChartSize, renderPng, renderSvg, svgToPng } from '../../src/chart/render.ts';
import { decodePng, type Pixels, PNG_SIGNATURE, pngSize } from './png.ts';

const SIZE: ChartSize = { width: 640, height: 360 };
const FOOTNOTE = 'Data build 20261128T093000Z-abcd1234';

const titlesByPlatform: TopLevelSpec = {
  title: { text: 'Titles by platform', subtitle: 'Movies and TV shows' },
  data: {
    values: [
      { platform: 'Netflix', type: 'Movie', titles: 2_350 },
      { platform: 'Netflix', type: 'TV show', titles: 1_980 },
      { platform: 'Hulu', type: 'Movie', titles: 1_120 },
      { platform: 'Hulu', type: 'TV show', titles: 1_430 },
    ],
  },
  mark: 'bar',
  encoding: {
    x: { field: 'platform', type: 'nominal', title: 'Platform' },
    xOffset: { field: 'type' },
    y: { field: 'titles', type: 'quantitative', title: 'Titles (count)' },
    color: { field: 'type', type: 'nominal', title: 'Type' },
  },
};

/** An axis of thousands (y) and one of halves (x). */
const ratingsByTitles: TopLevelSpec = {
  data: { values: [0.5, 1.2, 2.6, 3.1].map((rating, i) => ({ rating, titles: 700 * (i + 1) })) },
  mark: 'point',
  encoding: {
    x: { field: 'rating', type: 'quantitative', scale: { domain: [0, 5] }, title: 'Mean rating (stars)' },
    y: { field: 'titles', type: 'quantitative', title: 'Titles (count)' },
  },
};

const luminance = (p: Pixels, x: number, y: number) => {
  const i = 4 * (y * p.width + x);
  return 0.299 * p.rgba[i]! + 0.587 * p.rgba[i + 1]! + 0.114 * p.rgba[i + 2]!;
};

/** Pixels of `p` in the rectangle [x0, x1) × [y0, y1) that satisfy `test`. */
function countPixels(p: Pixels, [x0, y0, x1, y1]: number[], test: (lum: number) => boolean): number {
  let n = 0;
  for (let y = y0!; y < y1!; y++) for (let x = x0!; x < x1!; x++) if (test(luminance(p, x, y))) n++;
  return n;
}

/** The texts of the SVG's text elements, unescaped enough for numbers and plain words. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

function rootSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)![0];
  return {
    width: Number(/\swidth="([^"]+)"/.exec(root)![1]),
    height: Number(/\sheight="([^"]+)"/.exec(root)![1]),
  };
}

describe('renderPng', () => {
  for (const size of [SIZE, { width: 1024, height: 768 }]) {
    it(`draws a valid PNG of exactly ${size.width}×${size.height}`, async () => {
      const png = await renderPng({ spec: titlesByPlatform, size, locale: 'en', footnote: FOOTNOTE });
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(pngSize(png)).toEqual(size);
    });
  }

  it('draws a chart, not a blank image', async () => {
    const pixels = decodePng(await renderPng({ spec: titlesByPlatform, size: SIZE, locale: 'en' }));
    const rgba = new DataView(pixels.rgba.buffer);
    const colours = new Set<number>();
    for (let i = 0; i < pixels.rgba.length; i += 4) colours.add(rgba.getUint32(i));
    expect(colours.size).toBeGreaterThan(50);
    const inked = countPixels(pixels, [0, 0, SIZE.width, SIZE.height], (lum) => lum < 200);
    expect(inked / (SIZE.width * SIZE.height)).toBeGreaterThan(0.05);
  });

  it('draws text with the DejaVu font from npm, not with whatever the system has', async () => {
    const svg = await renderSvg({ spec: titlesByPlatform, size: SIZE, locale: 'en' });
    const withFont = decodePng(svgToPng(svg, SIZE));
    const withoutFonts = decodePng(svgToPng(svg, SIZE, []));
    // The title: bold, near-black, in the top left corner.
    const titleArea = [0, 0, 200, 30];
    expect(countPixels(withFont, titleArea, (lum) => lum < 100)).toBeGreaterThan(150);
    expect(countPixels(withoutFonts, titleArea, (lum) => lum < 250)).toBe(0);
    // Bars are drawn either way: only the text differs.
    expect(countPixels(withoutFonts, [0, 0, SIZE.width, SIZE.height], (lum) => lum < 200)).toBeGreaterThan(
      1000,
    );
  });

  it('puts the footnote in its own band at the bottom, whole and clear of the chart', async () => {
    const pixels = decodePng(
      await renderPng({ spec: titlesByPlatform, size: SIZE, locale: 'en', footnote: FOOTNOTE }),
    );
    const band = [0, SIZE.height - FOOTNOTE_BAND, SIZE.width, SIZE.height];
    // Grey footnote glyphs on the left of the band…
    expect(countPixels(pixels, [0, band[1]!, 250, SIZE.height], (lum) => lum < 200)).toBeGreaterThan(100);
    // …and nothing darker than its grey (axis text and bars are darker): the chart stays above.
    expect(countPixels(pixels, band, (lum) => lum < 100)).toBe(0);
    // Not cut by the image's edges.
    expect(countPixels(pixels, [0, SIZE.height - 1, SIZE.width, SIZE.height], (lum) => lum < 250)).toBe(0);
    expect(countPixels(pixels, [0, band[1]!, 1, SIZE.height], (lum) => lum < 250)).toBe(0);
  });

  it('scales charts Vega-Lite cannot fit (facets, long legends) into the size asked', async () => {
    const facet: TopLevelSpec = {
      data: titlesByPlatform.data!,
      facet: { field: 'platform', type: 'nominal' },
      spec: { mark: 'bar', encoding: { x: { field: 'type' }, y: { field: 'titles', type: 'quantitative' } } },
    };
    const longLegend: TopLevelSpec = {
      data: { values: Array.from({ length: 60 }, (_, i) => ({ genre: `genre ${i}`, titles: i })) },
      mark: 'bar',
      encoding: {
        x: { field: 'genre', type: 'nominal' },
        y: { field: 'titles', type: 'quantitative' },
        color: { field: 'genre', type: 'nominal' },
      },
    };
    for (const spec of [facet, longLegend]) {
      const png = await renderPng({ spec, size: SIZE, locale: 'es', footnote: FOOTNOTE });
      expect(pngSize(png)).toEqual(SIZE);
    }
  });

  it('draws odd but valid specs: no rows, rows without the field', async () => {
    const noRows: TopLevelSpec = { ...titlesByPlatform, data: { values: [] } };
    const noField: TopLevelSpec = {
      data: { values: [{ b: 1 }] },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'quantitative' } },
    };
    for (const spec of [noRows, noField]) {
      expect(pngSize(await renderPng({ spec, size: SIZE, locale: 'en' }))).toEqual(SIZE);
    }
  });

  it('rejects an invalid spec or size with a clear error', async () => {
    const request = { size: SIZE, locale: 'en' as const };
    await expect(renderPng({ ...request, spec: {} as TopLevelSpec })).rejects.toThrow(
      /^Invalid chart spec: /,
    );
    await expect(
      renderPng({ ...request, spec: { data: { url: 'data/cars.json' }, mark: 'point' } }),
    ).rejects.toThrow(/data must be inline/);
    await expect(
      renderPng({ ...request, spec: titlesByPlatform, size: { width: 0, height: 360 } }),
    ).rejects.toThrow(/width must be a whole number of pixels/);
  });
});

describe('renderSvg', () => {
  it('has the size asked, the title and the footnote', async () => {
    const svg = await renderSvg({ spec: titlesByPlatform, size: SIZE, locale: 'en', footnote: FOOTNOTE });
    expect(rootSize(svg)).toEqual(SIZE);
    const texts = svgTexts(svg);
    expect(texts).toContain('Titles by platform');
    expect(texts).toContain('Movies and TV shows');
    expect(texts).toContain(FOOTNOTE);
  });

  it('wraps a title wider than the chart instead of shrinking the chart to fit it', async () => {
    const title = 'Mean user rating of every title on every platform, all years together';
    const size = { width: 400, height: 300 };
    const svg = await renderSvg({
      spec: { ...ratingsByTitles, title },
      size,
      locale: 'en',
      footnote: FOOTNOTE,
    });
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    // Vega's own drawing is shown at its size, not scaled down.
    expect(svg).toContain(`viewBox="0 0 ${size.width} ${size.height - FOOTNOTE_BAND}"`);
  });

  it('names DejaVu Sans for every text', async () => {
    const svg = await renderSvg({ spec: titlesByPlatform, size: SIZE, locale: 'en', footnote: FOOTNOTE });
    const families = new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]));
    expect([...families]).toEqual(['DejaVu Sans']);
  });

  it('escapes a footnote that looks like markup', async () => {
    const svg = await renderSvg({ spec: titlesByPlatform, size: SIZE, locale: 'en', footnote: 'A & B <c>' });
    expect(svg).toContain('A &amp; B &lt;c&gt;');
  });

  it('formats numbers for the locale, without one locale leaking into the next chart', async () => {
    const spanish = svgTexts(await renderSvg({ spec: ratingsByTitles, size: SIZE, locale: 'es' }));
    const english = svgTexts(await renderSvg({ spec: ratingsByTitles, size: SIZE, locale: 'en' }));
    expect(english).toEqual(expect.arrayContaining(['1,000', '2.5']));
    expect(english).not.toContain('1.000');
    expect(spanish).toEqual(expect.arrayContaining(['1.000', '2,5']));
    expect(spanish).not.toContain('1,000');
    // Drawn at the same time, each keeps its own.
    const [en, es] = await Promise.all(
      (['en', 'es'] as const).map((locale) => renderSvg({ spec: ratingsByTitles, size: SIZE, locale })),
    );
    expect(svgTexts(en!)).toEqual(english);
    expect(svgTexts(es!)).toEqual(spanish);
  });
});

describe('living with other libraries', () => {
  it('leaves discord.js loadable after a chart is drawn (Vega-Lite patches Set.prototype.toJSON)', () => {
    const script = [
      "const { renderPng } = await import('./src/chart/render.ts');",
      "await renderPng({ spec: { data: { values: [{ a: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' } } }, size: { width: 200, height: 200 }, locale: 'en' });",
      "const { Client } = await import('discord.js');",
      "process.stdout.write(typeof Client + ' ' + JSON.stringify(new Set([1])));",
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('function "Set(1)"');
  });
});
