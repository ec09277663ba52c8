import { describe, expect, it } from "vitest";
import { buildAction, buildMinutes } from "../testing/build-minutes";
import { addDecision, removeDecision, setActionDecision } from "./edit-minutes";

describe("linking an action to a decision", () => {
  const minutes = addDecision(buildMinutes({ actions: [buildAction({ id: "a1", itemId: "ops" })] }), "ops", {
    id: "d1",
    text: "退货流程改版",
  });

  it("links the action to the decision, and back to the agenda item", () => {
    const linked = setActionDecision(minutes, "a1", "d1");
    expect(linked.actions[0]?.decisionId).toBe("d1");
    const unlinked = setActionDecision(linked, "a1", undefined);
    expect(unlinked.actions[0]).not.toHaveProperty("decisionId");
  });

  it("leaves the action with its agenda item when the decision is removed", () => {
    const removed = removeDecision(setActionDecision(minutes, "a1", "d1"), "ops", "d1");
    expect(removed.actions[0]).not.toHaveProperty("decisionId");
    expect(removed.actions[0]?.itemId).toBe("ops");
  });
});
