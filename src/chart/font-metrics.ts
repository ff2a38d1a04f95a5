/**
 * Text widths from a TrueType font's own advance widths (tables cmap, hmtx, hhea, head), so chart layout
 * measures labels as the rasteriser will draw them. Kerning is ignored: it only ever narrows Latin text
 * slightly, so the measure errs on the side of room.
 */

export interface FontMetrics {
  /** Width in pixels of `text` set at `fontSize` pixels. */
  width(text: string, fontSize: number): number;
}

/** Where each table starts, by tag. */
function tableOffsets(font: Buffer): Record<string, number> {
  const tables: Record<string, number> = {};
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    tables[font.toString('latin1', record, record + 4)] = font.readUInt32BE(record + 8);
  }
  for (const tag of ['cmap', 'head', 'hhea', 'hmtx']) {
    if (tables[tag] === undefined) throw new Error(`font has no '${tag}' table`);
  }
  return tables;
}

/** Glyph id of each BMP code point, from the Windows Unicode (3, 1) format 4 subtable. */
function glyphLookup(font: Buffer, cmap: number): (codePoint: number) => number {
  let subtable: number | undefined;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    if ((platform === 3 && encoding === 1) || (platform === 0 && subtable === undefined)) {
      const offset = cmap + font.readUInt32BE(record + 4);
      if (font.readUInt16BE(offset) === 4) subtable = offset;
    }
  }
  if (subtable === undefined) throw new Error('font has no format 4 Unicode cmap');
  const at = subtable;
  const segments = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (font.readUInt16BE(ends + 2 * s) < codePoint) continue;
      const start = font.readUInt16BE(starts + 2 * s);
      if (start > codePoint) return 0;
      const delta = font.readInt16BE(deltas + 2 * s);
      const rangeOffsetAt = rangeOffsets + 2 * s;
      const rangeOffset = font.readUInt16BE(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsetAt + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export function readFontMetrics(font: Buffer): FontMetrics {
  const tables = tableOffsets(font);
  const unitsPerEm = font.readUInt16BE(tables.head! + 18);
  const longMetrics = font.readUInt16BE(tables.hhea! + 34);
  const hmtx = tables.hmtx!;
  const glyphOf = glyphLookup(font, tables.cmap!);
  // Glyphs past the long metrics share the last advance width.
  const advanceOf = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, longMetrics - 1));
  const emWidths = new Map<number, number>();
  const emWidth = (codePoint: number): number => {
    let width = emWidths.get(codePoint);
    if (width === undefined) {
      width = advanceOf(glyphOf(codePoint)) / unitsPerEm;
      emWidths.set(codePoint, width);
    }
    return width;
  };
  return {
    width(text, fontSize) {
      let ems = 0;
      for (const char of text) ems += emWidth(char.codePointAt(0)!);
      return ems * fontSize;
    },
  };
}
