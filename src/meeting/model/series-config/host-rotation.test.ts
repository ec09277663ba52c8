import { describe, expect, it } from "vitest";
import { pickHost } from "./host-rotation";

const order = ["a@x", "b@x", "c@x"];
const held = ["k1", "k2", "k3", "k4", "k5"];

describe("host rotation", () => {
  it("takes turns once per held meeting from the one it starts at", () => {
    const rule = { mode: "rotating", order, startsAt: "k2" } as const;
    expect(held.map((key) => pickHost(rule, key, held))).toEqual(["c@x", "a@x", "b@x", "c@x", "a@x"]);
  });

  it("skips cancelled meetings: they are not among the held ones", () => {
    const rule = { mode: "rotating", order, startsAt: "k1" } as const;
    const withoutK2 = held.filter((key) => key !== "k2");
    expect(pickHost(rule, "k3", withoutK2)).toBe("b@x");
  });

  it("falls back to the first in order when the start or the meeting is unknown, and to none without an order", () => {
    expect(pickHost({ mode: "rotating", order, startsAt: "gone" }, "k3", held)).toBe("a@x");
    expect(pickHost({ mode: "rotating", order: [], startsAt: "k1" }, "k3", held)).toBeUndefined();
  });

  it("is the same person every time when fixed", () => {
    expect(pickHost({ mode: "fixed", host: "a@x" }, "k4", held)).toBe("a@x");
  });
});
