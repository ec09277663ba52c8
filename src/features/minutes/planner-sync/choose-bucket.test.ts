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
