import { describe, expect, it } from "vitest";
import { columnDefinitions, planColumnRepairs } from "./list-layout";
import type { ListedColumn } from "./list-layout";

function listed(flags: (name: string) => Partial<ListedColumn>): ListedColumn[] {
  return [{ name: "Title" }, ...columnDefinitions].map((c, i) => ({ id: `col-${i}`, name: c.name, ...flags(c.name) }));
}

describe("planColumnRepairs", () => {
  it("asks for nothing when every indexed and unique column came out as defined", () => {
    const asDefined = listed((name) => {
      const definition = columnDefinitions.find((c) => c.name === name);
      return {
        indexed: definition?.indexed === true,
        enforceUniqueValues: definition !== undefined && "enforceUniqueValues" in definition,
      };
    });
    expect(planColumnRepairs(asDefined)).toEqual([]);
  });

  it("indexes the columns created without their index, and makes the record key unique again", () => {
    const repairs = planColumnRepairs(listed(() => ({ indexed: false, enforceUniqueValues: false })));
    expect(repairs.map((r) => [r.name, r.patch])).toEqual([
      ["RecordKey", { indexed: true, enforceUniqueValues: true }],
      ["SeriesId", { indexed: true }],
      ["OccurrenceKey", { indexed: true }],
      ["Owner", { indexed: true }],
    ]);
    expect(repairs[0]?.columnId).toBe("col-1");
  });

  it("fails when a column is missing altogether", () => {
    expect(() => planColumnRepairs([{ id: "t", name: "Title" }])).toThrow(/RecordKey/);
  });
});
