import { describe, expect, it } from "vitest";
import { buildFingerprint, hashText, splitFingerprint, toEpochMs } from "./fingerprint";

const fields = { title: "t", assigneeId: "u", dueDateTime: "2026-12-04T15:59:59.000Z", priority: 3 };
const details = { description: "d", referenceKey: "k", referenceAlias: "a" };

describe("fingerprints", () => {
  it("hashes deterministically to 16 hex digits", () => {
    expect(hashText("验收标准")).toBe(hashText("验收标准"));
    expect(hashText("验收标准")).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText("ab")).not.toBe(hashText("ba"));
  });

  it("treats equal instants as equal whatever their spelling", () => {
    expect(toEpochMs("2026-12-04T15:59:59Z")).toBe(toEpochMs("2026-12-04T15:59:59.000Z"));
    expect(buildFingerprint({ ...fields, dueDateTime: "2026-12-04T15:59:59Z" }, details)).toBe(
      buildFingerprint(fields, details),
    );
    expect(toEpochMs(null)).toBeNull();
  });

  it("splits into task and details halves, and refuses other formats", () => {
    const split = splitFingerprint(buildFingerprint(fields, details));
    expect(split).toBeDefined();
    expect(splitFingerprint(buildFingerprint(fields, { ...details, description: "x" }))?.task).toBe(split?.task);
    expect(splitFingerprint("abc")).toBeUndefined();
    expect(splitFingerprint("v0.a.b")).toBeUndefined();
  });
});
