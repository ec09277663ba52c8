// The whole publish of the minutes against the Graph emulator: tasks, the Word document in the
// group library, the card in the meeting chat with absentees mentioned, the record locked — and a
// retry after the last step failed posts no second card and creates no second task.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { startEmulator } from "../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import { createRecord, openWorkspace } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { createDefaultConfig } from "@/features/setup/model/default-config";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";
import { getMinutesKey } from "@/meeting/model/record-keys";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { publishMinutes } from "@/features/minutes/publish-minutes/publish-minutes";
import { validateAdaptiveCard } from "../support/card-schema";
import {
  clearRequests,
  findChatByTopic,
  getTenant,
  listRequests,
  readPostedMessage,
  setFaults,
} from "../support/emulator-admin";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let workspace: Workspace;
let seriesId: string;
const client = () =>
  createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve("emu:sun.li@yunzhan.example") },
    // Retry-After is honoured in count, not in time: the test need not wait for real.
    sleep: () => Promise.resolve(),
  });

function buildMinutes(occurrenceKey = "2026-11-30T05:30:00.000Z"): MinutesRecord {
  const people = ["li.na", "zhang.min", "chen.xiaodong", "liu.yang", "zhao.lei"].map((n) => ({
    upn: `${n}@yunzhan.example`,
    name: n,
  }));
  return {
    schemaVersion: 1,
    occurrenceKey,
    meetingTitle: "周例会",
    start: occurrenceKey,
    end: "2026-11-30T07:00:00.000Z",
    host: "wang.jianguo@yunzhan.example",
    noteTaker: "sun.li@yunzhan.example",
    attendees: people,
    attendance: {
      "li.na@yunzhan.example": { status: "present" },
      "zhang.min@yunzhan.example": { status: "late", lateMinutes: 5 },
      "chen.xiaodong@yunzhan.example": { status: "leave" },
      "liu.yang@yunzhan.example": { status: "absent" },
      "zhao.lei@yunzhan.example": { status: "present" },
    },
    items: [
      {
        id: "departments-1",
        title: "各部门负责人汇报",
        notes: "双十二备货",
        decisions: [{ id: "d1", text: "备货提前一周完成" }],
      },
    ],
    actions: ["li.na", "zhang.min", "zhao.lei", "li.na", "zhao.lei"].map((owner, i) => ({
      id: `a${String(i + 1)}`,
      itemId: "departments-1",
      decisionId: "d1",
      what: `行动项 ${String(i + 1)}`,
      owner: `${owner}@yunzhan.example`,
      ownerName: owner,
      due: "2026-12-04",
      standard: `验收标准 ${String(i + 1)}`,
      supervisor: "sun.li@yunzhan.example",
      priority: "important" as const,
    })),
    status: "draft",
    version: 1,
    history: [],
    updatedBy: "sun.li@yunzhan.example",
    updatedAt: "2026-11-30T07:00:00.000Z",
  };
}

const baseConfig = createDefaultConfig(
  {
    seriesId: "19:meeting_weekly@thread.v2",
    title: "周例会",
    organizer: { key: "wang.jianguo@yunzhan.example", name: "王建国" },
    attendees: [],
    firstOccurrenceKey: "2026-11-30T05:30:00.000Z",
    editor: "wang.jianguo@yunzhan.example",
  },
  weeklyMeeting,
  { groupId, groupName: "云栈管理层", siteId: "", planId, planTitle: "云栈管理层 · 例会行动项" },
  new Date("2026-11-27T00:00:00Z"),
);
const config: SeriesConfig = {
  ...baseConfig,
  attendance: { leaveCutoffHours: 24, lateness: { kind: "perMinute", amount: 10 } },
};

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  workspace = await openWorkspace(client(), { groupId });
  seriesId = findChatByTopic(await getTenant(emulator.url), "周例会").id;
});

afterAll(async () => {
  await emulator.close();
});

describe("publishMinutes", () => {
  it("writes tasks, the document and the card, and a retry duplicates nothing", async () => {
    const minutes = buildMinutes();
    const stored = await createRecord(
      client(),
      workspace,
      "minutes",
      { key: getMinutesKey(seriesId, minutes.occurrenceKey), seriesId: seriesId, occurrenceKey: minutes.occurrenceKey },
      minutes,
      { schema: minutesRecordSchema },
    );
    const input = {
      workspace,
      config,
      seriesId,
      by: "sun.li@yunzhan.example",
      language: "zh-CN" as const,
      date: "2026-11-30",
      describeTime: () => ({ dateTime: "2026年11月30日 13:30–15:00" }),
      displayNames: {},
      timeZone: "Asia/Shanghai",
      links: {
        fullMinutes: "https://meetloop.example/?view=minutes",
        confirm: "https://meetloop.example/?view=confirm",
      },
    };

    // The last step (locking the record) fails once: the retry must find the card and the tasks.
    const failLastStep = async (step: string) => {
      if (step === "record")
        await setFaults(emulator.url, {
          rules: [{ method: "PATCH", path: "/sites/*/lists/*/items/*/fields", status: 503, count: 10 }],
        });
    };
    await expect(
      publishMinutes(client(), { ...input, minutes: stored.value, onStep: failLastStep }),
    ).rejects.toBeDefined();
    await setFaults(emulator.url, { rules: [] });
    const published = await publishMinutes(client(), { ...input, minutes: stored.value });

    expect(published.value).toMatchObject({ status: "published", published: { version: 1 } });
    const state = (await (await fetch(`${emulator.url}/graph/_admin/state`)).json()) as {
      planner: { tasks: Record<string, { bucketId: string }> };
    };
    expect(Object.keys(state.planner.tasks)).toHaveLength(5);
    const log = await listRequests(emulator.url);
    const cards = log.filter((r) => r.method === "POST" && r.url.endsWith("/messages"));
    expect(cards).toHaveLength(1);
    const message = readPostedMessage(cards[0]);
    expect(validateAdaptiveCard(JSON.parse(message.attachments[0]?.content ?? "{}"))).toEqual([]);
    expect(message.mentions).toHaveLength(2);

    const documentUrl = published.value.published?.documentUrl ?? "";
    expect(decodeURIComponent(documentUrl)).toMatch(/会议记录/);
    const upload = log.find((r) => r.method === "PUT" && r.url.includes(":/content"));
    const download = await client().get<ArrayBuffer>(upload?.url ?? "", { operation: "uploadFile" });
    const zip = await JSZip.loadAsync(download.body);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("验收标准 5");
  });

  it("writes one document and one card when someone with another language finishes the publish", async () => {
    const minutes = buildMinutes("2026-12-07T05:30:00.000Z");
    const key = getMinutesKey(seriesId, minutes.occurrenceKey);
    const stored = await createRecord(
      client(),
      workspace,
      "minutes",
      { key, seriesId: seriesId, occurrenceKey: minutes.occurrenceKey },
      minutes,
      { schema: minutesRecordSchema },
    );
    const as = (upn: string) =>
      createGraphClient({
        baseUrl: emulator.graphBaseUrl,
        auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
        sleep: () => Promise.resolve(),
      });
    const input = (by: string, language: "zh-CN" | "en-US") => ({
      workspace,
      config,
      seriesId,
      minutes: stored.value,
      by,
      language,
      date: "2026-12-07",
      describeTime: (lang: "zh-CN" | "en-US") => ({
        dateTime: lang === "zh-CN" ? "2026年12月7日 13:30–15:00" : "December 7, 2026 13:30–15:00",
      }),
      displayNames: {},
      timeZone: "Asia/Shanghai",
      links: {
        fullMinutes: "https://meetloop.example/?view=minutes",
        confirm: "https://meetloop.example/?view=minutes",
      },
    });
    await clearRequests(emulator.url);
    // The note-taker (zh-CN) uploads the document and posts the card; the answer to the post is lost.
    await setFaults(emulator.url, { rules: [{ method: "POST", path: "/chats/*/messages", drop: "after", count: 1 }] });
    await expect(
      publishMinutes(as("sun.li@yunzhan.example"), input("sun.li@yunzhan.example", "zh-CN")),
    ).rejects.toThrow();
    await setFaults(emulator.url, { rules: [] });
    // The host (en-US) finishes it: the same file, the same card.
    const published = await publishMinutes(
      as("wang.jianguo@yunzhan.example"),
      input("wang.jianguo@yunzhan.example", "en-US"),
    );

    const log = await listRequests(emulator.url);
    expect(log.filter((r) => r.method === "POST" && r.url.endsWith("/messages"))).toHaveLength(1);
    const uploads = log.filter((r) => r.method === "PUT" && r.url.includes(":/content"));
    expect(uploads).toHaveLength(2);
    expect(new Set(uploads.map((r) => decodeURIComponent(r.url)))).toEqual(
      new Set(["/groups/" + groupId + "/drive/root:/例会通/周例会/2026-12-07 周例会 会议记录.docx:/content"]),
    );
    expect(published.value.published).toMatchObject({ version: 1, started: { language: "zh-CN" } });
  });

  it("names the agenda item, not another decision of it, in the task of an action linked to no decision", async () => {
    const base = buildMinutes("2026-12-14T05:30:00.000Z");
    const minutes: MinutesRecord = {
      ...base,
      actions: [
        ...(base.actions[0] ? [base.actions[0]] : []),
        {
          id: "help-1",
          itemId: "departments-1",
          what: "协助整理售后问题清单",
          owner: "zhang.min@yunzhan.example",
          ownerName: "zhang.min",
          due: "2026-12-18",
          standard: "清单发到群里",
          priority: "medium",
          source: { kind: "helpNeeded", reportKey: "report|x", index: 0 },
        },
      ],
    };
    const stored = await createRecord(
      client(),
      workspace,
      "minutes",
      { key: getMinutesKey(seriesId, minutes.occurrenceKey), seriesId, occurrenceKey: minutes.occurrenceKey },
      minutes,
      { schema: minutesRecordSchema },
    );
    const published = await publishMinutes(client(), {
      workspace,
      config,
      seriesId,
      minutes: stored.value,
      by: "sun.li@yunzhan.example",
      language: "zh-CN",
      date: "2026-12-14",
      describeTime: () => ({ dateTime: "2026年12月14日 13:30–15:00" }),
      displayNames: {},
      timeZone: "Asia/Shanghai",
      links: {
        fullMinutes: "https://meetloop.example/?view=minutes",
        confirm: "https://meetloop.example/?view=minutes",
      },
    });
    const readDescription = async (actionId: string) => {
      const taskId = published.value.published?.planner[actionId]?.taskId ?? "";
      const details = await client().get<{ description: string }>(`/planner/tasks/${taskId}/details`, {
        operation: "getPlannerTaskDetails",
      });
      return details.body.description;
    };
    const help = await readDescription("help-1");
    expect(help).toContain("来源议程：各部门负责人汇报");
    expect(help).not.toContain("来源决议");
    expect(await readDescription("a1")).toContain("来源决议：备货提前一周完成");
  });
});
