// Small builders over the `docx` package for the minutes document: paragraphs of user text, and
// bordered tables with fixed column widths (Word and WPS lay a form out the same way only when the
// widths are given in twips). Imported only by minutes-docx.ts, which the app loads lazily.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { IBorderOptions, IRunOptions } from "docx";

/** A4 portrait in twips (1/1440 inch): 210 × 297 mm = 11906 × 16838, the w:pgSz Word writes for A4. */
export const A4 = { width: 11906, height: 16838 } as const;
/** Word's zh-CN A4 default margins: 2.54 cm top/bottom, 3.17 cm left/right. */
export const MARGINS = { top: 1440, bottom: 1440, left: 1800, right: 1800 } as const;
export const CONTENT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

/** Body text 五号 (10.5 pt) and title 小二 (18 pt), in half-points as w:sz wants. */
export const BODY_SIZE = 21;
export const TITLE_SIZE = 36;
const LABEL_FILL = "F2F2F2";

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF: one of them in typed text
// would make Word refuse the whole file ("unreadable content").
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/;

export function cleanText(text: string): string {
  return text.replace(XML_INVALID, "").replace(/\t/g, " ");
}

/** Lines of user text, each its own run separated by breaks, so a multi-line note keeps its lines. */
export function textRuns(text: string, style: { bold?: boolean } = {}): TextRun[] {
  return cleanText(text)
    .split(LINE_BREAKS)
    .map((line, index) =>
      run({ text: line, ...(index > 0 ? { break: 1 } : {}), ...(style.bold === true ? { bold: true } : {}) }),
    );
}

// Typed options first: TextRun also takes a string, and against that overload the linter reads
// `bold` as the deprecated String.prototype.bold.
function run(options: IRunOptions): TextRun {
  return new TextRun(options);
}

export function paragraph(
  text: string,
  options: { bold?: boolean; spacingAfter?: number; indent?: number } = {},
): Paragraph {
  return new Paragraph({
    children: textRuns(text, options),
    spacing: { after: options.spacingAfter ?? 60 },
    ...(options.indent === undefined ? {} : { indent: { left: options.indent } }),
  });
}

export function heading(text: string): Paragraph {
  return new Paragraph({
    children: [run({ text: cleanText(text), bold: true, size: 24 })],
    spacing: { before: 240, after: 120 },
    keepNext: true,
  });
}

export function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [run({ text: cleanText(text), bold: true, size: TITLE_SIZE })],
  });
}

export interface CellSpec {
  text: string;
  /** A label cell: shaded and bold, as on a printed form. */
  label?: boolean;
  columnSpan?: number;
  center?: boolean;
}

const border: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

/** A bordered table of plain-text cells. `columnWidths` are twips and should add up to CONTENT_WIDTH. */
export function table(
  columnWidths: readonly number[],
  rows: readonly (readonly CellSpec[])[],
  options: { headerRow?: boolean } = {},
): Table {
  return new Table({
    width: { size: columnWidths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders,
    rows: rows.map((cells, rowIndex) => {
      let column = 0;
      const isHeader = options.headerRow === true && rowIndex === 0;
      return new TableRow({
        ...(isHeader ? { tableHeader: true } : {}),
        cantSplit: true,
        children: cells.map((cell) => {
          const span = cell.columnSpan ?? 1;
          const width = columnWidths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
          column += span;
          return tableCell(cell, width, isHeader);
        }),
      });
    }),
  });
}

function tableCell(cell: CellSpec, width: number, isHeader: boolean): TableCell {
  const shaded = cell.label === true || isHeader;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(cell.columnSpan !== undefined && cell.columnSpan > 1 ? { columnSpan: cell.columnSpan } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(shaded ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: LABEL_FILL } } : {}),
    children: [
      new Paragraph({
        ...(cell.center === true || isHeader ? { alignment: AlignmentType.CENTER } : {}),
        children: textRuns(cell.text, { bold: shaded }),
      }),
    ],
  });
}
