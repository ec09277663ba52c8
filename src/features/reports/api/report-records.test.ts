// @vitest-environment node
// The report fetchers against the Graph emulator over real HTTP: what is sent is what comes back,
// a second submit updates the same record, the size limit becomes the form's own error, and a
// report someone else wrote in the speaker's name is theirs only once they submit it themselves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { openWorkspace } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { isReportSubmitError } from "../model/submit-error";
import { buildReportFields } from "../testing/build-report";
import { getMyObjectId } from "@/meeting/api/authorship";
import { getMyReport, listOccurrenceReports, submitReport, toSubmittedReport } from "./report-records";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const upn = "li.na@yunzhan.example";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let client: GraphClient;
let ws: Workspace;
let occurrenceCount = 0;

function nextAddress() {
  occurrenceCount += 1;
  return {
    seriesId: "19:meeting_reports-test@thread.v2",
    occurrenceKey: `2026-06-0${occurrenceCount}T05:30:00.000Z`,
    sectionId: "sales",
    person: "Li.Na@yunzhan.example",
  };
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  client = createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    sleep: () => Promise.resolve(),
  });
  ws = await openWorkspace(client, { groupId });
});

afterAll(async () => {
  await emulator.close();
});

describe("report records", () => {
  it("stores a report verbatim and updates the same record on a later submit", async () => {
    const address = nextAddress();
    expect(await getMyReport(client, ws, address)).toBeNull();
    const fields = buildReportFields({
      review: "<script>alert(1)</script> **加急** 👍🏽",
      kpis: [{ metric: "销售额", unit: "万元", target: "十万", actual: "1,234", lastYear: "" }],
    });
    const first = await submitReport(client, ws, address, fields, new Date("2026-05-31T08:00:00.000Z"));
    expect(first.value).toEqual({
      schemaVersion: 1,
      sectionId: "sales",
      author: upn,
      fields,
      submittedAt: "2026-05-31T08:00:00.000Z",
      revision: 1,
    });

    const second = await submitReport(
      client,
      ws,
      address,
      { review: "更新后的回顾" },
      new Date("2026-06-01T02:00:00.000Z"),
    );
    expect(second.itemId).toBe(first.itemId);
    expect(second.value).toMatchObject({
      fields: { review: "更新后的回顾" },
      submittedAt: "2026-05-31T08:00:00.000Z",
      revision: 2,
    });

    expect((await getMyReport(client, ws, address))?.value.revision).toBe(2);
    const all = await listOccurrenceReports(client, ws, address.seriesId, address.occurrenceKey);
    expect(all.map((r) => [r.owner, r.value.sectionId])).toEqual([[upn, "sales"]]);
  });

  it("turns a report too large to store into the form's own error", async () => {
    const error: unknown = await submitReport(client, ws, nextAddress(), {
      plan: Array.from({ length: 50 }, () => "汇".repeat(4000)),
    }).catch((e: unknown) => e);
    expect(isReportSubmitError(error) && error.kind).toBe("tooLarge");
  });

  it("shows the speaker a report the host wrote for them, and makes it theirs when they submit", async () => {
    const host = createGraphClient({
      baseUrl: emulator.graphBaseUrl,
      auth: { getToken: () => Promise.resolve("emu:wang.jianguo@yunzhan.example") },
      sleep: () => Promise.resolve(),
    });
    const address = nextAddress();
    await submitReport(host, ws, address, { review: "王建国代写" }, new Date("2026-05-30T08:00:00.000Z"));
    const myId = await getMyObjectId(client);
    const entered = await getMyReport(client, ws, address);
    if (entered === null) throw new Error("the host's report was not stored");
    expect(toSubmittedReport(entered, myId).onBehalfBy).toBe("王建国");

    const mine = await submitReport(
      client,
      ws,
      address,
      { review: "王建国代写" },
      new Date("2026-06-01T02:00:00.000Z"),
      {
        author: myId,
      },
    );
    // Not built on what the host wrote: her first own submission is now.
    expect(mine.value).toMatchObject({ submittedAt: "2026-06-01T02:00:00.000Z", revision: 1 });
    const reread = await getMyReport(client, ws, address);
    expect(reread?.lastModifiedBy?.id).toBe(myId);
    expect(reread && toSubmittedReport(reread, myId).onBehalfBy).toBeUndefined();
  });
});
