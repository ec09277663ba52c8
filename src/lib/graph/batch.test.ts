import { describe, expect, it, vi } from "vitest";
import { runBatch } from "./batch";
import type { BatchPolicy, SendBatch } from "./batch";
import { buildBatchRequest, buildBatchResponse } from "./testing/batch-builders";
import type { BatchRequest, BatchResponse } from "./types";

/** A fake $batch endpoint answering each round from a script and recording what it was sent. */
function scriptBatch(rounds: ((request: BatchRequest) => BatchResponse)[]): {
  send: SendBatch;
  sent: BatchRequest[][];
} {
  const sent: BatchRequest[][] = [];
  const send: SendBatch = (chunk) => {
    const answer = rounds[Math.min(sent.length, rounds.length - 1)];
    sent.push(chunk);
    if (answer === undefined) throw new Error("no scripted round");
    return Promise.resolve(chunk.map(answer));
  };
  return { send, sent };
}

function buildPolicy(overrides: Partial<BatchPolicy> = {}): BatchPolicy & { waits: number[] } {
  const waits: number[] = [];
  return {
    maxAttempts: 5,
    maxDelayMs: 30_000,
    sleep: (ms) => (waits.push(ms), Promise.resolve()),
    waits,
    ...overrides,
  };
}

const ok = (request: BatchRequest) => buildBatchResponse(request.id, 200);

describe("runBatch", () => {
  it("re-sends only the throttled item, after the largest inner Retry-After", async () => {
    const requests = ["a", "b", "c"].map((id) => buildBatchRequest(id));
    const { send, sent } = scriptBatch([
      (request) =>
        request.id === "b"
          ? buildBatchResponse("b", 429, { "retry-after": "3" })
          : request.id === "c"
            ? buildBatchResponse("c", 503, { "retry-after": "7" })
            : ok(request),
      ok,
    ]);
    const policy = buildPolicy();
    const responses = await runBatch(requests, send, policy);
    expect(responses.map((response) => [response.id, response.status])).toEqual([
      ["a", 200],
      ["b", 200],
      ["c", 200],
    ]);
    expect(sent.map((chunk) => chunk.map((request) => request.id))).toEqual([
      ["a", "b", "c"],
      ["b", "c"],
    ]);
    expect(policy.waits).toEqual([7000]);
  });

  it("re-sends a 424 together with the throttled request it depended on", async () => {
    const requests = [
      buildBatchRequest("create", { method: "POST", url: "/planner/buckets", body: { name: "2025-03-10" } }),
      buildBatchRequest("task", { method: "POST", url: "/planner/tasks", dependsOn: ["create"] }),
      buildBatchRequest("other"),
    ];
    const { send, sent } = scriptBatch([
      (request) =>
        request.id === "create"
          ? buildBatchResponse("create", 429, { "retry-after": "1" })
          : request.id === "task"
            ? buildBatchResponse("task", 424)
            : ok(request),
      ok,
    ]);
    const responses = await runBatch(requests, send, buildPolicy());
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(sent[1]?.map((request) => [request.id, request.dependsOn])).toEqual([
      ["create", undefined],
      ["task", ["create"]],
    ]);
  });

  it("drops dependsOn links to requests that already succeeded", async () => {
    const requests = [buildBatchRequest("a"), buildBatchRequest("b", { dependsOn: ["a"] })];
    const { send, sent } = scriptBatch([
      (request) => (request.id === "b" ? buildBatchResponse("b", 429, { "retry-after": "1" }) : ok(request)),
      ok,
    ]);
    await runBatch(requests, send, buildPolicy());
    expect(sent[1]).toEqual([{ ...buildBatchRequest("b") }]);
  });

  it("leaves a 424 whose dependency failed for good, and other errors, as they are", async () => {
    const requests = [buildBatchRequest("a"), buildBatchRequest("b", { dependsOn: ["a"] })];
    const { send, sent } = scriptBatch([
      (request) => (request.id === "a" ? buildBatchResponse("a", 404) : buildBatchResponse("b", 424)),
    ]);
    const responses = await runBatch(requests, send, buildPolicy());
    expect(responses.map((response) => response.status)).toEqual([404, 424]);
    expect(sent).toHaveLength(1);
  });

  it("gives up after maxAttempts rounds with a capped wait, returning the last status", async () => {
    const { send, sent } = scriptBatch([(request) => buildBatchResponse(request.id, 429, { "retry-after": "600" })]);
    const policy = buildPolicy({ maxAttempts: 3, maxDelayMs: 20_000 });
    const responses = await runBatch([buildBatchRequest("a")], send, policy);
    expect(responses[0]?.status).toBe(429);
    expect(sent).toHaveLength(3);
    expect(policy.waits).toEqual([20_000, 20_000]);
  });

  it("backs off exponentially when Graph names no Retry-After", async () => {
    const { send } = scriptBatch([
      (request) => buildBatchResponse(request.id, 503),
      (request) => buildBatchResponse(request.id, 503),
      ok,
    ]);
    const policy = buildPolicy();
    await runBatch([buildBatchRequest("a")], send, policy);
    expect(policy.waits).toEqual([1000, 2000]);
  });

  it("sends nothing for an empty list and fails loudly on a missing response", async () => {
    const send = vi.fn<SendBatch>(() => Promise.resolve([]));
    await expect(runBatch([], send, buildPolicy())).resolves.toEqual([]);
    expect(send).not.toHaveBeenCalled();
    await expect(runBatch([buildBatchRequest("a")], send, buildPolicy())).rejects.toThrow(
      /no response for request "a"/,
    );
  });

  it("sends a round's chunks concurrently when asked, keeping responses in request order", async () => {
    const requests = Array.from({ length: 45 }, (_, i) => buildBatchRequest(`r${i}`));
    let inFlight = 0;
    let peak = 0;
    const send: SendBatch = async (chunk) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return [...chunk].reverse().map(ok);
    };
    const responses = await runBatch(requests, send, buildPolicy({ concurrency: 4 }));
    expect(peak).toBe(3);
    expect(responses.map((response) => response.id)).toEqual(requests.map((request) => request.id));
  });

  it("sends chunks one at a time by default", async () => {
    let inFlight = 0;
    let peak = 0;
    const send: SendBatch = async (chunk) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return chunk.map(ok);
    };
    await runBatch(
      Array.from({ length: 41 }, (_, i) => buildBatchRequest(`r${i}`)),
      send,
      buildPolicy(),
    );
    expect(peak).toBe(1);
  });
});
