import { describe, expect, it } from "vitest";
import { buildFingerprint, hashDetails } from "./fingerprint";
import { planEarlyReads } from "./plan-early-reads";

const details = (description: string) => ({ description, referenceKey: "k", referenceAlias: "周例会 11月30日" });
const fields = { title: "整理", assigneeId: "u1", dueDateTime: "2026-12-01T15:59:59.000Z", priority: 5 };
const link = (taskId: string, bucketId: string, description = "标准") => ({
  taskId,
  bucketId,
  fingerprint: buildFingerprint(fields, details(description)),
});

describe("planEarlyReads", () => {
  it("reads nothing early on a first publish", () => {
    expect(planEarlyReads([{ actionId: "a1", details: details("标准") }], {})).toEqual({
      bucketId: undefined,
      detailTaskIds: [],
    });
  });

  it("lists the bucket most links name, the smallest id on a tie", () => {
    const previous = { a1: link("t1", "b2"), a2: link("t2", "b1"), a3: link("t3", "b2"), a4: link("t4", "b1") };
    expect(planEarlyReads([], previous).bucketId).toBe("b1");
    expect(planEarlyReads([], { ...previous, a5: link("t5", "b2") }).bucketId).toBe("b2");
  });

  it("reads the details of linked tasks whose details changed, not of unchanged or new ones", () => {
    const previous = { a1: link("t1", "b1"), a2: link("t2", "b1") };
    const wanted = [
      { actionId: "a1", details: details("标准") },
      { actionId: "a2", details: details("新的完成标准") },
      { actionId: "a3", details: details("标准") },
    ];
    expect(planEarlyReads(wanted, previous).detailTaskIds).toEqual(["t2"]);
  });

  it("reads the details when the link's fingerprint is of another format or half-written", () => {
    const previous = {
      a1: { taskId: "t1", bucketId: "b1", fingerprint: "v0.x" },
      a2: { taskId: "t2", bucketId: "b1", fingerprint: `v1.-.-` },
      a3: { taskId: "t3", bucketId: "b1", fingerprint: `v1.-.${hashDetails(details("标准"))}` },
    };
    const wanted = ["a1", "a2", "a3"].map((actionId) => ({ actionId, details: details("标准") }));
    expect(planEarlyReads(wanted, previous).detailTaskIds).toEqual(["t1", "t2"]);
  });
});
