import { describe, expect, it } from "vitest";
import { diffTask, planPublish } from "./plan-publish";
import type { PublishPlanInput } from "./plan-publish";
import { buildDesired, buildExisting, writtenDetails } from "./testing/builders";
import type { DesiredTask, PlannerLink } from "./types";

function linkOf(taskId: string, desired: DesiredTask, bucketId = "bucket-1"): PlannerLink {
  return { taskId, bucketId, fingerprint: desired.fingerprint };
}

function plan(input: Partial<PublishPlanInput> & Pick<PublishPlanInput, "desired">) {
  return planPublish({ previous: {}, existing: [], bucketId: "bucket-1", ...input });
}

describe("planPublish", () => {
  it("creates every action item in an empty bucket", () => {
    const desired = [buildDesired("a1"), buildDesired("a2")];
    const result = plan({ desired });
    expect(result.creates.map((d) => d.actionId)).toEqual(["a1", "a2"]);
    expect(result.taskUpdates).toEqual([]);
    expect(result.detailUpdates).toEqual([]);
    expect(result.links).toEqual({});
  });

  it("writes nothing when every link's fingerprint is unchanged, whatever Planner now holds", () => {
    const a1 = buildDesired("a1");
    const movedByOwner = buildExisting("t1", a1, { dueDateTime: "2026-12-20T00:00:00Z", priority: 9 });
    const result = plan({ desired: [a1], previous: { a1: linkOf("t1", a1) }, existing: [movedByOwner] });
    expect(result).toMatchObject({ creates: [], taskUpdates: [], detailUpdates: [], unchanged: ["a1"] });
    expect(result.links.a1).toEqual(linkOf("t1", a1));
  });

  it("patches only the changed task fields, with the listed etag, when the what changes", () => {
    const before = buildDesired("a1");
    const after = buildDesired("a1", { what: "新的标题" });
    const result = plan({
      desired: [after],
      previous: { a1: linkOf("t1", before) },
      existing: [buildExisting("t1", before)],
    });
    expect(result.taskUpdates).toEqual([
      { actionId: "a1", taskId: "t1", etag: 'W/"etag-t1"', patch: { title: "新的标题" } },
    ]);
    expect(result.detailUpdates).toEqual([]);
    expect(result.links.a1?.fingerprint).toBe(after.fingerprint);
  });

  it("rewrites only the details when the standard of done changes", () => {
    const before = buildDesired("a1");
    const after = buildDesired("a1", { standard: "交付并签字" });
    const result = plan({
      desired: [after],
      previous: { a1: linkOf("t1", before) },
      existing: [buildExisting("t1", before)],
    });
    expect(result.taskUpdates).toEqual([]);
    expect(result.detailUpdates).toEqual([{ actionId: "a1", taskId: "t1", details: after.details }]);
  });

  it("recreates a linked task that no longer exists", () => {
    const a1 = buildDesired("a1");
    const result = plan({ desired: [a1], previous: { a1: linkOf("gone", a1) } });
    expect(result.creates).toEqual([a1]);
  });

  describe("recovering tasks whose ids were lost", () => {
    it("adopts a task with the creation-time fields and writes its missing details", () => {
      const a1 = buildDesired("a1");
      const result = plan({
        desired: [a1],
        existing: [buildExisting("t1", a1, { details: { etag: 'W/"d1"', description: "", references: {} } })],
      });
      expect(result.creates).toEqual([]);
      expect(result.taskUpdates).toEqual([]);
      expect(result.detailUpdates).toEqual([{ actionId: "a1", taskId: "t1", etag: 'W/"d1"', details: a1.details }]);
      expect(result.links.a1).toEqual(linkOf("t1", a1));
    });

    it("adopts a fully written task without any write", () => {
      const a1 = buildDesired("a1");
      const result = plan({ desired: [a1], existing: [buildExisting("t1", a1, { details: writtenDetails(a1) })] });
      expect(result).toMatchObject({ creates: [], taskUpdates: [], detailUpdates: [], unchanged: ["a1"] });
    });

    it("finds a task by its marker even after the action was edited, and patches it", () => {
      const before = buildDesired("a1");
      const after = buildDesired("a1", { what: "改过的标题", due: "2026-12-11", standard: "新标准" });
      const result = plan({
        desired: [after],
        existing: [buildExisting("t1", before, { details: writtenDetails(before) })],
      });
      expect(result.creates).toEqual([]);
      expect(result.taskUpdates[0]?.patch).toEqual({ title: "改过的标题", dueDateTime: after.fields.dueDateTime });
      expect(result.detailUpdates).toHaveLength(1);
    });

    it("finds a task an earlier publish marked at the end of the alias, and rewrites its details", () => {
      const before = buildDesired("a1", { what: "改过之前的标题" });
      const after = buildDesired("a1");
      const legacy = {
        etag: 'W/"details"',
        description: before.details.description,
        references: {
          "https%3A//teams%2Emicrosoft%2Ecom/l/entity/app/minutes": "会议纪要 · 2026-11-30 周例会 · #a1",
        },
      };
      const result = plan({ desired: [after], existing: [buildExisting("t1", before, { details: legacy })] });
      expect(result.creates).toEqual([]);
      expect(result.taskUpdates.map((update) => update.taskId)).toEqual(["t1"]);
      expect(result.detailUpdates).toHaveLength(1);
    });

    it("never adopts a task whose marker names another action item", () => {
      const a1 = buildDesired("a1");
      const a2 = buildDesired("a2", { what: "行动项 a1", standard: "验收 a1" });
      const result = plan({ desired: [a2], existing: [buildExisting("t1", a1, { details: writtenDetails(a1) })] });
      expect(result.creates).toEqual([a2]);
    });

    it("never adopts a task linked to another action item, even a removed one", () => {
      const removed = buildDesired("gone");
      const a1 = buildDesired("a1", { what: "行动项 gone" });
      const result = plan({
        desired: [a1],
        previous: { gone: linkOf("t1", removed) },
        existing: [buildExisting("t1", removed)],
      });
      expect(result.creates).toEqual([a1]);
    });

    it("pairs identical action items with distinct tasks and creates only the missing ones", () => {
      const twins = [
        buildDesired("a1", { what: "同一件事" }),
        buildDesired("a2", { what: "同一件事" }),
        buildDesired("a3", { what: "同一件事" }),
      ];
      const [first] = twins;
      if (!first) throw new Error("fixture");
      const existing = [buildExisting("t2", first), buildExisting("t1", first)];
      const result = plan({ desired: twins, existing });
      expect(result.links.a1?.taskId).toBe("t1");
      expect(result.links.a2?.taskId).toBe("t2");
      expect(result.creates.map((d) => d.actionId)).toEqual(["a3"]);
    });

    it("prefers the marker match over a fields match of another task", () => {
      const a1 = buildDesired("a1");
      const existing = [buildExisting("t0", a1), buildExisting("t9", a1, { details: writtenDetails(a1) })];
      const result = plan({ desired: [a1], existing });
      expect(result.links.a1?.taskId).toBe("t9");
      expect(result.unchanged).toEqual(["a1"]);
    });

    it("does not adopt a task whose title, due or owner differ", () => {
      const a1 = buildDesired("a1");
      for (const overrides of [
        { title: "别的" },
        { dueDateTime: "2026-12-05T15:59:59Z" },
        { assigneeIds: ["someone-else"] },
      ]) {
        expect(plan({ desired: [a1], existing: [buildExisting("t1", a1, overrides)] }).creates).toEqual([a1]);
      }
    });

    it("adopts a task to which a helper was added, keeping the helper", () => {
      const a1 = buildDesired("a1");
      const result = plan({
        desired: [a1],
        existing: [buildExisting("t1", a1, { assigneeIds: ["helper", a1.fields.assigneeId] })],
      });
      expect(result.creates).toEqual([]);
      expect(result.taskUpdates).toEqual([]);
    });
  });

  it("moves a task found in a same-name duplicate bucket into the chosen one when writing it", () => {
    const a1 = buildDesired("a1");
    const result = plan({
      desired: [a1],
      existing: [buildExisting("t1", a1, { bucketId: "bucket-2" })],
      duplicateBucketIds: ["bucket-2"],
    });
    expect(result.taskUpdates).toEqual([
      { actionId: "a1", taskId: "t1", etag: 'W/"etag-t1"', patch: { bucketId: "bucket-1" } },
    ]);
    expect(result.links.a1?.bucketId).toBe("bucket-1");
  });

  it("handles a mix: unchanged, edited, added", () => {
    const [a1, a2] = [buildDesired("a1"), buildDesired("a2")];
    const a2Edited = buildDesired("a2", { priority: "low" });
    const a3 = buildDesired("a3");
    const result = plan({
      desired: [a1, a2Edited, a3],
      previous: { a1: linkOf("t1", a1), a2: linkOf("t2", a2) },
      existing: [buildExisting("t1", a1), buildExisting("t2", a2)],
    });
    expect(result.unchanged).toEqual(["a1"]);
    expect(result.taskUpdates.map((u) => [u.taskId, u.patch])).toEqual([["t2", { priority: 9 }]]);
    expect(result.creates.map((d) => d.actionId)).toEqual(["a3"]);
  });
});

describe("diffTask", () => {
  it("replaces the assignees when the owner changes", () => {
    const a1 = buildDesired("a1");
    const patch = diffTask(buildExisting("t1", a1, { assigneeIds: ["old-1", "old-2"] }), a1.fields);
    expect(patch).toEqual({
      assignments: {
        "old-1": null,
        "old-2": null,
        [a1.fields.assigneeId]: { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" },
      },
    });
  });

  it("is empty when Planner already holds the fields, whatever the instant's spelling", () => {
    const a1 = buildDesired("a1");
    expect(diffTask(buildExisting("t1", a1), a1.fields)).toEqual({});
  });

  it("creates its own task beside another occurrence's task of the month with the same creation fields", () => {
    const a1 = buildDesired("a1");
    const earlier = buildDesired("b7", { what: a1.fields.title }, { occurrenceName: "2026-11-23 周例会" });
    const published = buildExisting("t9", a1, { hasDescription: true, details: writtenDetails(earlier) });
    const detailsUnread = buildExisting("t8", a1, { hasDescription: true });
    const result = plan({ desired: [a1], existing: [published, detailsUnread] });
    expect(result.creates.map((d) => d.actionId)).toEqual(["a1"]);
    expect(result.removals).toEqual([]);
  });
});
