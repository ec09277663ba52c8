// Every shape the emulator returns must exist in Graph's metadata: no invented property names,
// and values of the declared JSON types.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkObject } from "../metadata/check-body.ts";
import { loadMetadataIndex } from "../metadata/load-index.ts";
import { createClient, startTestEmulator, upn } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

type Json = Record<string, unknown>;
const index = loadMetadataIndex();
let emulator: StartedEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

function withoutAnnotations(value: Json): Json {
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "@odata.context" && key !== "@odata.etag"));
}

describe("response shapes", () => {
  it("match their entity types in the CSDL", async () => {
    const call = createClient(emulator, upn.admin);
    const state = emulator.emulator.getState();
    const group = state.groups[0];
    const planId = Object.keys(state.planner.plans)[0] ?? "";
    const chatId = encodeURIComponent(state.meetings[0]?.chatId ?? "");
    const task = await call<Json & { id: string }>("POST", "/planner/tasks", { planId, title: "t" });
    const first = async (path: string): Promise<Json> =>
      (await call<{ value: Json[] }>("GET", path)).body.value[0] ?? {};
    const samples: [string, Json][] = [
      ["microsoft.graph.user", (await call("GET", "/me?$select=id,displayName,department,mail")).body],
      ["microsoft.graph.mailboxSettings", (await call("GET", "/me/mailboxSettings")).body],
      ["microsoft.graph.group", (await call("GET", `/groups/${group?.id ?? ""}`)).body],
      [
        "microsoft.graph.event",
        await first("/me/calendarView?startDateTime=2026-11-27T00:00:00Z&endDateTime=2026-12-31T00:00:00Z"),
      ],
      ["microsoft.graph.event", await first("/me/events")],
      ["microsoft.graph.chat", (await call("GET", `/chats/${chatId}?$expand=members`)).body],
      ["microsoft.graph.chatMessage", await first(`/chats/${chatId}/messages`)],
      [
        "microsoft.graph.onlineMeeting",
        (await call("GET", `/me/onlineMeetings/${state.meetings[0]?.onlineMeetingId ?? ""}`)).body,
      ],
      ["microsoft.graph.site", (await call("GET", `/groups/${group?.id ?? ""}/sites/root`)).body],
      ["microsoft.graph.drive", (await call("GET", `/groups/${group?.id ?? ""}/drive`)).body],
      ["microsoft.graph.plannerPlan", (await call("GET", `/planner/plans/${planId}`)).body],
      ["microsoft.graph.plannerTask", task.body],
      ["microsoft.graph.plannerTaskDetails", (await call("GET", `/planner/tasks/${task.body.id}/details`)).body],
    ];
    for (const [type, sample] of samples) {
      expect(Object.keys(sample).length, type).toBeGreaterThan(1);
      expect(checkObject(index, type, withoutAnnotations(sample)), type).toBeUndefined();
    }
  });
});
