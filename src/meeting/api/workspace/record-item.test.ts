import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { quoteODataString } from "@/lib/graph";
import { RecordTooLargeError, WorkspaceError } from "./errors";
import { payloadLimit } from "./list-layout";
import {
  isSameRecord,
  prepareWrite,
  readRecordItem,
  recordFromCreated,
  recordFromPatched,
  summarize,
} from "./record-item";
import type { RecordKeyParts, StoredRecord } from "./types";

const noteSchema = z.object({ schemaVersion: z.literal(2), text: z.string(), tags: z.array(z.string()) });
type Note = z.infer<typeof noteSchema>;

const parts: RecordKeyParts = {
  key: "note|19:meeting_a@thread.v2|2026-06-01T05:30:00Z|li.na@yunzhan.example",
  seriesId: "19:meeting_a@thread.v2",
  occurrenceKey: "2026-06-01T05:30:00Z",
  owner: "li.na@yunzhan.example",
  title: "李娜的周报",
};
const note: Note = {
  schemaVersion: 2,
  text: '完成 <script>alert(1)</script> 🎉 "quoted"\nnext line',
  tags: ["客户", "✅"],
};

function buildItem(
  overrides: { fields?: Record<string, unknown>; item?: Record<string, unknown> } = {},
): Record<string, unknown> {
  return {
    "@odata.etag": '"e1,3"',
    id: "7",
    eTag: '"e1,3"',
    lastModifiedDateTime: "2026-06-01T08:00:00Z",
    createdBy: { user: { id: "u2", displayName: "李娜", email: "li.na@yunzhan.example" } },
    lastModifiedBy: { user: { id: "u1", displayName: "王建国", email: "wang.jianguo@yunzhan.example" } },
    fields: {
      "@odata.etag": '"e1,3"',
      Title: "李娜的周报",
      RecordKey: parts.key,
      SeriesId: parts.seriesId,
      OccurrenceKey: parts.occurrenceKey,
      Owner: parts.owner,
      Payload: JSON.stringify(note),
      SchemaVersion: 2,
      ...overrides.fields,
    },
    ...overrides.item,
  };
}

describe("readRecordItem", () => {
  it("maps a list item to a record with its etag, keys and validated value", () => {
    expect(readRecordItem("reports", buildItem(), noteSchema)).toEqual({
      ok: true,
      record: {
        itemId: "7",
        etag: '"e1,3"',
        key: parts.key,
        seriesId: parts.seriesId,
        occurrenceKey: parts.occurrenceKey,
        owner: parts.owner,
        title: "李娜的周报",
        value: note,
        modifiedAt: "2026-06-01T08:00:00Z",
        createdBy: { id: "u2", displayName: "李娜" },
        lastModifiedBy: { id: "u1", displayName: "王建国" },
      },
    });
  });

  it("keeps only identities that name a user with an id, falling back to the email for the name", () => {
    const outcome = readRecordItem(
      "reports",
      buildItem({
        item: {
          createdBy: { application: { id: "app", displayName: "Flow" } },
          lastModifiedBy: { user: { id: "u3", email: "zhang.min@yunzhan.example" } },
        },
      }),
      noteSchema,
    );
    expect(outcome.ok && outcome.record.createdBy).toBeUndefined();
    expect(outcome.ok && outcome.record.lastModifiedBy).toEqual({ id: "u3", displayName: "zhang.min@yunzhan.example" });
    const anonymous = readRecordItem(
      "reports",
      buildItem({ item: { createdBy: null, lastModifiedBy: { user: { displayName: "无 id" } } } }),
      noteSchema,
    );
    expect(anonymous.ok && Object.keys(anonymous.record)).not.toContain("lastModifiedBy");
  });

  it("leaves empty optional columns out instead of mapping them to null", () => {
    const outcome = readRecordItem(
      "series",
      buildItem({ fields: { OccurrenceKey: null, Owner: null, Title: null } }),
      noteSchema,
    );
    expect(outcome.ok && outcome.record).toMatchObject({ title: parts.key });
    expect(outcome.ok && Object.keys(outcome.record)).not.toContain("occurrenceKey");
    expect(outcome.ok && Object.keys(outcome.record)).not.toContain("owner");
  });

  it("reports a payload its schema rejects, naming the item and key", () => {
    const outcome = readRecordItem(
      "reports",
      buildItem({ fields: { Payload: JSON.stringify({ schemaVersion: 1, text: 3 }) } }),
      noteSchema,
    );
    expect(outcome).toMatchObject({ ok: false, invalid: { list: "reports", itemId: "7", key: parts.key } });
    expect(!outcome.ok && outcome.invalid.reason).toMatch(/schema/);
  });

  it("reports a payload that is not JSON, and an item without our columns", () => {
    expect(readRecordItem("reports", buildItem({ fields: { Payload: "{oops" } }), noteSchema)).toMatchObject({
      ok: false,
      invalid: { reason: expect.stringMatching(/not JSON/) as unknown },
    });
    expect(readRecordItem("reports", buildItem({ fields: { RecordKey: undefined } }), noteSchema)).toMatchObject({
      ok: false,
      invalid: { itemId: "7" },
    });
  });
});

describe("prepareWrite", () => {
  it("writes the value as JSON with its key columns, schema version and summary", () => {
    const written = prepareWrite("reports", parts, note, noteSchema, "create");
    expect(written.fields).toEqual({
      Title: "李娜的周报",
      RecordKey: parts.key,
      SeriesId: parts.seriesId,
      OccurrenceKey: parts.occurrenceKey,
      Owner: parts.owner,
      Payload: JSON.stringify(note),
      SchemaVersion: 2,
    });
    expect(written.value).toEqual(note);
  });

  it("omits absent columns on create and clears them on update (the key is never rewritten)", () => {
    const bare = { key: "series|c", seriesId: "c" };
    expect(prepareWrite("series", bare, { a: 1 }, undefined, "create").fields).toEqual({
      Title: "series|c",
      RecordKey: "series|c",
      SeriesId: "c",
      Payload: '{"a":1}',
      SchemaVersion: 1,
    });
    expect(prepareWrite("series", bare, { a: 1 }, undefined, "update").fields).toEqual({
      Title: "series|c",
      SeriesId: "c",
      OccurrenceKey: null,
      Owner: null,
      Payload: '{"a":1}',
      SchemaVersion: 1,
    });
  });

  it("refuses a payload over SharePoint's multi-line limit before anything is sent", () => {
    const huge = { text: "字".repeat(payloadLimit) };
    expect(() => prepareWrite("reports", parts, huge, undefined, "create")).toThrow(RecordTooLargeError);
    expect(() =>
      prepareWrite("reports", parts, { text: "字".repeat(payloadLimit - 12) }, undefined, "create"),
    ).not.toThrow();
  });

  it("refuses a key longer than a single-line column holds", () => {
    const error = (() => {
      try {
        prepareWrite("reports", { ...parts, key: "k".repeat(256) }, note, noteSchema, "create");
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RecordTooLargeError);
    expect(error).toMatchObject({ kind: "recordTooLarge", column: "RecordKey", length: 256, limit: 255 });
  });

  it("refuses a value its own schema would not read back", () => {
    expect(() =>
      prepareWrite("reports", parts, { ...note, tags: "x" } as unknown as Note, noteSchema, "create"),
    ).toThrow(WorkspaceError);
  });
});

describe("write results", () => {
  it("builds the created record from the item and what was sent, not from the echoed fields", () => {
    const written = prepareWrite("reports", parts, note, noteSchema, "create");
    const record = recordFromCreated(buildItem({ item: { fields: undefined } }), '"e1,1"', parts, written);
    expect(record).toEqual({
      ...parts,
      itemId: "7",
      etag: '"e1,1"',
      value: note,
      modifiedAt: "2026-06-01T08:00:00Z",
      createdBy: { id: "u2", displayName: "李娜" },
      lastModifiedBy: { id: "u1", displayName: "王建国" },
    });
  });

  it("builds the updated record from the fieldValueSet a PATCH answers with, keeping who created it", () => {
    const stored = readRecordItem("reports", buildItem(), noteSchema);
    if (!stored.ok) throw new Error("fixture did not read");
    const next = { ...note, text: "改了" };
    const record = recordFromPatched(
      { "@odata.etag": '"e1,4"', Modified: "2026-06-02T01:00:00Z" },
      undefined,
      stored.record,
      prepareWrite("reports", stored.record, next, noteSchema, "update"),
    );
    expect(record).toMatchObject({
      itemId: "7",
      etag: '"e1,4"',
      value: next,
      modifiedAt: "2026-06-02T01:00:00Z",
      key: parts.key,
      createdBy: { id: "u2", displayName: "李娜" },
    });
    // Graph's answer names no writer; the next read of the item does.
    expect(record.lastModifiedBy).toBeUndefined();
  });

  it("tells an unchanged write from a changed one", () => {
    const stored = readRecordItem("reports", buildItem(), noteSchema);
    if (!stored.ok) throw new Error("fixture did not read");
    const record: StoredRecord<Note> = stored.record;
    expect(isSameRecord(record, parts, prepareWrite("reports", parts, note, noteSchema, "update"))).toBe(true);
    expect(
      isSameRecord(record, parts, prepareWrite("reports", parts, { ...note, tags: [] }, noteSchema, "update")),
    ).toBe(false);
    expect(
      isSameRecord(
        record,
        { ...parts, title: "other" },
        prepareWrite("reports", { ...parts, title: "other" }, note, noteSchema, "update"),
      ),
    ).toBe(false);
  });
});

describe("text helpers", () => {
  it("quotes OData string literals by doubling single quotes", () => {
    expect(quoteODataString("O'Brien's")).toBe("'O''Brien''s'");
  });

  it("summarizes to one line of at most 255 characters without splitting an emoji", () => {
    expect(summarize("  周报\n第 1 周  ")).toBe("周报 第 1 周");
    const cut = summarize(`${"a".repeat(253)}🎉🎉`);
    expect(cut).toHaveLength(254);
    expect(cut.endsWith("a…")).toBe(true);
  });
});
