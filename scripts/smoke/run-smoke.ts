// The tenant smoke test's cycle, run with the app's own Graph operations against whatever the
// client points at — a real tenant or the emulator: resolve the meeting, open the workspace, write a
// report, publish three action items (Planner tasks, the .docx, the chat card, the record), read
// everything back, then remove what it created. Each step is timed; a failed step stops the cycle
// but the clean-up still runs for whatever was created.
import { resolveSeries } from "@/features/series/api/resolve-series";
import { submitReport } from "@/features/reports/api/report-records";
import { publishMinutes } from "@/features/minutes/publish-minutes/publish-minutes";
import type { PublishStep } from "@/features/minutes/publish-minutes/publish-minutes";
import { createDefaultConfig } from "@/features/setup/model/default-config";
import type { GraphClient } from "@/lib/graph";
import { createRecord, getRecord, openWorkspace } from "@/meeting/api/workspace";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace";
import { getMinutesKey } from "@/meeting/model/record-keys";
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { reportValueSchema } from "@/meeting/model/records/report-record";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { removeCreated } from "./clean-up.ts";
import type { Created } from "./clean-up.ts";

export interface SmokeTarget {
  /** The test meeting's chat thread id (19:meeting_…@thread.v2). */
  seriesId: string;
  /** The test group: its site holds the records, its library the .docx. */
  groupId: string;
  /** A plan of the test group for the tasks. */
  planId: string;
  /** The signed-in user's person key (object id): the report's speaker and every task's owner. */
  key: string;
  /** The signed-in user's display name. */
  name: string;
  /** Where the app would be hosted: the card's links point there. */
  appUrl: string;
}

export interface SmokeStep {
  name: string;
  ok: boolean;
  ms: number;
  detail: string;
}

/** The smoke test's meeting title: the bucket, the folder and the card say it is a test. */
export const smokeTitle = "例会通冒烟测试";

export async function runSmoke(client: GraphClient, target: SmokeTarget, now = new Date()): Promise<SmokeStep[]> {
  const steps: SmokeStep[] = [];
  const created: Created = {
    groupId: target.groupId,
    listItems: [],
    taskIds: [],
    document: undefined,
    card: undefined,
  };
  const step = async <T>(name: string, run: () => Promise<T>, describe: (value: T) => string): Promise<T> => {
    const started = performance.now();
    try {
      const value = await run();
      steps.push({ name, ok: true, ms: performance.now() - started, detail: describe(value) });
      return value;
    } catch (error) {
      steps.push({ name, ok: false, ms: performance.now() - started, detail: describeError(error) });
      throw error;
    }
  };
  try {
    await runCycle(client, target, now, { step, steps, created });
  } catch {
    // The failed step is already in the table; what was created is removed below all the same.
  }
  for (const outcome of await removeCreated(client, created)) steps.push(outcome);
  return steps;
}

type Step = <T>(name: string, run: () => Promise<T>, describe: (value: T) => string) => Promise<T>;

interface Cycle {
  step: Step;
  /** Sub-steps (the publish's own steps) are added here with their times. */
  steps: SmokeStep[];
  created: Created;
}

async function runCycle(client: GraphClient, target: SmokeTarget, now: Date, cycle: Cycle): Promise<void> {
  const { step, created } = cycle;
  await step(
    "resolve the meeting",
    () => resolveSeries(client, target.seriesId, now),
    (s) => `${s.title}: ${String(s.occurrences.length)} occurrences`,
  );
  const ws = await step(
    "open the workspace",
    () => openWorkspace(client, { groupId: target.groupId }),
    (w) => `site ${w.siteId}`,
  );
  // A key of its own, so the smoke test never touches a real occurrence's records.
  const occurrenceKey = now.toISOString();
  const report = await step(
    "write a report",
    () =>
      submitReport(
        client,
        ws,
        { seriesId: target.seriesId, occurrenceKey, sectionId: "smoke", person: target.key },
        { review: "冒烟测试：本周工作回顾", plan: ["冒烟测试：下周计划"] },
        now,
      ),
    (r) => `item ${r.itemId}`,
  );
  created.listItems.push({ list: "reports", record: report, ws });
  const minutes = await step(
    "save the minutes",
    () => createMinutes(client, ws, target, occurrenceKey, now),
    (m) => `item ${m.itemId}`,
  );
  created.listItems.push({ list: "minutes", record: minutes, ws });
  const config = createDefaultConfig(
    {
      seriesId: target.seriesId,
      title: smokeTitle,
      organizer: { key: target.key, name: target.name },
      attendees: [],
      firstOccurrenceKey: occurrenceKey,
      editor: target.key,
    },
    weeklyMeeting,
    { groupId: target.groupId, groupName: "", siteId: ws.siteId, planId: target.planId, planTitle: "" },
    now,
  );
  let stepStarted = performance.now();
  let current: PublishStep | undefined;
  const publishSteps: SmokeStep[] = [];
  const published = await step(
    "publish three action items",
    () =>
      publishMinutes(client, {
        workspace: ws,
        config,
        seriesId: target.seriesId,
        minutes: minutes.value,
        by: target.key,
        language: "zh-CN",
        date: occurrenceKey.slice(0, 10),
        describeTime: () => ({ dateTime: occurrenceKey, time: "—" }),
        displayNames: { [target.key]: target.name },
        timeZone: "UTC",
        links: { fullMinutes: target.appUrl, confirm: target.appUrl },
        onStep: (next) => {
          if (current !== undefined) pushTiming(current);
          current = next;
          stepStarted = performance.now();
        },
      }),
    (record) => `version ${String(record.value.version)}`,
  ).finally(() => {
    if (current !== undefined) pushTiming(current);
    cycle.steps.push(...publishSteps);
  });
  for (const link of Object.values(published.value.published?.planner ?? {})) created.taskIds.push(link.taskId);
  created.document = { folder: `例会通/${smokeTitle}`, date: occurrenceKey.slice(0, 10), version: 1 };
  created.listItems[1] = { list: "minutes", record: published, ws };
  const messageId = published.value.published?.messageId;
  if (messageId !== undefined) created.card = { seriesId: target.seriesId, messageId };
  await step(
    "read everything back",
    () => readBack(client, ws, report, published),
    (found) => found,
  );

  function pushTiming(name: PublishStep): void {
    publishSteps.push({ name: `  · ${name}`, ok: true, ms: performance.now() - stepStarted, detail: "" });
  }
}

async function createMinutes(
  client: GraphClient,
  ws: Workspace,
  target: SmokeTarget,
  occurrenceKey: string,
  now: Date,
): Promise<StoredRecord<MinutesRecord>> {
  const due = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  const value: MinutesRecord = {
    schemaVersion: 1,
    occurrenceKey,
    meetingTitle: smokeTitle,
    start: occurrenceKey,
    end: occurrenceKey,
    host: target.key,
    noteTaker: target.key,
    attendees: [{ upn: target.key, id: target.key, name: target.name }],
    attendance: { [target.key]: { status: "present" } },
    items: [{ id: "i1", title: "冒烟测试", notes: "", decisions: [{ id: "d1", text: "冒烟测试决议" }] }],
    actions: [1, 2, 3].map((n) => ({
      id: `smoke-${String(n)}`,
      itemId: "i1",
      decisionId: "d1",
      what: `冒烟测试行动项 ${String(n)}`,
      owner: target.key,
      ownerName: target.name,
      due,
      standard: "冒烟测试验收标准",
      priority: "medium" as const,
    })),
    status: "draft",
    version: 1,
    history: [],
    updatedBy: target.key,
    updatedAt: now.toISOString(),
  };
  const key = getMinutesKey(target.seriesId, occurrenceKey);
  return createRecord(client, ws, "minutes", { key, seriesId: target.seriesId, occurrenceKey }, value, {
    schema: minutesRecordSchema,
  });
}

async function readBack(
  client: GraphClient,
  ws: Workspace,
  report: StoredRecord<unknown>,
  minutes: StoredRecord<MinutesRecord>,
): Promise<string> {
  const reportBack = await getRecord(client, ws, "reports", report.key, reportValueSchema);
  const minutesBack = await getRecord(client, ws, "minutes", minutes.key, minutesRecordSchema);
  const links = Object.values(minutesBack?.value.published?.planner ?? {});
  const tasks = await client.batch(
    links.map((link, i) => ({
      id: String(i),
      method: "GET" as const,
      url: `/planner/tasks/${encodeURIComponent(link.taskId)}?$select=id,title`,
      operation: "getPlannerTask" as const,
    })),
  );
  const problems = [
    reportBack === undefined ? "report missing" : "",
    minutesBack?.value.status === "published" ? "" : "minutes not published",
    links.length === 3 ? "" : `${String(links.length)} task links`,
    tasks.every((t) => t.status === 200) ? "" : "a task is missing",
    minutesBack?.value.published?.documentUrl === undefined ? "document missing" : "",
    minutesBack?.value.published?.messageId === undefined ? "card missing" : "",
  ].filter((p) => p !== "");
  if (problems.length > 0) throw new Error(problems.join("; "));
  return "report, minutes, 3 tasks, document and card";
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
