// The meeting's people by directory id, over real HTTP against the Graph emulator with the aliases
// scenario, where every user's mail differs from their UPN: the calendar's addresses (mail, aliases,
// a guest, a distribution list, an outside address) resolve in one $batch of GET /users?$filter=….
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultScenarioPath, loadScenarioFile } from "../../emulator/scenario/load";
import { startEmulator } from "../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import { resolveSeries } from "@/features/series/api/resolve-series";
import { lookUpAddresses } from "@/meeting/api/directory/people-by-address";
import { getMyIdentity } from "@/meeting/api/directory/my-identity";
import { resolveUserIds } from "@/features/minutes/planner-sync/planner-read";
import { clearRequests, listRequests, setFaults } from "../support/emulator-admin";
import { countSequentialRoundTrips } from "../../bench/round-trips";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
const chatId = "19:meeting_QWxpYXNlc1dlZWtseU1lZXRpbmcwMDAwMDAwMDAx@thread.v2";

function createClientAs(upn: string) {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
  });
}

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    scenario: loadScenarioFile(join(defaultScenarioPath, "../aliases.zh.json")),
  });
});

afterAll(async () => {
  await emulator.close();
});

describe("the meeting's people by directory id", () => {
  it("resolves the organizer, aliases, a guest, a distribution list and an outside address", async () => {
    // With latency, parallel requests overlap as they do over a network.
    await setFaults(emulator.url, { latencyMs: 50 });
    await clearRequests(emulator.url);
    const series = await resolveSeries(createClientAs("ln@yunzhan.onmicrosoft.com"), chatId, new Date());
    await setFaults(emulator.url, { latencyMs: 0 });
    // The chat shares the first $batch with the calendar window, the lookup the second with the
    // series master: two sequential round trips.
    expect(countSequentialRoundTrips(await listRequests(emulator.url))).toBe(2);
    expect(series.organizer).toEqual({
      name: "王建国",
      email: "wang.jianguo@yunzhan.example",
      id: "a1c2e3f4-1111-4a5b-8c6d-000000000001",
      key: "a1c2e3f4-1111-4a5b-8c6d-000000000001",
      upn: "wjg@yunzhan.onmicrosoft.com",
      kind: "member",
    });
    expect(series.attendees.map((p) => [p.email, p.upn, p.id, p.kind])).toEqual([
      ["nana@yunzhan.example", "ln@yunzhan.onmicrosoft.com", "a1c2e3f4-2222-4a5b-8c6d-000000000002", "member"],
      ["zhang.min@yunzhan.example", "zm@yunzhan.onmicrosoft.com", "a1c2e3f4-3333-4a5b-8c6d-000000000003", "member"],
      [
        "chen.xiaodong@yunzhan.example",
        "cxd@yunzhan.onmicrosoft.com",
        "a1c2e3f4-4444-4a5b-8c6d-000000000004",
        "member",
      ],
      ["hr@yunzhan.example", "sl@yunzhan.onmicrosoft.com", "a1c2e3f4-5555-4a5b-8c6d-000000000005", "member"],
      [
        "kim.partner@supplier.example",
        "kim.partner_supplier.example#ext#@yunzhan.onmicrosoft.com",
        "a1c2e3f4-6666-4a5b-8c6d-000000000006",
        "guest",
      ],
      ["managers@yunzhan.example", undefined, undefined, "distributionList"],
      ["logistics@outside.example", undefined, undefined, "external"],
    ]);
  });

  it("finds the Planner id of an owner that older minutes keep by the address the calendar showed", async () => {
    const ids = await resolveUserIds(createClientAs("sl@yunzhan.onmicrosoft.com"), [
      "nana@yunzhan.example",
      "zm@yunzhan.onmicrosoft.com",
    ]);
    expect(Object.fromEntries(ids)).toEqual({
      "nana@yunzhan.example": "a1c2e3f4-2222-4a5b-8c6d-000000000002",
      "zm@yunzhan.onmicrosoft.com": "a1c2e3f4-3333-4a5b-8c6d-000000000003",
    });
    await expect(
      resolveUserIds(createClientAs("sl@yunzhan.onmicrosoft.com"), ["logistics@outside.example"]),
    ).rejects.toThrow("logistics@outside.example is not a user of this organisation");
  });

  it("knows the viewer by /me: object id, UPN and mail", async () => {
    expect(await getMyIdentity(createClientAs("wjg@yunzhan.onmicrosoft.com"))).toEqual({
      id: "a1c2e3f4-1111-4a5b-8c6d-000000000001",
      userPrincipalName: "wjg@yunzhan.onmicrosoft.com",
      mail: "wang.jianguo@yunzhan.example",
    });
  });

  it("asks the directory once, in one $batch, whatever the number of addresses", async () => {
    await clearRequests(emulator.url);
    const answered = await lookUpAddresses(createClientAs("wjg@yunzhan.onmicrosoft.com"), [
      "CEO@yunzhan.example",
      "zhang.min@yunzhan.example",
      "logistics@outside.example",
    ]);
    expect(answered.get("ceo@yunzhan.example")?.map((u) => u.userPrincipalName)).toEqual([
      "wjg@yunzhan.onmicrosoft.com",
    ]);
    expect(answered.get("logistics@outside.example")).toEqual([]);
    const log = await listRequests(emulator.url);
    expect(log.map((entry) => [entry.method, new URL(entry.url, emulator.url).pathname])).toEqual([
      ["POST", "/$batch"],
    ]);
    expect(log[0]?.inner?.map((inner) => inner.status)).toEqual([200, 200, 200]);
  });
});

describe("the default scenario's people whose mail is not their UPN", () => {
  it("resolves 郑浩, invited to 月例会 by an alias, and Jonas Weber to their UPNs", async () => {
    const defaults = await startEmulator({ port: 0 });
    try {
      const client = createGraphClient({
        baseUrl: defaults.graphBaseUrl,
        auth: { getToken: () => Promise.resolve("emu:wang.jianguo@yunzhan.example") },
      });
      const answered = await lookUpAddresses(client, ["cangku@yunzhan.example", "jonas.weber@eu.yunzhan.example"]);
      expect(answered.get("cangku@yunzhan.example")?.map((u) => u.userPrincipalName)).toEqual([
        "zheng.hao@yunzhan.example",
      ]);
      expect(answered.get("jonas.weber@eu.yunzhan.example")?.map((u) => u.userPrincipalName)).toEqual([
        "jonas.weber@yunzhan.example",
      ]);
    } finally {
      await defaults.close();
    }
  });
});
