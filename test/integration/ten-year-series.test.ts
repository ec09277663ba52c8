// Ten years of a weekly meeting with 40 speakers, under the limits Microsoft documents and the
// emulator enforces: 520 held occurrences (20,800 reports, 3,120 action items in monthly Planner
// buckets), seeded straight into the emulator's state (emulator/scenarios/seed-history.ts). The
// next occurrence's minutes publish — the month's bucket fits the plan's 200 — and its reports, the
// review that opens the one after and the series' whole history load, though SharePoint refuses a
// read of the series' reports at once (list view threshold, 5,000 items).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { seedHistory } from "../../emulator/scenarios/seed-history";
import { createScenarioWithSpeakers, speakers } from "../../emulator/scenarios/with-speakers";
import type { GeneratedAction } from "../../emulator/scenarios/generate-history";
import { GraphRequestError, createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { createRecord, openWorkspace } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { itemQuery } from "@/meeting/api/workspace/record-item";
import { loadReviewItems, loadSeriesHistory } from "@/features/follow-up";
import { listOccurrenceReports } from "@/features/reports/api/report-records";
import { publishMinutes } from "@/features/minutes/publish-minutes/publish-minutes";
import { buildDesiredTask, getBucketName, getOccurrenceName } from "@/features/minutes/planner-sync";
import { detailsPatchBody } from "@/features/minutes/planner-sync/planner-write";
import { createDefaultConfig } from "@/features/setup/model/default-config";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { getMinutesKey } from "@/meeting/model/record-keys";
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { clearRequests, findChatByTopic, getTenant, listRequests } from "../support/emulator-admin";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
const noteTaker = "sun.li@yunzhan.example";
const timeZone = "Asia/Shanghai";
const minutesUrl = "https://meetloop.example/?view=minutes";
const week = 7 * 86_400_000;
const occurrences = 520;

// Mondays 13:30 in Shanghai: the last one held in the past week, the next one this week.
const lastHeld = (() => {
  const now = Date.now();
  let monday = Date.UTC(2026, 5, 1, 5, 30);
  while (monday + week < now) monday += week;
  while (monday > now) monday -= week;
  return monday;
})();
const firstStart = new Date(lastHeld - (occurrences - 1) * week);
const nextKey = new Date(lastHeld + week).toISOString();
const afterNextKey = new Date(lastHeld + 2 * week).toISOString();
const shanghaiDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let client: GraphClient;
let workspace: Workspace;
/** The 周例会 meeting chat of the scenario: the series. */
let seriesId: string;

/** The details the app's publish writes for an action item: the standard of done and the marker. */
function publishedDetails(action: GeneratedAction): Record<string, unknown> {
  const desired = buildDesiredTask(
    {
      id: action.id,
      itemId: "i",
      decisionId: "d",
      what: action.what,
      owner: action.owner.upn,
      ownerName: action.owner.name,
      due: action.due,
      standard: action.standard,
      priority: "medium",
    },
    {
      assigneeId: "",
      decisionText: "",
      supervisorName: "",
      minutesUrl,
      occurrenceName: getOccurrenceName(shanghaiDate(action.occurrenceKey), "周例会"),
      timeZone,
    },
  );
  return detailsPatchBody(desired.details);
}

function nextMinutes(): MinutesRecord {
  return {
    schemaVersion: 1,
    occurrenceKey: nextKey,
    meetingTitle: "周例会",
    start: nextKey,
    end: new Date(Date.parse(nextKey) + 90 * 60_000).toISOString(),
    host: "wang.jianguo@yunzhan.example",
    noteTaker,
    attendees: speakers.map((s) => ({ upn: s.upn, name: s.name })),
    attendance: Object.fromEntries(speakers.map((s) => [s.upn, { status: "present" as const }])),
    items: [
      {
        id: "departments",
        title: "各部门负责人汇报",
        notes: "",
        decisions: [{ id: "d1", text: "第十一年的第一项决议" }],
      },
    ],
    actions: speakers.slice(0, 6).map((s, i) => ({
      id: `next-${i}`,
      itemId: "departments",
      decisionId: "d1",
      what: `第 ${occurrences + 1} 周 · ${s.department}行动项`,
      owner: s.upn,
      ownerName: s.name,
      due: shanghaiDate(new Date(Date.parse(nextKey) + 4 * 86_400_000).toISOString()),
      standard: "提交验收材料",
      supervisor: noteTaker,
      priority: "important" as const,
    })),
    status: "draft",
    version: 1,
    history: [],
    updatedBy: noteTaker,
    updatedAt: nextKey,
  };
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, scenario: createScenarioWithSpeakers() });
  client = createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${noteTaker}`) },
    sleep: () => Promise.resolve(),
  });
  workspace = await openWorkspace(client, { groupId });
  seriesId = findChatByTopic(await getTenant(emulator.url), "周例会").id;
  await seedHistory(
    emulator.emulator.getState(),
    {
      graphBaseUrl: emulator.graphBaseUrl,
      upn: noteTaker,
      siteId: workspace.siteId,
      lists: workspace.lists,
      planId,
      chatId: seriesId,
    },
    {
      occurrences,
      reportsPerOccurrence: speakers.length,
      actionsPerOccurrence: 6,
      firstStart,
      people: speakers,
      bucketNameOf: (key) => getBucketName(shanghaiDate(key), "周例会"),
      detailsOf: publishedDetails,
    },
  );
});

afterAll(async () => {
  await emulator.close();
});

describe("a weekly series with ten years of history, under Planner's and SharePoint's limits", () => {
  it("has more reports than SharePoint reads at once, and a plan within Planner's limits", async () => {
    const state = emulator.emulator.getState();
    expect(Object.keys(state.sites[workspace.siteId]?.lists[workspace.lists.reports]?.items ?? {})).toHaveLength(
      20_800,
    );
    const buckets = Object.values(state.planner.buckets).filter((b) => b.planId === planId);
    expect(buckets.length).toBeLessThan(state.limits.planner.bucketsPerPlan);
    expect(state.limits.sharePoint.listViewThreshold).toBe(5000);
    // The series' reports in one query: what SharePoint refuses.
    const whole = `/sites/${workspace.siteId}/lists/${workspace.lists.reports}/items?${itemQuery}&$filter=${encodeURIComponent(`fields/SeriesId eq '${seriesId}'`)}&$top=1000`;
    const refused: unknown = await client.get(whole, { operation: "listListItems" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GraphRequestError);
    expect(refused).toMatchObject({ status: 422, code: "notSupported" });
  });

  it("publishes the next occurrence's minutes into the month's bucket", async () => {
    await clearRequests(emulator.url);
    const minutes = nextMinutes();
    await createRecord(
      client,
      workspace,
      "minutes",
      { key: getMinutesKey(seriesId, nextKey), seriesId, occurrenceKey: nextKey },
      minutes,
      { schema: minutesRecordSchema },
    );
    const config = createDefaultConfig(
      {
        seriesId,
        title: "周例会",
        organizer: { key: "wang.jianguo@yunzhan.example", name: "王建国" },
        attendees: [],
        firstOccurrenceKey: firstStart.toISOString(),
        editor: "wang.jianguo@yunzhan.example",
      },
      weeklyMeeting,
      { groupId, groupName: "云栈管理层", siteId: workspace.siteId, planId, planTitle: "云栈管理层 · 例会行动项" },
      firstStart,
    );
    const published = await publishMinutes(client, {
      workspace,
      config,
      seriesId,
      minutes,
      by: noteTaker,
      language: "zh-CN",
      date: shanghaiDate(nextKey),
      describeTime: () => ({ dateTime: `${shanghaiDate(nextKey)} 13:30–15:00` }),
      displayNames: Object.fromEntries(speakers.map((s) => [s.upn, s.name])),
      timeZone,
      links: { fullMinutes: minutesUrl, confirm: minutesUrl },
    });

    expect(published.value.status).toBe("published");
    const links = Object.values(published.value.published?.planner ?? {});
    expect(links).toHaveLength(6);
    const planner = emulator.emulator.getState().planner;
    const monthBucket = getBucketName(shanghaiDate(nextKey), "周例会");
    expect(new Set(links.map((link) => planner.buckets[link.bucketId]?.name))).toEqual(new Set([monthBucket]));
    expect(Object.values(planner.buckets).filter((b) => b.planId === planId).length).toBeLessThanOrEqual(122);
    const failed = (await listRequests(emulator.url))
      .flatMap((r) => [r, ...(r.inner ?? [])])
      .filter((r) => r.status >= 400);
    expect(failed).toEqual([]);
  });

  it("loads an occurrence's 40 reports, the review and the whole history", async () => {
    await clearRequests(emulator.url);
    const lastKey = new Date(lastHeld).toISOString();
    expect(await listOccurrenceReports(client, workspace, seriesId, lastKey)).toHaveLength(40);

    const review = await loadReviewItems(client, workspace, {
      seriesId,
      planId,
      occurrenceKey: afterNextKey,
      now: new Date(),
      timeZone,
    });
    expect(review.unreadable).toEqual([]);
    const reviewed = new Set(review.items.map((item) => item.actionId));
    for (const action of nextMinutes().actions) expect(reviewed.has(action.id)).toBe(true);

    const history = await loadSeriesHistory(client, workspace, { seriesId, planId });
    expect(history.unreadable).toEqual([]);
    expect(history.reports).toHaveLength(20_800);
    expect(history.minutes).toHaveLength(occurrences + 1);
    expect(history.agendas).toHaveLength(occurrences);
    expect(history.reviews).toHaveLength((occurrences - 1) * 6);
    expect(history.actions).toHaveLength(occurrences * 6 + 6);
    for (const action of history.actions) expect(history.tasks.has(action.taskId ?? "")).toBe(true);

    // The reports were refused at once and read in year windows instead; nothing else failed.
    const inner = (await listRequests(emulator.url)).flatMap((r) => r.inner ?? []);
    const refused = inner.filter((r) => r.status >= 400);
    expect(refused.map((r) => r.status)).toEqual([422]);
    expect(refused[0]?.url).toContain(workspace.lists.reports);
    expect(inner.some((r) => r.status === 200 && decodeURIComponent(r.url).includes("fields/OccurrenceKey ge"))).toBe(
      true,
    );
  });
});
