// word/fontTable.xml for the minutes document. The `docx` package writes an empty font table, which
// leaves a reader without SimSun (a Mac, LibreOffice on Linux) guessing from the name alone. Word
// picks a substitute for a missing font from its font-table entry — alternate name, character set,
// family and PANOSE (ECMA-376 Part 1, §17.8.3 "Font Table", w:altName/w:charset/w:family/w:panose1)
// — so declaring SimSun as 宋体, GB2312 (charset 0x86), with its PANOSE makes Word and WPS fall back
// to another Song/Ming serif (e.g. Songti SC) rather than to a Latin font with CJK glyph fallback.
// The values are the ones Word itself writes for these fonts.

interface FontEntry {
  name: string;
  altName?: string;
  panose: string;
  charset: string;
  family: "roman" | "swiss" | "auto";
}

const FONT_ENTRIES: readonly FontEntry[] = [
  { name: "SimSun", altName: "宋体", panose: "02010600030101010101", charset: "86", family: "auto" },
  { name: "Times New Roman", panose: "02020603050405020304", charset: "00", family: "roman" },
  { name: "Calibri", panose: "020F0502020204030204", charset: "00", family: "swiss" },
];

function fontXml(font: FontEntry): string {
  const altName = font.altName === undefined ? "" : `<w:altName w:val="${font.altName}"/>`;
  return `<w:font w:name="${font.name}">${altName}<w:panose1 w:val="${font.panose}"/><w:charset w:val="${font.charset}"/><w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>`;
}

/** The override for Packer: replaces the empty table the library would write. */
export const FONT_TABLE_OVERRIDE = {
  path: "word/fontTable.xml",
  data:
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${FONT_ENTRIES.map(fontXml).join("")}</w:fonts>`,
} as const;
