// The $batch helper against the Graph emulator: an inner 429 with Retry-After (a fault rule on the
// inner request's path) is retried after that wait, alone, and the caller sees only the success.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import { listRequests, setFaults } from "../support/emulator-admin";

let emulator: Awaited<ReturnType<typeof startEmulator>>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});

afterAll(async () => {
  await emulator.close();
});

describe("$batch against the emulator", () => {
  it("retries a throttled inner request after its Retry-After", async () => {
    const waits: number[] = [];
    const client = createGraphClient({
      baseUrl: emulator.graphBaseUrl,
      auth: { getToken: () => Promise.resolve("emu:li.na@yunzhan.example") },
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    await setFaults(emulator.url, {
      rules: [{ method: "GET", path: "/me/planner/tasks", status: 429, retryAfter: 3, count: 1 }],
    });

    const [me, tasks] = await client.batch([
      { id: "me", method: "GET", url: "/me?$select=displayName", operation: "getMe" },
      { id: "tasks", method: "GET", url: "/me/planner/tasks", operation: "listMyPlannerTasks" },
    ]);

    expect(me).toMatchObject({ id: "me", status: 200, body: { displayName: "李娜" } });
    expect(tasks).toMatchObject({ id: "tasks", status: 200 });
    expect(waits).toEqual([3000]);
    const batches = (await listRequests(emulator.url)).filter((r) => r.url.startsWith("/$batch"));
    expect(batches.map((b) => (b.inner ?? []).map((i) => `${i.url} ${String(i.status)}`))).toEqual([
      ["/me?$select=displayName 200", "/me/planner/tasks 429"],
      ["/me/planner/tasks 200"],
    ]);
  });
});
