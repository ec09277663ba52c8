import { describe, expect, it } from "vitest";
import { chooseBucket } from "./choose-bucket";

const link = (bucketId: string) => ({ taskId: "t", bucketId, fingerprint: "f" });

describe("chooseBucket", () => {
  it("asks for a new bucket when none has the occurrence's name and no link names one", () => {
    expect(chooseBucket([{ id: "b1", name: "待处理" }], "2026-11-30 周例会", {})).toEqual({
      bucketId: undefined,
      readBucketIds: [],
      duplicateBucketIds: [],
    });
  });

  it("picks the smallest id among same-name buckets, reads all of them, and marks the others", () => {
    const buckets = [
      { id: "zz", name: "周例会" },
      { id: "aa", name: "周例会" },
      { id: "mm", name: "其他" },
    ];
    expect(chooseBucket(buckets, "周例会", {})).toEqual({
      bucketId: "aa",
      readBucketIds: ["aa", "zz"],
      duplicateBucketIds: ["zz"],
    });
    expect(chooseBucket([...buckets].reverse(), "周例会", {}).bucketId).toBe("aa");
  });

  it("finds a renamed bucket through the links most of them name, ignoring deleted buckets", () => {
    const buckets = [
      { id: "b7", name: "改了名字" },
      { id: "b2", name: "已完成" },
    ];
    const previous = {
      a1: link("b7"),
      a2: link("b7"),
      a3: link("b2"),
      a4: link("gone"),
      a5: link("gone"),
      a6: link("gone"),
    };
    expect(chooseBucket(buckets, "周例会", previous)).toEqual({
      bucketId: "b7",
      readBucketIds: ["b7"],
      duplicateBucketIds: [],
    });
  });

  it("never lists another bucket a link names when the named one exists", () => {
    const buckets = [
      { id: "b1", name: "周例会" },
      { id: "b2", name: "已完成" },
    ];
    expect(chooseBucket(buckets, "周例会", { a1: link("b2") }).readBucketIds).toEqual(["b1"]);
  });
});

describe("chooseBucket with month buckets", () => {
  const month = "2026-11 周例会";
  const occurrence = "2026-11-30 周例会";

  it("uses the month's bucket when the occurrence has none of its own", () => {
    const buckets = [
      { id: "m1", name: month },
      { id: "o9", name: "2026-11-23 周例会" },
    ];
    expect(chooseBucket(buckets, month, {}, occurrence)).toEqual({
      bucketId: "m1",
      readBucketIds: ["m1"],
      duplicateBucketIds: [],
    });
  });

  it("keeps an occurrence published into its own bucket there, and does not read the month's", () => {
    const buckets = [
      { id: "m1", name: month },
      { id: "o2", name: occurrence },
      { id: "o1", name: occurrence },
    ];
    expect(chooseBucket(buckets, month, {}, occurrence)).toEqual({
      bucketId: "o1",
      readBucketIds: ["o1", "o2"],
      duplicateBucketIds: ["o2"],
    });
  });

  it("asks for the month's bucket when neither exists", () => {
    expect(chooseBucket([{ id: "x", name: "待处理" }], month, {}, occurrence).bucketId).toBeUndefined();
  });
});
