import { describe, expect, it } from "vitest";
import { compareShape } from "./compare-shape";

describe("compareShape", () => {
  it("accepts the same property names and JSON types, whatever the values and extra properties", () => {
    const report = compareShape(
      { id: "a", size: 1, tags: ["x"], user: { name: "A" } },
      { id: "b", size: 2, tags: ["y", "z"], user: { name: "B", extra: true }, more: 1 },
    );
    expect(report.mismatches).toEqual([]);
  });

  it("names a missing property and a different type by path", () => {
    const report = compareShape(
      { value: [{ from: { user: { id: "a" } }, size: 1 }] },
      { value: [{ from: { user: {} }, size: "1" }] },
    );
    expect(report.mismatches).toEqual([
      "value[]/from/user/id: missing from the emulator's answer",
      "value[]/size: the example has number, the emulator string",
    ]);
  });

  it("lets null stand for any type on either side", () => {
    expect(compareShape({ a: null, b: { c: 1 } }, { a: { x: 1 }, b: null }).mismatches).toEqual([]);
  });

  it("reports an empty array where the example shows items with properties, not plain values", () => {
    expect(compareShape({ value: [{ id: "a" }] }, { value: [] }).mismatches).toEqual([
      "value[]: the example shows items, the emulator's array is empty",
    ]);
    expect(compareShape({ businessPhones: ["+1 425 555 0109"] }, { businessPhones: [] }).mismatches).toEqual([]);
  });

  it("compares an array's items with the emulator's item of the same @odata.type", () => {
    const example = { value: [{ "@odata.type": "#b", name: "x" }] };
    const actual = { value: [{ "@odata.type": "#a" }, { "@odata.type": "#b", name: "y" }] };
    expect(compareShape(example, actual).mismatches).toEqual([]);
  });

  it("compares a dictionary's values with each other, ignoring their keys", () => {
    const example = { assignments: { "user-1": { orderHint: "a" } } };
    const options = { dictionaries: { assignments: "values" } } as const;
    expect(compareShape(example, { assignments: { "user-2": { orderHint: "b" } } }, options).mismatches).toEqual([]);
    expect(compareShape(example, { assignments: { "user-2": {} } }, options).mismatches).toEqual([
      "assignments/*/orderHint: missing from the emulator's answer",
    ]);
    expect(compareShape(example, { assignments: {} }, options).mismatches).toEqual([
      "assignments/*: the example shows entries, the emulator's object is empty",
    ]);
    expect(
      compareShape({ fields: { A: 1 } }, { fields: { B: "x" } }, { dictionaries: { fields: "opaque" } }).mismatches,
    ).toEqual([]);
  });

  it("allows a listed deviation and reports one that is no longer needed", () => {
    const deviations = { "calendar@odata.navigationLink": "the emulator emits no navigation links" };
    const report = compareShape({ id: "a", "calendar@odata.navigationLink": "x" }, { id: "b" }, { deviations });
    expect(report).toEqual({ mismatches: [], usedDeviations: ["calendar@odata.navigationLink"] });
    expect(compareShape({ id: "a" }, { id: "b" }, { deviations }).mismatches).toEqual([
      "calendar@odata.navigationLink: allowed deviation no longer needed (stale allow-list entry)",
    ]);
  });
});
