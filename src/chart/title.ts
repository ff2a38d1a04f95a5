/**
 * Titles and subtitles wrapped onto as many lines as the chart's width needs. Vega sets each on one line
 * however long it is, and the chart then shrinks to make room for it.
 */
import type { TopLevelSpec } from 'vega-lite';

type Title = NonNullable<TopLevelSpec['title']>;
type Text = string | string[];

/** Width in pixels of `text` at `fontSize`, bold or not. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

export interface TitleSizes {
  title: number;
  subtitle: number;
}

export function wrapTitle(title: Title, width: number, sizes: TitleSizes, measure: MeasureText): Title {
  // Titles are bold in the theme; measuring them bold also errs on the side of room if a spec says not.
  if (isText(title)) return wrapText(title, width, (line) => measure(line, sizes.title, true));
  const titleSize = typeof title.fontSize === 'number' ? title.fontSize : sizes.title;
  const subtitleSize = typeof title.subtitleFontSize === 'number' ? title.subtitleFontSize : sizes.subtitle;
  const { text, subtitle } = title;
  return {
    ...title,
    text: isText(text) ? wrapText(text, width, (line) => measure(line, titleSize, true)) : text,
    ...(isText(subtitle) && {
      subtitle: wrapText(subtitle, width, (line) => measure(line, subtitleSize, false)),
    }),
  };
}

function isText(value: unknown): value is Text {
  return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

function wrapText(text: Text, width: number, lineWidth: (line: string) => number): Text {
  const lines = (Array.isArray(text) ? text : [text]).flatMap((line) => wrapLine(line, width, lineWidth));
  return lines.length === 1 ? lines[0]! : lines;
}

/** Greedy: as many words on each line as fit. A word wider than the chart gets a line of its own. */
function wrapLine(line: string, width: number, lineWidth: (line: string) => number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const longer = current ? `${current} ${word}` : word;
    if (current && lineWidth(longer) > width) {
      lines.push(current);
      current = word;
    } else {
      current = longer;
    }
  }
  lines.push(current);
  return lines;
}
