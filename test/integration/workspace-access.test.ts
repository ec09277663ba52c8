// Workspace membership against the Graph emulator over real HTTP: members and owners in one
// $batch, and a non-member's 403 turned into WorkspaceError("notMember") naming whom to ask.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { WorkspaceError, getWorkspaceAccess, openWorkspace } from "@/meeting/api/workspace";
import { clearRequests, listRequests } from "../support/emulator-admin";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const owners = [
  { name: "王建国", email: "wang.jianguo@yunzhan.example" },
  { name: "孙丽", email: "sun.li@yunzhan.example" },
];

let emulator: Awaited<ReturnType<typeof startEmulator>>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});

afterAll(async () => {
  await emulator.close();
});

function connect(upn: string): GraphClient {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    sleep: () => Promise.resolve(),
  });
}

describe("getWorkspaceAccess", () => {
  it("says a member is one and lists the group's owners, in one round trip", async () => {
    await clearRequests(emulator.url);
    expect(await getWorkspaceAccess(connect("li.na@yunzhan.example"), groupId)).toEqual({ isMember: true, owners });
    expect((await listRequests(emulator.url)).map((r) => r.url)).toEqual(["/$batch"]);
  });

  it("says a non-member is not one", async () => {
    expect(await getWorkspaceAccess(connect("lin.xiao@yunzhan.example"), groupId)).toEqual({ isMember: false, owners });
  });
});

describe("openWorkspace for a non-member", () => {
  it("fails with notMember, naming the owners to ask", async () => {
    const error: unknown = await openWorkspace(connect("lin.xiao@yunzhan.example"), { groupId }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkspaceError);
    expect(error).toMatchObject({ kind: "notMember", detail: { kind: "notMember", groupId, owners } });
  });

  it("does not cache a failed open, so it is tried again (e.g. once an owner has added them)", async () => {
    const client = connect("lin.xiao@yunzhan.example");
    await clearRequests(emulator.url);
    await expect(openWorkspace(client, { groupId })).rejects.toBeInstanceOf(WorkspaceError);
    await expect(openWorkspace(client, { groupId })).rejects.toMatchObject({ kind: "notMember" });
    const siteReads = (await listRequests(emulator.url)).filter((r) =>
      r.url.startsWith(`/groups/${groupId}/sites/root`),
    );
    expect(siteReads.map((r) => r.status)).toEqual([403, 403]);
  });
});
