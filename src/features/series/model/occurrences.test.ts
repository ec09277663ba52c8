import { describe, expect, it } from "vitest";
import { buildOccurrences, locateOccurrences } from "./occurrences";
import type { InstanceInput } from "./occurrences";

const hour = 3_600_000;

function buildInstance(overrides: Partial<InstanceInput> & { start: Date }): InstanceInput {
  return {
    eventId: `evt-${overrides.start.toISOString()}`,
    type: "occurrence",
    end: new Date(overrides.start.getTime() + 1.5 * hour),
    isCancelled: false,
    ...overrides,
  };
}

const nov30 = new Date("2026-11-30T05:30:00Z");
const dec7 = new Date("2026-12-07T05:30:00Z");
const dec8moved = new Date("2026-12-08T06:00:00Z");
const dec14 = new Date("2026-12-14T05:30:00Z");
const dec21 = new Date("2026-12-21T05:30:00Z");

describe("buildOccurrences", () => {
  const occurrences = buildOccurrences(
    [
      buildInstance({ start: nov30 }),
      buildInstance({ start: dec8moved, type: "exception", originalStart: dec7 }),
      buildInstance({ start: dec21 }),
    ],
    [{ originalStart: dec14, durationMs: 1.5 * hour }],
  );

  it("keys a moved occurrence by its original start and marks it moved", () => {
    const moved = occurrences.find((o) => o.key === dec7.toISOString());
    expect(moved).toMatchObject({ status: "moved", start: dec8moved, originalStart: dec7 });
  });

  it("keeps a cancelled occurrence, marked cancelled, in start order", () => {
    expect(occurrences.map((o) => [o.key, o.status])).toEqual([
      [nov30.toISOString(), "scheduled"],
      [dec7.toISOString(), "moved"],
      [dec14.toISOString(), "cancelled"],
      [dec21.toISOString(), "scheduled"],
    ]);
  });

  it("does not treat an exception that only changed its subject as moved", () => {
    const [only] = buildOccurrences([buildInstance({ start: nov30, type: "exception", originalStart: nov30 })], []);
    expect(only?.status).toBe("scheduled");
  });
});

describe("locateOccurrences", () => {
  const occurrences = buildOccurrences(
    [buildInstance({ start: nov30 }), buildInstance({ start: dec21 })],
    [{ originalStart: dec14, durationMs: 1.5 * hour }],
  );

  it("skips a cancelled occurrence when choosing the next one", () => {
    const position = locateOccurrences(occurrences, new Date("2026-12-10T00:00:00Z"));
    expect(position.previous?.start).toEqual(nov30);
    expect(position.current?.start).toEqual(dec21);
    expect(position.isUnderWay).toBe(false);
    expect(position.upcoming.map((o) => o.status)).toEqual(["cancelled"]);
  });

  it("reports a meeting under way", () => {
    const position = locateOccurrences(occurrences, new Date("2026-11-30T06:00:00Z"));
    expect(position.current?.start).toEqual(nov30);
    expect(position.isUnderWay).toBe(true);
    expect(position.previous).toBeUndefined();
  });
});
