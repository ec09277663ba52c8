import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { callAdmin, createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";
import type { RequestLogEntry } from "../request-log.ts";

type BatchBody = {
  responses: {
    id: string;
    status: number;
    headers: Record<string, string>;
    body: { error?: { code: string } } & Record<string, unknown>;
  }[];
};

let emulator: StartedEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});
afterEach(async () => {
  await callAdmin(emulator, "DELETE", "/faults");
  await callAdmin(emulator, "DELETE", "/requests");
});

describe("$batch", () => {
  it("orders by dependsOn and fails dependants of a failed request with 424", async () => {
    const { status, body } = await createClient(emulator, upn.gm)<BatchBody>("POST", "/$batch", {
      requests: [
        { id: "3", method: "GET", url: "/me/mailboxSettings", dependsOn: ["2"] },
        { id: "1", method: "GET", url: "/me" },
        { id: "2", method: "GET", url: "/me/nope", dependsOn: ["1"] },
      ],
    });
    expect(status).toBe(200);
    expect(body.responses.map((r) => [r.id, r.status])).toEqual([
      ["1", 200],
      ["2", 400],
      ["3", 424],
    ]);
  });

  it("rejects more than 20 requests, duplicate ids and unknown dependencies", async () => {
    const call = createClient(emulator, upn.gm);
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: "GET", url: "/me" }));
    expect((await call("POST", "/$batch", { requests: many })).status).toBe(400);
    expect(
      (
        await call("POST", "/$batch", {
          requests: [
            { id: "a", method: "GET", url: "/me" },
            { id: "a", method: "GET", url: "/me" },
          ],
        })
      ).status,
    ).toBe(400);
    expect(
      (await call("POST", "/$batch", { requests: [{ id: "a", method: "GET", url: "/me", dependsOn: ["z"] }] })).status,
    ).toBe(400);
  });

  it("applies a 429 fault rule with Retry-After to the matching inner request and logs inner requests", async () => {
    await callAdmin(emulator, "PUT", "/faults", {
      rules: [{ method: "GET", path: "/me/mailboxSettings", status: 429, retryAfter: 3, count: 1 }],
    });
    const { body } = await createClient(emulator, upn.gm)<BatchBody>("POST", "/$batch", {
      requests: [
        { id: "a", method: "GET", url: "/me" },
        { id: "b", method: "GET", url: "/me/mailboxSettings" },
      ],
    });
    const throttled = body.responses.find((r) => r.id === "b");
    expect(throttled?.status).toBe(429);
    expect(throttled?.headers["retry-after"]).toBe("3");
    expect(throttled?.body.error?.code).toBe("TooManyRequests");
    expect(body.responses.find((r) => r.id === "a")?.status).toBe(200);
    const log = (await callAdmin(emulator, "GET", "/requests")).body.value as unknown as RequestLogEntry[];
    expect(log.at(-1)?.inner?.map((i) => [i.id, i.status])).toEqual([
      ["a", 200],
      ["b", 429],
    ]);
  });
});

describe("faults and the request log", () => {
  it("delays every request by latencyMs", async () => {
    await callAdmin(emulator, "PUT", "/faults", { latencyMs: 150 });
    const started = performance.now();
    expect((await createClient(emulator, upn.gm)("GET", "/me")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("drops the connection for a drop rule, only for the next `count` matches", async () => {
    await callAdmin(emulator, "PUT", "/faults", { rules: [{ path: "/chats/*", drop: true, count: 1 }] });
    const chats = Object.keys(emulator.emulator.getState().chats);
    const call = createClient(emulator, upn.gm);
    await expect(call("GET", `/chats/${encodeURIComponent(chats[0] ?? "")}`)).rejects.toThrow();
    expect((await call("GET", `/chats/${encodeURIComponent(chats[0] ?? "")}`)).status).toBe(200);
  });

  it("fails a deterministic fraction of matches with 503", async () => {
    await callAdmin(emulator, "PUT", "/faults", { rules: [{ path: "re:^/me$", status: 503, fraction: 0.5, seed: 7 }] });
    const call = createClient(emulator, upn.gm);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await call("GET", "/me")).status);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(3);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(3);
    expect((await callAdmin(emulator, "GET", "/faults")).body.fired).toEqual([
      statuses.filter((s) => s === 503).length,
    ]);
  });

  it("logs each request with user, status and high-resolution times", async () => {
    await createClient(emulator, upn.admin)("GET", "/me?$select=displayName");
    await createClient(emulator, upn.admin)("GET", "/me/unknownThing");
    const log = (await callAdmin(emulator, "GET", "/requests")).body.value as unknown as RequestLogEntry[];
    expect(log.map((e) => [e.method, e.url, e.status, e.user])).toEqual([
      ["GET", "/me?$select=displayName", 200, upn.admin],
      ["GET", "/me/unknownThing", 400, upn.admin],
    ]);
    expect(log[0]?.endedAt).toBeGreaterThanOrEqual(log[0]?.startedAt ?? Infinity);
    expect((await callAdmin(emulator, "PUT", "/faults", { rules: [{ path: "/me" }] })).status).toBe(400);
  });
});
