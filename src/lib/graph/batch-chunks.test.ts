import { describe, expect, it } from "vitest";
import { chunkRequests, groupByDependency } from "./batch-chunks";
import { buildBatchRequest } from "./testing/batch-builders";

const ids = (chunks: { id: string }[][]) => chunks.map((chunk) => chunk.map((request) => request.id));

describe("chunkRequests", () => {
  it("splits independent requests into payloads of at most 20, in order", () => {
    const requests = Array.from({ length: 45 }, (_, index) => buildBatchRequest(`r${index}`));
    const chunks = chunkRequests(requests);
    expect(chunks.map((chunk) => chunk.length)).toEqual([20, 20, 5]);
    expect(chunks.flat().map((request) => request.id)).toEqual(requests.map((request) => request.id));
  });

  it("moves a whole dependsOn chain to the next payload rather than splitting it", () => {
    const independent = Array.from({ length: 18 }, (_, index) => buildBatchRequest(`r${index}`));
    const chain = [
      buildBatchRequest("a"),
      buildBatchRequest("b", { dependsOn: ["a"] }),
      buildBatchRequest("c", { dependsOn: ["b"] }),
    ];
    const chunks = chunkRequests([...independent, ...chain]);
    expect(chunks.map((chunk) => chunk.length)).toEqual([18, 3]);
    expect(ids(chunks)[1]).toEqual(["a", "b", "c"]);
  });

  it("keeps a dependent with its dependency even when far apart in the input", () => {
    const requests = [
      buildBatchRequest("a"),
      ...Array.from({ length: 25 }, (_, index) => buildBatchRequest(`r${index}`)),
      buildBatchRequest("b", { dependsOn: ["a"] }),
    ];
    const [first] = chunkRequests(requests);
    expect(first?.map((request) => request.id)).toEqual([
      "a",
      "b",
      ...Array.from({ length: 18 }, (_, index) => `r${index}`),
    ]);
  });

  it("rejects what Graph would reject", () => {
    expect(() => chunkRequests([buildBatchRequest("a"), buildBatchRequest("a")])).toThrow(
      /Duplicate \$batch request id "a"/,
    );
    expect(() => chunkRequests([buildBatchRequest("a", { dependsOn: ["zz"] })])).toThrow(/depends on unknown id "zz"/);
    const longChain = Array.from({ length: 21 }, (_, index) =>
      buildBatchRequest(`c${index}`, index === 0 ? {} : { dependsOn: [`c${index - 1}`] }),
    );
    expect(() => chunkRequests(longChain)).toThrow(/chain of 21 requests .* exceeds the 20-request/);
  });
});

describe("groupByDependency", () => {
  it("joins requests that share a dependency and keeps the rest apart", () => {
    const groups = groupByDependency([
      buildBatchRequest("a"),
      buildBatchRequest("x"),
      buildBatchRequest("b", { dependsOn: ["a"] }),
      buildBatchRequest("c", { dependsOn: ["a"] }),
      buildBatchRequest("y"),
    ]);
    expect(ids(groups)).toEqual([["a", "b", "c"], ["x"], ["y"]]);
  });
});
