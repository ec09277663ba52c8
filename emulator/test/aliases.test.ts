// Addresses as a real tenant has them (api-reference/v1.0/resources/user.md): mail differs from the
// UPN, aliases are proxyAddresses ("SMTP:" primary, "smtp:" secondary), a guest has a #EXT# UPN and
// userType Guest, and a meeting may invite a distribution list or an outside address
// (api-reference/v1.0/resources/attendee.md). `mail eq` and `proxyAddresses/any(p:p eq …)` are default
// filters; `endsWith` is an advanced query (https://learn.microsoft.com/graph/aad-advanced-queries).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { defaultScenarioPath, loadScenarioFile } from "../scenario/load.ts";
import { startEmulator } from "../start-emulator.ts";
import { createClient, fixedNow } from "./support.ts";
import type { StartedEmulator } from "../start-emulator.ts";

const aliasesPath = join(defaultScenarioPath, "../aliases.zh.json");
const gm = "wjg@yunzhan.onmicrosoft.com";
const chatId = "19:meeting_QWxpYXNlc1dlZWtseU1lZXRpbmcwMDAwMDAwMDAx@thread.v2";

let emulator: StartedEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, now: () => fixedNow, scenario: loadScenarioFile(aliasesPath) });
});
afterAll(async () => {
  await emulator.close();
});

interface User {
  id: string;
  userPrincipalName: string;
  mail: string;
  userType?: string;
  proxyAddresses?: string[];
}

describe("a tenant whose addresses differ from the sign-in names", () => {
  it("shows attendees by mail or the alias they were invited by, and lists non-users as addresses", async () => {
    const graph = createClient(emulator, gm);
    const view = await graph<{
      value: { attendees: { emailAddress: { address: string } }[]; organizer: { emailAddress: { address: string } } }[];
    }>(
      "GET",
      `/me/calendarView?startDateTime=2026-11-29T00:00:00Z&endDateTime=2026-12-01T00:00:00Z&$select=attendees,organizer`,
    );
    const event = view.body.value[0];
    expect(event?.organizer.emailAddress.address).toBe("wang.jianguo@yunzhan.example");
    expect(event?.attendees.map((a) => a.emailAddress.address)).toEqual([
      "nana@yunzhan.example",
      "zhang.min@yunzhan.example",
      "chen.xiaodong@yunzhan.example",
      "hr@yunzhan.example",
      "kim.partner@supplier.example",
      "managers@yunzhan.example",
      "logistics@outside.example",
    ]);
  });

  it("gives chat members their userId and mail", async () => {
    const members = await createClient(emulator, gm)<{ value: { userId: string; email: string }[] }>(
      "GET",
      `/chats/${encodeURIComponent(chatId)}/members`,
    );
    expect(members.body.value).toContainEqual(
      expect.objectContaining({ userId: "a1c2e3f4-2222-4a5b-8c6d-000000000002", email: "li.na@yunzhan.example" }),
    );
  });

  it("finds a user by mail or by any proxy address, case-insensitively", async () => {
    const graph = createClient(emulator, gm);
    const select = "$select=id,userPrincipalName,mail,userType,proxyAddresses";
    const byAlias = await graph<{ value: User[] }>(
      "GET",
      `/users?$filter=${encodeURIComponent("mail eq 'nana@yunzhan.example' or proxyAddresses/any(p:p eq 'smtp:nana@yunzhan.example')")}&${select}`,
    );
    expect(byAlias.body.value.map((u) => u.userPrincipalName)).toEqual(["ln@yunzhan.onmicrosoft.com"]);
    const byPrimary = await graph<{ value: User[] }>(
      "GET",
      `/users?$filter=${encodeURIComponent("proxyAddresses/any(p:p eq 'smtp:WANG.JIANGUO@yunzhan.example')")}&${select}`,
    );
    expect(byPrimary.body.value.map((u) => u.id)).toEqual(["a1c2e3f4-1111-4a5b-8c6d-000000000001"]);
    const guest = await graph<{ value: User[] }>(
      "GET",
      `/users?$filter=${encodeURIComponent("mail eq 'kim.partner@supplier.example'")}&${select}`,
    );
    expect(guest.body.value[0]).toMatchObject({
      userType: "Guest",
      userPrincipalName: "kim.partner_supplier.example#EXT#@yunzhan.onmicrosoft.com",
    });
    const outside = await graph<{ value: User[] }>(
      "GET",
      `/users?$filter=${encodeURIComponent("mail eq 'logistics@outside.example'")}`,
    );
    expect(outside.body.value).toEqual([]);
  });

  it("answers an advanced filter only with ConsistencyLevel eventual and $count", async () => {
    const graph = createClient(emulator, gm);
    const path = `/users?$filter=${encodeURIComponent("endsWith(mail,'@supplier.example')")}`;
    const plain = await graph<{ error: { code: string } }>("GET", path);
    expect(plain.status).toBe(400);
    expect(plain.body.error.code).toBe("Request_UnsupportedQuery");
    const advanced = await graph<{ value: User[] }>("GET", `${path}&$count=true`, undefined, {
      consistencylevel: "eventual",
    });
    expect(advanced.body.value.map((u) => u.mail)).toEqual(["kim.partner@supplier.example"]);
  });

  it("lists an invited distribution list as a mail-enabled group that is not Unified", async () => {
    const groups = await createClient(emulator, gm)<{
      value: { mail: string; groupTypes: string[]; mailEnabled: boolean }[];
    }>("GET", `/groups?$filter=${encodeURIComponent("mail eq 'managers@yunzhan.example'")}`);
    expect(groups.body.value).toEqual([
      expect.objectContaining({ mail: "managers@yunzhan.example", groupTypes: [], mailEnabled: true }),
    ]);
  });
});
