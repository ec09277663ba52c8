import { describe, expect, it } from "vitest";
import { buildAction, buildMinutes } from "../testing/build-minutes";
import { validateActions } from "./validate-actions";

describe("validateActions", () => {
  it("accepts a complete action", () => {
    expect(validateActions(buildMinutes({ actions: [buildAction()] }))).toEqual([]);
  });

  it("names every missing field of every action", () => {
    const minutes = buildMinutes({
      actions: [
        buildAction({ id: "x", what: " ", owner: "", ownerName: "", due: "", standard: "" }),
        buildAction({ id: "y", due: "2026-02-30" }),
      ],
    });
    expect(validateActions(minutes)).toEqual([
      { actionId: "x", field: "what", messageKey: "validation.whatRequired" },
      { actionId: "x", field: "owner", messageKey: "validation.ownerRequired" },
      { actionId: "x", field: "due", messageKey: "validation.dueRequired" },
      { actionId: "x", field: "standard", messageKey: "validation.standardRequired" },
      { actionId: "y", field: "due", messageKey: "validation.dueInvalid" },
    ]);
  });
});
