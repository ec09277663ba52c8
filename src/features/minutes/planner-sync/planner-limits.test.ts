import { describe, expect, it } from "vitest";
import { GraphRequestError } from "@/lib/graph";
import { findPlannerLimit } from "./planner-limits";
import { PublishIncompleteError } from "./publish-action-items";

const forbidden = (code: string) => new GraphRequestError({ status: 403, code, message: "limit" });
const partial = { planner: {}, created: 0, updated: 0, unchanged: 0, removedCopies: 0, touchedCopies: [] };

describe("findPlannerLimit", () => {
  it("names the limit of a 403 Planner answered with a limit code", () => {
    expect(findPlannerLimit(forbidden("MaximumBucketsInProject"))).toBe("MaximumBucketsInProject");
  });

  it("finds the limit among the failed tasks of an incomplete publish", () => {
    const error = new PublishIncompleteError(partial, [
      { actionId: "a1", error: new GraphRequestError({ status: 503, code: "ServiceUnavailable", message: "x" }) },
      { actionId: "a2", error: forbidden("MaximumActiveTasksInProject") },
    ]);
    expect(findPlannerLimit(error)).toBe("MaximumActiveTasksInProject");
  });

  it("says nothing of other failures, a 403 without a limit code included", () => {
    expect(findPlannerLimit(forbidden("Authorization_RequestDenied"))).toBeUndefined();
    expect(findPlannerLimit(new GraphRequestError({ status: 400, code: "MaximumTasksInProject", message: "x" }))).toBe(
      undefined,
    );
    expect(findPlannerLimit(new TypeError("Failed to fetch"))).toBeUndefined();
  });
});
