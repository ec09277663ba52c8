import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../start-emulator.ts";
import { callAdmin, createClient, fixedNow, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type ErrorBody = { error: { code: string; message: string; innerError?: Record<string, string> } };

let emulator: StartedEmulator;
let planId: string;
let chatId: string;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, now: () => fixedNow, cloud: "china" });
  const state = emulator.emulator.getState();
  planId = Object.keys(state.planner.plans)[0] ?? "";
  chatId = Object.values(state.chats).find((chat) => chat.topic === "周例会")?.id ?? "";
});
afterAll(async () => {
  await emulator.close();
});

describe("the emulator as Microsoft 365 operated by 21Vianet", () => {
  it("answers Planner and the online meeting look-up with 400 Resource not found for the segment", async () => {
    const call = createClient(emulator, upn.gm);
    const cases: [string, string, string][] = [
      ["GET", `/planner/plans/${planId}/tasks`, "planner"],
      ["POST", "/planner/tasks", "planner"],
      ["GET", "/me/planner/tasks", "planner"],
      ["GET", "/me/onlineMeetings?$filter=JoinWebUrl eq 'x'", "onlineMeetings"],
    ];
    for (const [method, path, segment] of cases) {
      const answer = await call<ErrorBody>(method, path, method === "POST" ? { planId, title: "x" } : undefined);
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.code).toBe("BadRequest");
      expect(answer.body.error.message).toBe(`Resource not found for the segment '${segment}'.`);
      expect(answer.body.error.innerError?.["request-id"]).toBeDefined();
    }
    expect(Object.values(emulator.emulator.getState().planner.tasks)).toHaveLength(0);
  });

  it("answers the same inside $batch, and serves everything else as in the global cloud", async () => {
    const call = createClient(emulator, upn.gm);
    const batch = await call<{ responses: { id: string; status: number; body: ErrorBody }[] }>("POST", "/$batch", {
      requests: [
        { id: "chat", method: "GET", url: `/chats/${encodeURIComponent(chatId)}` },
        { id: "tasks", method: "GET", url: `/planner/plans/${planId}/tasks` },
      ],
    });
    const byId = new Map(batch.body.responses.map((response) => [response.id, response]));
    expect(byId.get("chat")?.status).toBe(200);
    expect(byId.get("tasks")).toMatchObject({ status: 400, body: { error: { code: "BadRequest" } } });
  });

  it("switches cloud through the admin endpoint", async () => {
    const call = createClient(emulator, upn.gm);
    expect((await callAdmin(emulator, "GET", "/cloud")).body).toEqual({ cloud: "china" });
    expect((await callAdmin(emulator, "PUT", "/cloud", { cloud: "global" })).status).toBe(200);
    expect((await call("GET", `/planner/plans/${planId}/tasks`)).status).toBe(200);
    expect((await callAdmin(emulator, "PUT", "/cloud", { cloud: "mars" })).status).toBe(400);
    await callAdmin(emulator, "PUT", "/cloud", { cloud: "china" });
    expect((await call("GET", `/planner/plans/${planId}/tasks`)).status).toBe(400);
  });
});
