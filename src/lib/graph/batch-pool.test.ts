import { describe, expect, it } from "vitest";
import { sendChunksPooled } from "./batch-pool";

/** A send whose calls stay pending until released, recording how many overlap. */
function gatedSend() {
  const gates: (() => void)[] = [];
  const started: number[] = [];
  let inFlight = 0;
  let peak = 0;
  const send = (chunk: number) =>
    new Promise<string>((resolve, reject) => {
      started.push(chunk);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      gates.push(() => {
        inFlight -= 1;
        if (chunk < 0) reject(new Error(`chunk ${chunk} failed`));
        else resolve(`answer ${chunk}`);
      });
    });
  const releaseAll = async () => {
    while (gates.length > 0) {
      gates.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    }
  };
  return { send, started, releaseAll, peak: () => peak };
}

describe("sendChunksPooled", () => {
  it("keeps at most `concurrency` chunks in flight and answers in chunk order", async () => {
    const gated = gatedSend();
    const result = sendChunksPooled([1, 2, 3, 4, 5], 3, gated.send);
    await Promise.resolve();
    expect(gated.started).toEqual([1, 2, 3]);
    await gated.releaseAll();
    await expect(result).resolves.toEqual(["answer 1", "answer 2", "answer 3", "answer 4", "answer 5"]);
    expect(gated.peak()).toBe(3);
  });

  it("sends one after the other with concurrency 1", async () => {
    const gated = gatedSend();
    const result = sendChunksPooled([1, 2, 3], 1, gated.send);
    await gated.releaseAll();
    await expect(result).resolves.toHaveLength(3);
    expect(gated.peak()).toBe(1);
  });

  it("starts nothing after a failure, waits for chunks in flight, and rethrows", async () => {
    const gated = gatedSend();
    const result = sendChunksPooled([-1, 2, 3, 4], 2, gated.send);
    await gated.releaseAll();
    await expect(result).rejects.toThrow("chunk -1 failed");
    expect(gated.started).toEqual([-1, 2]);
  });

  it("sends nothing for no chunks", async () => {
    await expect(sendChunksPooled([], 4, () => Promise.reject(new Error("unexpected")))).resolves.toEqual([]);
  });
});
