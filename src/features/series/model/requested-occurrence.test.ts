import { describe, expect, it } from "vitest";
import { buildOccurrence, buildSeries } from "../testing/build-series";
import { findNearestOccurrence, findRequestedOccurrence, settleLookUp } from "./requested-occurrence";

// 11-30, 12-07 (moved to 12-08), 12-14 (cancelled), 12-21.
const { occurrences } = buildSeries();

describe("findRequestedOccurrence", () => {
  it("finds a loaded meeting by its key, a moved one by its original start", () => {
    expect(findRequestedOccurrence(occurrences, "2026-12-21T05:30:00.000Z")).toMatchObject({
      kind: "found",
      occurrence: { key: "2026-12-21T05:30:00.000Z" },
    });
    expect(findRequestedOccurrence(occurrences, "2026-12-07T05:30:00Z")).toMatchObject({
      kind: "found",
      occurrence: { status: "moved" },
    });
  });

  it("says a cancelled meeting is cancelled and offers the nearest one held", () => {
    const answer = findRequestedOccurrence(occurrences, "2026-12-14T05:30:00.000Z");
    expect(answer.kind).toBe("cancelled");
    expect(answer).toMatchObject({ nearest: { key: "2026-12-07T05:30:00.000Z" } });
  });

  it("says a key between loaded meetings that names none of them is not in the series", () => {
    const answer = findRequestedOccurrence(occurrences, "2026-12-02T05:30:00.000Z");
    expect(answer).toMatchObject({ kind: "notInSeries", nearest: { key: "2026-11-30T05:30:00.000Z" } });
    expect(findRequestedOccurrence(occurrences, "next-week")).toMatchObject({
      kind: "notInSeries",
      nearest: { key: "2026-11-30T05:30:00.000Z" },
    });
  });

  it("looks up a key outside the loaded window instead of opening another meeting", () => {
    expect(findRequestedOccurrence(occurrences, "2027-04-05T08:30:00.000Z")).toEqual({
      kind: "lookUp",
      at: new Date("2027-04-05T08:30:00.000Z"),
    });
  });
});

describe("settleLookUp", () => {
  const april = [buildOccurrence("2027-03-29T08:30:00Z"), buildOccurrence("2027-04-05T08:30:00Z")];

  it("opens the fetched meeting whose key the link names", () => {
    const at = new Date("2027-04-05T08:30:00Z");
    expect(settleLookUp(at.toISOString(), at, april, occurrences)).toMatchObject({
      kind: "found",
      occurrence: { key: "2027-04-05T08:30:00.000Z" },
    });
  });

  it("offers the nearest fetched meeting when the link names none", () => {
    const at = new Date("2027-04-06T08:30:00Z");
    expect(settleLookUp(at.toISOString(), at, april, occurrences)).toMatchObject({
      kind: "notInSeries",
      nearest: { key: "2027-04-05T08:30:00.000Z" },
    });
    expect(settleLookUp(at.toISOString(), at, [], occurrences)).toMatchObject({
      kind: "notInSeries",
      nearest: { key: "2026-12-21T05:30:00.000Z" },
    });
  });

  it("never offers a cancelled meeting as the nearest", () => {
    expect(findNearestOccurrence(occurrences, new Date("2026-12-14T05:30:00Z"))?.key).toBe("2026-12-07T05:30:00.000Z");
  });
});
