// SharePoint column rules the list routes enforce, as SharePoint Online does behind Graph:
// - `enforceUniqueValues` needs `indexed` ("When you set this property to true, you should also set
//   the Indexed property to true": SPField.EnforceUniqueValues, learn.microsoft.com/previous-versions/
//   office/sharepoint-server/ee568738(v=office.15)); SharePoint refuses the unique setting otherwise.
// - Multiple-lines-of-text columns can be neither indexed nor unique ("Add an index to a list or
//   library column", support.microsoft.com: multiple lines of text is an unsupported index type).
// - Text length: single line ≤ 255 characters, multiple lines ≤ 63,999 ("List and library column
//   types and options", support.microsoft.com), or the column's own smaller maxLength.
// - A duplicate value in a unique column is refused with SharePoint's own message
//   (SPDuplicateValuesFoundException, 0x810200bf) as 409 `nameAlreadyExists`, the code Graph's
//   error table gives for "the specified item name already exists" (learn.microsoft.com/graph/errors).
//   Graph documents no code for this exact case; clients should key on 409.
import { GraphError, badRequest } from "../http/graph-error.ts";
import { createGuid } from "./ids.ts";
import type { ListItemState, ListState } from "./tenant-state.ts";

type Column = Record<string, unknown>;

export const maxSingleLineLength = 255;
export const maxMultiLineLength = 63_999;
const columnKinds = [
  "text",
  "number",
  "dateTime",
  "boolean",
  "choice",
  "personOrGroup",
  "currency",
  "lookup",
  "hyperlinkOrPicture",
];

interface TextFacet {
  readonly allowMultipleLines?: unknown;
  readonly maxLength?: unknown;
}

function readTextFacet(column: Column): TextFacet | undefined {
  const text = column.text;
  return typeof text === "object" && text !== null ? text : undefined;
}

function isMultiLine(column: Column): boolean {
  return readTextFacet(column)?.allowMultipleLines === true;
}

/** The most characters a value of this text column may hold. */
export function getTextLimit(column: Column): number {
  const cap = isMultiLine(column) ? maxMultiLineLength : maxSingleLineLength;
  const own = readTextFacet(column)?.maxLength;
  return typeof own === "number" ? Math.min(own, cap) : cap;
}

function checkTextFacet(column: Column, path: string): void {
  const text = readTextFacet(column);
  if (!text) return;
  const cap = isMultiLine(column) ? maxMultiLineLength : maxSingleLineLength;
  if (typeof text.maxLength === "number" && (text.maxLength < 1 || text.maxLength > cap)) {
    throw badRequest(
      `${path}.text.maxLength must be between 1 and ${cap} for a ${isMultiLine(column) ? "multiple" : "single"} line text column.`,
      "invalidRequest",
    );
  }
  if (isMultiLine(column) && (column.indexed === true || column.enforceUniqueValues === true)) {
    throw badRequest(
      `${path}: a multiple lines of text column cannot be indexed or enforce unique values.`,
      "invalidRequest",
    );
  }
}

/** A column definition as a POST body gives it, with the defaults SharePoint fills in. */
export function normalizeColumn(column: Column, path: string): Column {
  if (typeof column.name !== "string" || column.name === "")
    throw badRequest(`${path}.name is required.`, "invalidRequest");
  if (!columnKinds.some((k) => k in column))
    throw badRequest(`${path}: a column needs a type facet (${columnKinds.join(", ")}).`, "invalidRequest");
  if (column.enforceUniqueValues === true && column.indexed !== true) {
    throw badRequest(
      `${path}: a column that enforces unique values must be indexed; set "indexed": true.`,
      "invalidRequest",
    );
  }
  checkTextFacet(column, path);
  const normalized: Column = {
    id: createGuid(),
    description: "",
    displayName: column.name,
    hidden: false,
    indexed: false,
    enforceUniqueValues: false,
    readOnly: false,
    required: false,
    ...column,
  };
  return "text" in column ? { ...normalized, text: withTextDefaults(column.text) } : normalized;
}

/** A text column's facet with the defaults list-list-columns shows (https://learn.microsoft.com/graph/api/list-list-columns). */
function withTextDefaults(text: unknown): Record<string, unknown> {
  const given = typeof text === "object" && text !== null ? (text as Record<string, unknown>) : {};
  // The 255-character maximum is single-line text's; multiple lines of text hold far more.
  const isSingleLine = given.allowMultipleLines !== true;
  return {
    allowMultipleLines: false,
    appendChangesToExistingText: false,
    linesForEditing: 0,
    ...(isSingleLine ? { maxLength: maxSingleLineLength } : {}),
    ...given,
  };
}

export function createTitleColumn(): Column {
  return {
    id: createGuid(),
    name: "Title",
    description: "",
    displayName: "Title",
    hidden: false,
    indexed: false,
    enforceUniqueValues: false,
    readOnly: false,
    required: false,
    text: withTextDefaults({}),
  };
}

export function checkFieldValue(column: Column, name: string, value: unknown): void {
  if (value === null) return;
  const fail = (expected: string): never => {
    throw badRequest(`Invalid value for field '${name}': expected ${expected}.`, "invalidRequest");
  };
  if ("number" in column || "currency" in column) {
    if (typeof value !== "number") fail("a number");
  } else if ("boolean" in column) {
    if (typeof value !== "boolean") fail("a boolean");
  } else if ("dateTime" in column) {
    if (typeof value !== "string" || Number.isNaN(Date.parse(value))) fail("an ISO 8601 date-time string");
  } else if ("choice" in column) {
    const choices = (column.choice as { choices?: unknown[] } | undefined)?.choices ?? [];
    if (typeof value !== "string" || (choices.length > 0 && !choices.includes(value)))
      fail(`one of ${choices.join(", ")}`);
  } else if (typeof value !== "string") {
    fail("a string");
  } else if ("text" in column && value.length > getTextLimit(column)) {
    fail(`at most ${getTextLimit(column)} characters (got ${value.length})`);
  }
}

/** SharePoint's content databases use a case-insensitive collation, so "A-1" and "a-1" collide. */
function toUniqueKey(value: unknown): string {
  return typeof value === "string" ? `s:${value.toLowerCase()}` : `j:${JSON.stringify(value)}`;
}

/** Refuses `fields` (the item's values after the write) if a unique column would hold a duplicate. */
export function checkUniqueValues(list: ListState, fields: Record<string, unknown>, itemId: string | undefined): void {
  for (const column of list.columns) {
    const name = String(column.name);
    if (column.enforceUniqueValues !== true) continue;
    const value = fields[name];
    if (value === undefined || value === null || value === "") continue;
    const key = toUniqueKey(value);
    const clash = Object.values(list.items).find(
      (other: ListItemState) => other.id !== itemId && toUniqueKey(other.fields[name]) === key,
    );
    if (clash) {
      throw new GraphError(
        409,
        "nameAlreadyExists",
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: ${name}.`,
      );
    }
  }
}

/**
 * PATCH /sites/{id}/lists/{id}/columns/{id} (https://learn.microsoft.com/graph/api/columndefinition-update):
 * any property but the id may change. The emulator also keeps the internal name, which item fields
 * are keyed by. The column rules hold afterwards, and SharePoint refuses to make a column unique
 * while items already share a value in it.
 */
export function applyColumnPatch(list: ListState, column: Column, patch: unknown): Column {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch))
    throw badRequest("The request body must be a JSON object.", "invalidRequest");
  const changes = patch as Column;
  if ("id" in changes && changes.id !== column.id)
    throw badRequest("A column's id cannot be changed.", "invalidRequest");
  if ("name" in changes && changes.name !== column.name)
    throw badRequest("The emulator keeps a column's internal name; create a new column instead.", "invalidRequest");
  const next: Column = { ...column, ...changes };
  if (next.enforceUniqueValues === true && next.indexed !== true) {
    throw badRequest('A column that enforces unique values must be indexed; set "indexed": true.', "invalidRequest");
  }
  checkTextFacet(next, "body");
  if (next.enforceUniqueValues === true && column.enforceUniqueValues !== true) {
    const name = String(column.name);
    const seen = new Set<string>();
    for (const item of Object.values(list.items)) {
      const value = item.fields[name];
      if (value === undefined || value === null || value === "") continue;
      const key = toUniqueKey(value);
      if (seen.has(key))
        throw badRequest(
          "This field contains duplicate values. Remove all duplicate values and try the operation again.",
          "invalidRequest",
        );
      seen.add(key);
    }
  }
  return next;
}
