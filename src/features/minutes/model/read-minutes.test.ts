import { describe, expect, it } from "vitest";
import { buildAction, buildMinutes } from "../testing/build-minutes";
import { arrangeForReading } from "./read-minutes";

describe("arrangeForReading", () => {
  it("puts each action under its decision, the unlinked ones under their agenda item", () => {
    const base = buildMinutes();
    const minutes = {
      ...base,
      items: base.items.map((item) =>
        item.id === "ops" ? { ...item, decisions: [{ id: "d1", text: "退货流程改版" }] } : item,
      ),
      actions: [
        buildAction({ id: "a1", itemId: "ops", decisionId: "d1" }),
        buildAction({ id: "a2", itemId: "ops", decisionId: "d1" }),
        buildAction({ id: "a3", itemId: "ops" }),
        buildAction({ id: "a4", itemId: "gone" }),
      ],
    };
    const { items, unplaced } = arrangeForReading(minutes);
    const ops = items.find((r) => r.item.id === "ops");
    expect(ops?.decisions.map((d) => [d.decision.id, d.actions.map((a) => a.id)])).toEqual([["d1", ["a1", "a2"]]]);
    expect(ops?.actions.map((a) => a.id)).toEqual(["a3"]);
    expect(unplaced.map((a) => a.id)).toEqual(["a4"]);
  });
});
