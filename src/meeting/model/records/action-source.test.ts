import { describe, expect, it } from "vitest";
import { findActionSource, getDefaultDecisionId } from "./action-source";

const items = [
  { id: "i1", title: "公司动态", decisions: [{ id: "d1", text: "提前备货" }] },
  { id: "i2", title: "本周安排", decisions: [] },
];

describe("findActionSource", () => {
  it("names the decision the action is linked to", () => {
    expect(findActionSource(items, { itemId: "i1", decisionId: "d1" })).toEqual({
      kind: "decision",
      itemId: "i1",
      itemTitle: "公司动态",
      decisionId: "d1",
      decisionText: "提前备货",
    });
  });

  it("falls back to the agenda item, never to another decision of it, when there is no link", () => {
    expect(findActionSource(items, { itemId: "i1" })).toEqual({ kind: "item", itemId: "i1", itemTitle: "公司动态" });
  });

  it("treats a link to a removed decision as the agenda item's", () => {
    expect(findActionSource(items, { itemId: "i2", decisionId: "gone" })).toEqual({
      kind: "item",
      itemId: "i2",
      itemTitle: "本周安排",
    });
  });

  it("says none for an action whose agenda item is gone", () => {
    expect(findActionSource(items, { itemId: "x" })).toEqual({ kind: "none" });
  });
});

describe("getDefaultDecisionId", () => {
  it("is the latest decision of the item, or none", () => {
    expect(
      getDefaultDecisionId({
        id: "i",
        decisions: [
          { id: "a", text: "" },
          { id: "b", text: "" },
        ],
      }),
    ).toBe("b");
    expect(getDefaultDecisionId({ id: "i", decisions: [] })).toBeUndefined();
  });
});
