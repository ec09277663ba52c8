// Compares a response with Microsoft's documented example of it: every property the example shows
// must be present with the same JSON type (string, number, boolean, object, array), recursively.
// Values are not compared, and properties the example does not show are free. A null on either
// side matches any type: Graph sends null for an unset property of any type. An empty array
// matches an example's array of plain values; one whose items have properties must show some.
// Paths name properties with "/" between levels, "[]" for the items of an array and "*" for the
// values of an object keyed by data (a dictionary: Planner assignments, SharePoint fields).

export type DictionaryMode = "values" | "opaque";

export interface ShapeOptions {
  /** Objects whose keys are data, not property names: "values" compares their values with each other, "opaque" nothing inside. */
  dictionaries?: Readonly<Record<string, DictionaryMode>>;
  /** Paths where a missing property or another type is expected, each with the reason why. */
  deviations?: Readonly<Record<string, string>>;
}

export interface ShapeReport {
  mismatches: string[];
  /** Deviations that were needed; one that never is, is reported as stale in `mismatches`. */
  usedDeviations: string[];
}

type JsonType = "null" | "array" | "object" | "string" | "number" | "boolean";

function typeOf(value: unknown): JsonType {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") return type;
  return "object";
}

function join(path: string, segment: string): string {
  return path === "" ? segment : `${path}/${segment}`;
}

function odataType(value: unknown): unknown {
  return typeOf(value) === "object" ? (value as Record<string, unknown>)["@odata.type"] : undefined;
}

export function compareShape(example: unknown, actual: unknown, options: ShapeOptions = {}): ShapeReport {
  const dictionaries = options.dictionaries ?? {};
  const deviations = options.deviations ?? {};
  const mismatches: string[] = [];
  const used = new Set<string>();

  const report = (path: string, problem: string): void => {
    if (path in deviations) used.add(path);
    else mismatches.push(`${path === "" ? "(root)" : path}: ${problem}`);
  };

  const compare = (expected: unknown, got: unknown, path: string): void => {
    const expectedType = typeOf(expected);
    const gotType = typeOf(got);
    if (expectedType === "null" || gotType === "null") return;
    if (expectedType !== gotType) {
      report(path, `the example has ${expectedType}, the emulator ${gotType}`);
      return;
    }
    if (expectedType === "array") compareArrays(expected as unknown[], got as unknown[], path);
    else if (expectedType === "object")
      compareObjects(expected as Record<string, unknown>, got as Record<string, unknown>, path);
  };

  const compareArrays = (expected: unknown[], got: unknown[], path: string): void => {
    if (expected.length === 0) return;
    const itemPath = `${path}[]`;
    if (got.length === 0) {
      // An empty list of strings is still a list of strings; items with properties must be seen.
      if (expected.some((item) => typeOf(item) === "object" || typeOf(item) === "array"))
        report(itemPath, "the example shows items, the emulator's array is empty");
      return;
    }
    for (const item of expected) {
      const type = odataType(item);
      const counterpart = (type === undefined ? undefined : got.find((g) => odataType(g) === type)) ?? got[0];
      compare(item, counterpart, itemPath);
    }
  };

  const compareObjects = (expected: Record<string, unknown>, got: Record<string, unknown>, path: string): void => {
    const mode = dictionaries[path];
    if (mode === "opaque") return;
    if (mode === "values") {
      const values = Object.values(expected);
      if (values.length === 0) return;
      const [first] = Object.values(got);
      if (first === undefined) {
        report(join(path, "*"), "the example shows entries, the emulator's object is empty");
        return;
      }
      for (const value of values) compare(value, first, join(path, "*"));
      return;
    }
    for (const [key, value] of Object.entries(expected)) {
      const keyPath = join(path, key);
      if (!(key in got)) report(keyPath, "missing from the emulator's answer");
      else compare(value, got[key], keyPath);
    }
  };

  compare(example, actual, "");
  for (const path of Object.keys(deviations))
    if (!used.has(path)) mismatches.push(`${path}: allowed deviation no longer needed (stale allow-list entry)`);
  return { mismatches, usedDeviations: [...used] };
}
