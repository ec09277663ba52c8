import { describe, expect, it } from "vitest";
import { buildMinutes, testPeople } from "../testing/build-minutes";
import { canEdit, getPublishedMinutes, startAmendment } from "./lifecycle";

const published = buildMinutes({
  status: "published",
  published: {
    version: 1,
    at: "2026-11-30T08:00:00.000Z",
    by: testPeople.noteTaker.upn,
    planner: { a1: { taskId: "t1", bucketId: "b1", fingerprint: "f" } },
  },
});

describe("lock and amend", () => {
  it("locks published minutes", () => {
    expect(canEdit(buildMinutes())).toBe(true);
    expect(canEdit(published)).toBe(false);
  });

  it("starts the next version as a draft that keeps the published one in history", () => {
    const amended = startAmendment(published, "Wang.Jianguo@yunzhan.example", new Date("2026-12-01T02:00:00.000Z"));
    expect(amended).toMatchObject({
      status: "draft",
      version: 2,
      updatedBy: "wang.jianguo@yunzhan.example",
      updatedAt: "2026-12-01T02:00:00.000Z",
    });
    expect(amended.published?.planner).toEqual(published.published?.planner);
    expect(amended.history).toHaveLength(1);
    expect(amended.history[0]).toMatchObject({
      version: 1,
      publishedAt: "2026-11-30T08:00:00.000Z",
      publishedBy: testPeople.noteTaker.upn,
    });
    expect(JSON.parse(amended.history[0]?.snapshot ?? "null")).toEqual({ ...published, history: [] });
    expect(canEdit(amended)).toBe(true);
  });

  it("leaves a draft as it is", () => {
    const draft = buildMinutes();
    expect(startAmendment(draft, "x", new Date())).toBe(draft);
  });
});

describe("getPublishedMinutes", () => {
  it("is the record while published, none before the first publication", () => {
    expect(getPublishedMinutes(published)).toBe(published);
    expect(getPublishedMinutes(buildMinutes())).toBeUndefined();
  });

  it("is the published version, not the amendment's draft, while an amendment is open", () => {
    const amended = startAmendment(published, "x", new Date("2026-12-01T02:00:00.000Z"));
    const editing = { ...amended, meetingTitle: "改过的标题" };
    expect(getPublishedMinutes(editing)).toEqual({ ...published, history: [] });
  });
});
