import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { applyListPage, buildRecords } from "./list-sync";
import type { ListSync } from "./list-sync";

const schema = z.object({ text: z.string() });

function buildList(): ListSync {
  return {
    name: "minutes",
    read: { list: "minutes", schema },
    listId: "l",
    itemsPath: "/sites/s/lists/l/items",
    items: new Map(),
    parsed: new Map(),
    deltaLink: undefined,
    keptLink: undefined,
    changed: false,
  };
}

function buildItem(id: string, seriesId: string, payload: unknown): Record<string, unknown> {
  return {
    id,
    eTag: `"e${id}"`,
    lastModifiedDateTime: "2026-12-01T00:00:00Z",
    fields: { RecordKey: `k${id}`, SeriesId: seriesId, Payload: JSON.stringify(payload) },
  };
}

describe("applying list pages to the kept items", () => {
  it("keeps the series' items in their latest state and counts the unreadable ones", () => {
    const list = buildList();
    applyListPage(list, "19:a", [buildItem("1", "19:a", { text: "one" }), buildItem("2", "19:a", { bad: 1 })], false);
    applyListPage(list, "19:a", [buildItem("1", "19:a", { text: "one, edited" })], true);
    const { records, unreadable } = buildRecords([list]);
    expect(records.minutes?.map((r) => r.value)).toEqual([{ text: "one, edited" }]);
    expect(unreadable).toEqual([expect.objectContaining({ list: "minutes", itemId: "2" })]);
    expect(list.items.get("2")?.ok).toBe(false);
    expect(list.changed).toBe(true);
  });

  it("drops a deleted item and one moved to another series, and ignores other series' changes", () => {
    const list = buildList();
    applyListPage(
      list,
      "19:a",
      [buildItem("1", "19:a", { text: "one" }), buildItem("2", "19:a", { text: "two" })],
      false,
    );
    list.changed = false;
    applyListPage(
      list,
      "19:a",
      [{ id: "9", deleted: { state: "deleted" } }, buildItem("8", "19:b", { text: "b" })],
      true,
    );
    expect(list.changed).toBe(false);
    applyListPage(
      list,
      "19:a",
      [{ id: "1", deleted: { state: "deleted" } }, buildItem("2", "19:b", { text: "moved" })],
      true,
    );
    expect(list.changed).toBe(true);
    expect([...list.items.keys()]).toEqual([]);
    expect(buildRecords([list]).records.minutes).toEqual([]);
  });
});
