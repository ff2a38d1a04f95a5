/** The one typeface charts are drawn in, read from the `dejavu-fonts-ttf` package rather than the system. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const CHART_FONT_FAMILY = 'DejaVu Sans';

export interface ChartFontFiles {
  regular: string;
  bold: string;
  oblique: string;
  boldOblique: string;
}

let files: ChartFontFiles | undefined;

/** Absolute paths of DejaVu Sans' TTF files, wherever npm put the package. */
export function chartFontFiles(): ChartFontFiles {
  if (!files) {
    const ttf = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    files = {
      regular: join(ttf, 'DejaVuSans.ttf'),
      bold: join(ttf, 'DejaVuSans-Bold.ttf'),
      oblique: join(ttf, 'DejaVuSans-Oblique.ttf'),
      boldOblique: join(ttf, 'DejaVuSans-BoldOblique.ttf'),
    };
  }
  return files;
}
